package dev.khao.feed.sitemap;

import dev.khao.support.TestData;
import dev.khao.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static dev.khao.feed.sitemap.SitemapXml.NEWS;
import static dev.khao.feed.sitemap.SitemapXml.SITEMAP;
import static dev.khao.feed.sitemap.SitemapXml.texts;
import static dev.khao.support.ProblemSpec.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SitemapResourceTest {

    @Test
    void monthlySitemapListsTheMonthsPublicArticlesInBangkokTime() throws Exception {
        String u = TestData.thaiUnique();
        String section = TestData.createSection("ต่างประเทศ " + u);
        String sectionSlug = given().get("/v1/sections/" + section).then().extract().path("slug");
        // 1987-06-30T20:00Z is already 1 July in Bangkok: it belongs to July's sitemap.
        String june = TestData.createArticle(Map.of("title", "ข่าวเดือนมิถุนายน " + u, "bodyText", "เนื้อหา", "sectionId", section,
                "status", "published", "publishedAt", "1987-06-15T09:00:00+07:00"));
        String july = TestData.createArticle(Map.of("title", "ข่าวต้นเดือนกรกฎาคม " + u, "bodyText", "เนื้อหา", "sectionId", section,
                "status", "published", "publishedAt", "1987-06-30T20:00:00Z"));
        String noSection = TestData.createArticle(Map.of("title", "ข่าวไม่มีหมวด " + u, "bodyText", "เนื้อหา",
                "status", "published", "publishedAt", "1987-06-20T09:00:00+07:00"));
        TestData.createArticle(Map.of("title", "ร่างเดือนมิถุนายน " + u, "bodyText", "ร่าง", "publishedAt", "1987-06-16T09:00:00+07:00"));

        Response response = TestKeys.anonymous().get("/sitemaps/articles-1987-06.xml");
        response.then().statusCode(200).header("Content-Type", "application/xml; charset=UTF-8")
                .header("Cache-Control", "public, max-age=300, stale-while-revalidate=600");
        Document juneMap = SitemapXml.validUrlset(response.asByteArray());
        List<String> locs = texts(juneMap, SITEMAP, "loc");
        assertTrue(locs.contains(url(sectionSlug, slug(june))), locs.toString());
        assertTrue(locs.contains("https://example.com/" + URLEncoder.encode(slug(noSection), StandardCharsets.UTF_8)),
                "no section, no empty path segment: " + locs);
        assertFalse(locs.contains(url(sectionSlug, slug(july))));
        assertEquals(locs.size(), locs.stream().distinct().count());
        assertTrue(locs.stream().allMatch(l -> l.chars().allMatch(c -> c < 128)), "Thai slugs percent-encoded");
        int i = locs.indexOf(url(sectionSlug, slug(june)));
        assertEquals(OffsetDateTime.parse(given().get("/v1/articles/" + june).then().extract().<String>path("updatedAt")).toInstant().getEpochSecond(),
                OffsetDateTime.parse(texts(juneMap, SITEMAP, "lastmod").get(i)).toInstant().getEpochSecond(), "lastmod is updatedAt");

        Document julyMap = SitemapXml.validUrlset(TestKeys.anonymous().get("/sitemaps/articles-1987-07.xml").asByteArray());
        assertTrue(texts(julyMap, SITEMAP, "loc").contains(url(sectionSlug, slug(july))));
    }

    @Test
    void indexListsEveryMonthsSitemapAndIsValid() throws Exception {
        TestData.createArticle(Map.of("title", "ข่าวปี ๒๕๓๑ " + TestData.thaiUnique(), "bodyText", "เนื้อหา",
                "status", "published", "publishedAt", "1988-02-10T09:00:00+07:00"));
        Response response = TestKeys.anonymous().get("/sitemap.xml");
        response.then().statusCode(200).header("Content-Type", "application/xml; charset=UTF-8");
        Document index = SitemapXml.validIndex(response.asByteArray());
        List<String> locs = texts(index, SITEMAP, "loc");
        assertTrue(locs.stream().anyMatch(l -> l.endsWith("/sitemaps/articles-1988-02.xml")), locs.toString());
        assertTrue(locs.stream().allMatch(l -> l.startsWith("http")), "absolute URLs");
        for (String loc : locs.subList(0, Math.min(3, locs.size()))) {
            String path = loc.substring(loc.indexOf("/sitemaps/"));
            SitemapXml.validUrlset(TestKeys.anonymous().get(path).then().statusCode(200).extract().asByteArray());
        }
    }

    @Test
    void newsSitemapHasTheLastTwoDaysWithGoogleNewsElements() throws Exception {
        String u = TestData.thaiUnique();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String fresh = TestData.createArticle(Map.of("title", "ข่าวด่วน “น้ำท่วม” เชียงใหม่ " + u, "bodyText", "เนื้อหา",
                "status", "published", "publishedAt", now.minusHours(1).toString()));
        String stale = TestData.createArticle(Map.of("title", "ข่าวเก่า " + u, "bodyText", "เนื้อหา",
                "status", "published", "publishedAt", now.minusHours(49).toString()));
        String scheduled = TestData.createArticle(Map.of("title", "ข่าวล่วงหน้า " + u, "bodyText", "เนื้อหา",
                "status", "scheduled", "publishedAt", now.plusHours(2).toString()));

        Response response = TestKeys.anonymous().get("/sitemap-news.xml");
        response.then().statusCode(200).header("Content-Type", "application/xml; charset=UTF-8");
        Document news = SitemapXml.validUrlset(response.asByteArray());
        List<String> titles = texts(news, NEWS, "title");
        assertTrue(titles.contains("ข่าวด่วน “น้ำท่วม” เชียงใหม่ " + u), "Thai title round-trips: " + titles);
        assertFalse(titles.contains("ข่าวเก่า " + u));
        assertFalse(titles.contains("ข่าวล่วงหน้า " + u));
        int urls = texts(news, SITEMAP, "loc").size();
        assertTrue(urls <= 1000);
        assertEquals(urls, texts(news, NEWS, "news").size(), "every url carries news:news");
        assertEquals(urls, texts(news, NEWS, "publication_date").size());
        assertTrue(texts(news, NEWS, "name").stream().allMatch("ข่าว"::equals));
        int i = titles.indexOf("ข่าวด่วน “น้ำท่วม” เชียงใหม่ " + u);
        assertEquals("th", texts(news, NEWS, "language").get(i));
        assertEquals(url(null, slug(fresh)), texts(news, SITEMAP, "loc").get(i));
        assertEquals(OffsetDateTime.parse(given().get("/v1/articles/" + fresh).then().extract().<String>path("publishedAt")).toInstant().getEpochSecond(),
                OffsetDateTime.parse(texts(news, NEWS, "publication_date").get(i)).toInstant().getEpochSecond());
        assertFalse(new String(response.asByteArray(), StandardCharsets.UTF_8).contains("&#"), "UTF-8, not character references");
        assertNotEquals(stale, scheduled);
    }

    @Test
    void indexDatesEachMonthByItsLatestEditOrPublicationAndIgnoresDraftsAndTrash() throws Exception {
        String u = TestData.thaiUnique();
        String edited = TestData.createArticle(Map.of("title", "ข่าวต้นเดือน " + u, "bodyText", "เนื้อหา",
                "status", "published", "publishedAt", "1986-03-05T09:00:00+07:00"));
        TestData.createArticle(Map.of("title", "ข่าวปลายเดือน " + u, "bodyText", "เนื้อหา",
                "status", "published", "publishedAt", "1986-03-20T09:00:00+07:00"));
        given().contentType("application/merge-patch+json; charset=UTF-8").body("{\"summary\": \"แก้ไขแล้ว\"}")
                .patch("/v1/articles/" + edited).then().statusCode(200);
        OffsetDateTime editedAt = OffsetDateTime.parse(given().get("/v1/articles/" + edited).then().extract().<String>path("updatedAt"));
        // Only a draft and a trashed article in April: April has no sitemap.
        TestData.createArticle(Map.of("title", "ร่างเดือนเมษายน " + u, "bodyText", "ร่าง", "publishedAt", "1986-04-02T09:00:00+07:00"));
        String trashed = TestData.createArticle(Map.of("title", "ข่าวที่ถูกลบ " + u, "bodyText", "เนื้อหา",
                "status", "published", "publishedAt", "1986-04-03T09:00:00+07:00"));
        given().delete("/v1/articles/" + trashed).then().statusCode(204);

        Document index = SitemapXml.validIndex(TestKeys.anonymous().get("/sitemap.xml").asByteArray());
        List<String> locs = texts(index, SITEMAP, "loc");
        List<String> march = locs.stream().filter(l -> l.endsWith("/sitemaps/articles-1986-03.xml")).toList();
        assertEquals(1, march.size(), locs.toString());
        OffsetDateTime lastmod = OffsetDateTime.parse(texts(index, SITEMAP, "lastmod").get(locs.indexOf(march.get(0))));
        assertEquals(editedAt.toInstant().getEpochSecond(), lastmod.toInstant().getEpochSecond(), "the month's latest change");
        assertEquals("+07:00", lastmod.getOffset().getId(), "in the newsroom's time zone");
        assertFalse(locs.stream().anyMatch(l -> l.contains("articles-1986-04")), locs.toString());
        TestKeys.anonymous().get("/sitemaps/articles-1986-04.xml").then().spec(problem(404));
    }

    @Test
    void revalidationAnswers304AndAnEditChangesTheETag() {
        String article = TestData.createArticle(Map.of("title", "ข่าวปี ๒๕๓๒ " + TestData.thaiUnique(), "bodyText", "เนื้อหา",
                "status", "published", "publishedAt", "1989-03-10T09:00:00+07:00"));
        String path = "/sitemaps/articles-1989-03.xml";
        Response first = TestKeys.anonymous().get(path);
        String etag = first.header("ETag");
        String lastModified = first.header("Last-Modified");
        TestKeys.anonymous().header("If-None-Match", etag).get(path).then().statusCode(304).body(emptyString())
                .header("ETag", etag).header("Vary", "Authorization, X-Api-Key, Accept-Encoding");
        TestKeys.anonymous().header("If-Modified-Since", lastModified).get(path).then().statusCode(304);
        for (String other : List.of("/sitemap.xml", "/sitemap-news.xml")) {
            String tag = TestKeys.anonymous().get(other).header("ETag");
            TestKeys.anonymous().header("If-None-Match", tag).get(other).then().statusCode(304);
        }

        given().contentType("application/merge-patch+json; charset=UTF-8").body("{\"slug\": \"ข่าวแก้ไข-" + TestData.unique() + "\"}")
                .patch("/v1/articles/" + article).then().statusCode(200);
        Response after = TestKeys.anonymous().header("If-None-Match", etag).get(path);
        after.then().statusCode(200);
        assertNotEquals(etag, after.header("ETag"));
    }

    @Test
    void monthWithoutArticlesOrMalformedMonthIsNotFound() {
        for (String path : List.of("/sitemaps/articles-1901-01.xml", "/sitemaps/articles-2024-13.xml", "/sitemaps/articles-1987-06-9.xml")) {
            TestKeys.anonymous().get(path).then().spec(problem(404));
        }
    }

    private static String slug(String id) {
        return given().get("/v1/articles/" + id).then().extract().path("slug");
    }

    private static String url(String section, String slug) {
        return "https://example.com/" + (section == null ? "" : URLEncoder.encode(section, StandardCharsets.UTF_8) + "/")
                + URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }
}
