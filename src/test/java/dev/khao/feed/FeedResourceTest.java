package dev.khao.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.khao.auth.ApiKeyService;
import dev.khao.auth.Role;
import dev.khao.support.TestData;
import dev.khao.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static dev.khao.support.ProblemSpec.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class FeedResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BODY = "<p>กรุงเทพมหานคร – ประชุมคณะรัฐมนตรีวันนี้ “อนุมัติ” งบประมาณ &amp; แผนงาน</p><p>ย่อหน้าที่สอง</p>";

    @Inject
    ApiKeyService keys;

    private static String sectionName;
    private static String sectionSlug;
    private static String tagSlug;
    private static String authorName;
    private static String authorSlug;
    private static String entitySlug;
    private static String older;
    private static String newer;
    private static String untagged;

    /**
     * A section of its own with three public articles (one without the tag, author and entity) and two that are
     * not public; created once, as no test changes what the others assert.
     */
    @BeforeEach
    void content() {
        if (older != null) {
            return;
        }
        String u = TestData.thaiUnique();
        sectionName = "ข่าวในประเทศ " + u;
        String section = TestData.createSection(sectionName);
        sectionSlug = given().get("/v1/sections/" + section).then().extract().path("slug");
        String tag = TestData.createTag("การเมือง " + u);
        tagSlug = given().get("/v1/tags/" + tag).then().extract().path("slug");
        authorName = "สมชาย ใจดี " + u;
        String author = TestData.createAuthor(authorName);
        authorSlug = given().get("/v1/authors/" + author).then().extract().path("slug");
        String entity = TestData.createEntity("organization", Map.of("th", "สำนักนายกรัฐมนตรี " + u), List.of());
        entitySlug = given().get("/v1/entities/" + entity).then().extract().path("slug");

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        older = TestData.createArticle(Map.of("title", "ครม. อนุมัติงบ ๒๕๖๘ " + u, "summary", "สรุปข่าว: ครม. อนุมัติงบประมาณ",
                "bodyHtml", BODY, "sectionId", section, "tagIds", List.of(tag), "authorIds", List.of(author),
                "entities", List.of(Map.of("id", entity)), "status", "published", "publishedAt", now.minusHours(2).toString(),
                "coverImage", Map.of("url", "https://cdn.example.com/ภาพ/ครม.jpg", "alt", "ภาพการประชุม", "credit", "ทำเนียบรัฐบาล")));
        newer = TestData.createArticle(Map.of("title", "นายกฯ แถลงผลงาน " + u, "summary", "นายกรัฐมนตรีแถลงผลงานรอบปี",
                "bodyText", "นายกรัฐมนตรีแถลง\n\nรายละเอียด", "sectionId", section, "tagIds", List.of(tag), "authorIds", List.of(author),
                "entities", List.of(Map.of("id", entity)), "status", "published", "publishedAt", now.minusHours(1).toString()));
        untagged = TestData.createArticle(Map.of("title", "ข่าวอื่น " + u, "bodyText", "ข่าวทั่วไปไม่มีแท็ก", "sectionId", section,
                "status", "published", "publishedAt", now.minusHours(3).toString()));
        TestData.createArticle(Map.of("title", "ร่างข่าว " + u, "bodyText", "ร่าง", "sectionId", section, "tagIds", List.of(tag)));
        TestData.createArticle(Map.of("title", "ข่าวตั้งเวลา " + u, "bodyText", "ยังไม่เผยแพร่", "sectionId", section, "tagIds", List.of(tag),
                "status", "scheduled", "publishedAt", now.plusDays(1).toString()));
    }

    @Test
    void rssOfSectionParsesWithRomeAndCarriesEveryElementNewestFirst() throws Exception {
        Response response = TestKeys.anonymous().get("/feeds/section/" + sectionSlug + "/rss.xml");
        response.then().statusCode(200).header("Content-Type", "application/rss+xml; charset=UTF-8");
        byte[] body = response.asByteArray();
        Channel channel = (Channel) parse(body);

        assertEquals("rss_2.0", channel.getFeedType());
        assertEquals("ข่าว – " + sectionName, channel.getTitle());
        assertEquals("https://example.com/", channel.getLink());
        assertEquals("th", channel.getLanguage());
        assertNotNull(channel.getLastBuildDate());
        List<Item> items = channel.getItems();
        assertEquals(List.of("urn:uuid:" + newer, "urn:uuid:" + older, "urn:uuid:" + untagged),
                items.stream().map(i -> i.getGuid().getValue()).toList(), "public articles only, newest first");
        Item item = items.get(1);
        assertFalse(item.getGuid().isPermaLink());
        assertTrue(item.getTitle().startsWith("ครม. อนุมัติงบ ๒๕๖๘ "), "Thai text round-trips exactly: " + item.getTitle());
        assertEquals(articleUrl(sectionSlug, slugOf(older)), item.getLink());
        assertEquals("สรุปข่าว: ครม. อนุมัติงบประมาณ", item.getDescription().getValue());
        assertNull(item.getContent(), "summary only for anonymous readers");
        assertEquals(List.of(authorName), ((DCModule) item.getModule(DCModule.URI)).getCreators());
        assertEquals(List.of(sectionName, "การเมือง " + sectionName.substring(sectionName.length() - 6)),
                item.getCategories().stream().map(c -> c.getValue()).toList());
        assertEquals("https://cdn.example.com/ภาพ/ครม.jpg", item.getEnclosures().get(0).getUrl());
        assertEquals("image/jpeg", item.getEnclosures().get(0).getType());
        assertNotNull(item.getPubDate());

        Document dom = dom(body);
        NodeList media = dom.getElementsByTagNameNS("http://search.yahoo.com/mrss/", "content");
        assertEquals(1, media.getLength());
        assertEquals("https://cdn.example.com/ภาพ/ครม.jpg", ((Element) media.item(0)).getAttribute("url"));
        assertEquals("image", ((Element) media.item(0)).getAttribute("medium"));
        assertEquals("ภาพการประชุม", dom.getElementsByTagNameNS("http://search.yahoo.com/mrss/", "description").item(0).getTextContent());
        assertUtf8WithoutEntitySoup(body);
    }

    @Test
    void partnersAndEditorsGetFullContentPrivatelyEveryoneElseSummaries() throws Exception {
        String path = "/feeds/section/" + sectionSlug + "/rss.xml";
        String partner = keys.create("partner " + TestData.unique(), Role.PARTNER, null, null, "test").secret();
        String reader = keys.create("reader " + TestData.unique(), Role.PUBLIC, null, null, "test").secret();
        String storedBody = given().get("/v1/articles/" + older).then().extract().path("bodyHtml");

        for (String secret : List.of(partner, TestKeys.ADMIN)) {
            Response full = TestKeys.withKey(secret).get(path);
            full.then().statusCode(200).header("Cache-Control", containsString("private"))
                    .header("Vary", "Authorization, X-Api-Key, Accept-Encoding");
            Item item = ((Channel) parse(full.asByteArray())).getItems().get(1);
            assertEquals(storedBody, item.getContent().getValue(), "content:encoded carries the stored HTML exactly");
            assertEquals("สรุปข่าว: ครม. อนุมัติงบประมาณ", item.getDescription().getValue());
        }
        for (Response summary : List.of(TestKeys.withKey(reader).get(path), TestKeys.anonymous().get(path))) {
            summary.then().statusCode(200).header("Cache-Control", "public, max-age=300, stale-while-revalidate=600");
            assertFalse(summary.asString().contains("content:encoded"));
        }
    }

    @Test
    void atomOfTagParsesWithRome() throws Exception {
        Response response = TestKeys.anonymous().get("/feeds/tag/" + tagSlug + "/atom.xml");
        response.then().statusCode(200).header("Content-Type", "application/atom+xml; charset=UTF-8");
        com.rometools.rome.feed.atom.Feed feed = (com.rometools.rome.feed.atom.Feed) parse(response.asByteArray());

        assertTrue(feed.getId().startsWith("urn:uuid:"));
        assertNotNull(feed.getUpdated());
        assertTrue(feed.getTitle().startsWith("ข่าว – การเมือง "));
        assertTrue(feed.getOtherLinks().stream().anyMatch(l -> l.getRel().equals("self") && l.getHref().endsWith("/atom.xml")));
        List<Entry> entries = feed.getEntries();
        assertEquals(List.of("urn:uuid:" + newer, "urn:uuid:" + older), entries.stream().map(Entry::getId).toList(),
                "only the tagged public articles");
        Entry entry = entries.get(1);
        assertEquals(articleUrl(sectionSlug, slugOf(older)), entry.getAlternateLinks().get(0).getHref());
        assertEquals(authorName, entry.getAuthors().get(0).getName());
        assertEquals("สรุปข่าว: ครม. อนุมัติงบประมาณ", entry.getSummary().getValue());
        assertTrue(entry.getContents().isEmpty());
        assertNotNull(entry.getPublished());
        assertNotNull(entry.getUpdated());
        assertTrue(entry.getOtherLinks().stream().anyMatch(l -> l.getRel().equals("enclosure")));
        assertUtf8WithoutEntitySoup(response.asByteArray());

        Entry full = ((com.rometools.rome.feed.atom.Feed) parse(given().get("/feeds/tag/" + tagSlug + "/atom.xml").asByteArray())).getEntries().get(1);
        assertEquals("html", full.getContents().get(0).getType());
        assertTrue(full.getContents().get(0).getValue().contains("“อนุมัติ” งบประมาณ &amp; แผนงาน"));
    }

    @Test
    void jsonFeedOfAuthorHasTheRequiredFieldsOfVersion11() throws Exception {
        Response response = TestKeys.anonymous().get("/feeds/author/" + authorSlug + "/feed.json");
        response.then().statusCode(200).header("Content-Type", "application/feed+json; charset=UTF-8");
        JsonNode feed = JSON.readTree(response.asByteArray());

        assertEquals("https://jsonfeed.org/version/1.1", feed.path("version").asText());
        assertTrue(feed.path("title").isTextual());
        assertTrue(feed.path("feed_url").asText().endsWith("/feeds/author/" + URLEncoder.encode(authorSlug, StandardCharsets.UTF_8) + "/feed.json"));
        assertEquals(List.of("urn:uuid:" + newer, "urn:uuid:" + older), ids(feed));
        for (JsonNode item : feed.path("items")) {
            assertTrue(item.path("id").isTextual());
            assertTrue(item.path("content_text").isTextual() ^ item.path("content_html").isTextual(), "exactly one content field");
            assertTrue(OffsetDateTime.parse(item.path("date_published").asText()).getOffset().equals(ZoneOffset.ofHours(7)));
        }
        assertEquals("นายกรัฐมนตรีแถลงผลงานรอบปี", feed.path("items").get(0).path("content_text").asText());
        assertEquals("https://cdn.example.com/ภาพ/ครม.jpg", feed.path("items").get(1).path("image").asText());
        assertEquals(authorName, feed.path("items").get(1).path("authors").get(0).path("name").asText());

        JsonNode full = JSON.readTree(given().get("/feeds/author/" + authorSlug + "/feed.json").asByteArray());
        assertEquals(given().get("/v1/articles/" + older).then().extract().path("bodyHtml"),
                full.path("items").get(1).path("content_html").asText());
        assertTrue(full.path("items").get(1).path("content_text").isMissingNode());
    }

    @Test
    void entityFeedListsOnlyItsArticles() throws Exception {
        Channel channel = (Channel) parse(TestKeys.anonymous().get("/feeds/entity/" + entitySlug + "/rss.xml").asByteArray());
        assertEquals(List.of("urn:uuid:" + newer, "urn:uuid:" + older), channel.getItems().stream().map(i -> i.getGuid().getValue()).toList());
    }

    @Test
    void wholePublicationFeedsListTheNewestPublicArticles() throws Exception {
        Channel rss = (Channel) parse(TestKeys.anonymous().get("/feeds/rss.xml").asByteArray());
        assertEquals("ข่าว", rss.getTitle());
        List<String> guids = rss.getItems().stream().map(i -> i.getGuid().getValue()).toList();
        assertTrue(guids.size() <= 50);
        assertTrue(guids.indexOf("urn:uuid:" + newer) < guids.indexOf("urn:uuid:" + older) && guids.indexOf("urn:uuid:" + newer) >= 0);
        for (int i = 1; i < rss.getItems().size(); i++) {
            assertFalse(rss.getItems().get(i).getPubDate().after(rss.getItems().get(i - 1).getPubDate()), "newest first");
        }
        com.rometools.rome.feed.atom.Feed atom = (com.rometools.rome.feed.atom.Feed) parse(TestKeys.anonymous().get("/feeds/atom.xml").asByteArray());
        assertEquals(guids, atom.getEntries().stream().map(Entry::getId).toList());
        assertEquals(guids, ids(JSON.readTree(TestKeys.anonymous().get("/feeds/feed.json").asByteArray())));
    }

    @Test
    void readersAskingForPlainXmlOrJsonStillGetTheFeed() {
        TestKeys.anonymous().accept("application/xml").get("/feeds/rss.xml").then().statusCode(200)
                .header("Content-Type", "application/rss+xml; charset=UTF-8");
        TestKeys.anonymous().accept("application/json").get("/feeds/feed.json").then().statusCode(200)
                .header("Content-Type", "application/feed+json; charset=UTF-8");
    }

    @Test
    void unknownSlugOrScopeIsNotFound() {
        for (String path : List.of("/feeds/section/ไม่มีหมวดนี้/rss.xml", "/feeds/tag/ไม่มีแท็กนี้/atom.xml",
                "/feeds/author/nobody-here/feed.json", "/feeds/entity/nothing-here/rss.xml", "/feeds/colour/แดง/rss.xml")) {
            TestKeys.anonymous().get(path).then().spec(problem(404));
        }
    }

    @Test
    void revalidationAnswers304UntilAnEditChangesTheFeed() {
        String path = "/feeds/section/" + sectionSlug + "/feed.json";
        Response first = TestKeys.anonymous().get(path);
        String etag = first.header("ETag");
        String lastModified = first.header("Last-Modified");
        assertTrue(etag.matches("\"[A-Za-z0-9_-]+\""), "a strong ETag: " + etag);
        assertNotNull(lastModified);

        TestKeys.anonymous().header("If-None-Match", etag).get(path)
                .then().statusCode(304).body(emptyString()).header("ETag", etag)
                .header("Cache-Control", "public, max-age=300, stale-while-revalidate=600");
        TestKeys.anonymous().header("If-None-Match", "W/" + etag + ", \"other\"").get(path).then().statusCode(304);
        TestKeys.anonymous().header("If-Modified-Since", lastModified).get(path).then().statusCode(304).body(emptyString());
        TestKeys.anonymous().header("If-None-Match", "\"stale\"").header("If-Modified-Since", lastModified).get(path)
                .then().statusCode(200);

        given().contentType("application/merge-patch+json; charset=UTF-8").body("{\"title\": \"นายกฯ แถลงผลงานฉบับแก้ไข\"}")
                .patch("/v1/articles/" + newer).then().statusCode(200);

        Response after = TestKeys.anonymous().header("If-None-Match", etag).get(path);
        after.then().statusCode(200).body("items[0].title", equalTo("นายกฯ แถลงผลงานฉบับแก้ไข"));
        assertNotEquals(etag, after.header("ETag"));
        // HTTP dates count whole seconds: an edit within the second of the last one cannot move Last-Modified, the ETag tells.
        assertFalse(OffsetDateTime.parse(after.header("Last-Modified"), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                .isBefore(OffsetDateTime.parse(lastModified, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)));
    }

    private static WireFeed parse(byte[] body) throws Exception {
        // XmlReader reads the encoding from the XML declaration, as an aggregator fetching the feed would.
        return new WireFeedInput().build(new XmlReader(new ByteArrayInputStream(body)));
    }

    private static Document dom(byte[] body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    /** Thai travels as UTF-8 bytes, declared so, not as &#3585; references or re-encoded Latin-1. */
    private static void assertUtf8WithoutEntitySoup(byte[] body) {
        String xml = new String(body, StandardCharsets.UTF_8);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml.substring(0, 60));
        assertTrue(xml.contains("ครม. อนุมัติงบ ๒๕๖๘"));
        assertFalse(xml.matches("(?s).*&#[0-9xX]+;.*"), "no numeric character references");
        assertFalse(xml.contains("à¸"), "no mojibake");
    }

    private static List<String> ids(JsonNode feed) {
        return feed.path("items").findValuesAsText("id");
    }

    private static String slugOf(String articleId) {
        return given().get("/v1/articles/" + articleId).then().extract().path("slug");
    }

    /** The default khao.site.article-url, https://example.com/{section}/{slug}, with both percent-encoded. */
    static String articleUrl(String section, String slug) {
        return "https://example.com/" + URLEncoder.encode(section, StandardCharsets.UTF_8) + "/" + URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }
}
