package dev.khao.feed.sitemap;

import dev.khao.support.TestData;
import dev.khao.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.khao.feed.sitemap.SitemapXml.SITEMAP;
import static dev.khao.feed.sitemap.SitemapXml.texts;
import static dev.khao.support.ProblemSpec.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A month of more articles than one file holds, with the limit lowered to 2 URLs a file and a site of its own. */
@QuarkusTest
@TestProfile(SitemapSplitTest.SmallFiles.class)
class SitemapSplitTest {

    /** Two URLs a sitemap file, full content for every reader, another website. */
    public static class SmallFiles implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("khao.sitemaps.max-urls", "2", "khao.feeds.full-content", "true",
                    "khao.site.article-url", "https://ข่าว.example/{language}/{year}/{month}/{id}",
                    "khao.site.api-url", "https://feeds.example/");
        }
    }

    @Test
    void aMonthOfFiveArticlesTakesThreeFilesThatTheIndexLists() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            ids.add(TestData.createArticle(Map.of("title", "ข่าววันที่ " + day + " " + TestData.thaiUnique(), "bodyText", "เนื้อหา",
                    "status", "published", "publishedAt", "1990-04-0" + day + "T09:00:00+07:00")));
        }
        List<String> indexLocs = texts(SitemapXml.validIndex(TestKeys.anonymous().get("/sitemap.xml").asByteArray()), SITEMAP, "loc");
        List<String> april = indexLocs.stream().filter(l -> l.contains("1990-04")).toList();
        assertEquals(List.of("https://feeds.example/sitemaps/articles-1990-04.xml", "https://feeds.example/sitemaps/articles-1990-04-2.xml",
                "https://feeds.example/sitemaps/articles-1990-04-3.xml"), april);

        List<String> locs = new ArrayList<>();
        for (String file : List.of("articles-1990-04.xml", "articles-1990-04-2.xml", "articles-1990-04-3.xml")) {
            List<String> inFile = texts(SitemapXml.validUrlset(TestKeys.anonymous().get("/sitemaps/" + file).then().statusCode(200)
                    .extract().asByteArray()), SITEMAP, "loc");
            assertTrue(inFile.size() <= 2);
            locs.addAll(inFile);
        }
        assertEquals(ids.stream().map(id -> "https://ข่าว.example/th/1990/04/" + id).toList(), locs,
                "every article once, oldest first, through the configured template");
        TestKeys.anonymous().get("/sitemaps/articles-1990-04-4.xml").then().spec(problem(404));
    }

    @Test
    void fullContentSettingGivesEveryReaderTheBodyPublicly() {
        String id = TestData.createArticle(Map.of("title", "ข่าวเต็ม " + TestData.thaiUnique(), "bodyText", "เนื้อหาเต็มของข่าว",
                "status", "published"));
        TestKeys.anonymous().get("/feeds/feed.json").then().statusCode(200)
                .header("Cache-Control", "public, max-age=300, stale-while-revalidate=600")
                .body("items[0].id", org.hamcrest.Matchers.equalTo("urn:uuid:" + id))
                .body("items[0].content_html", org.hamcrest.Matchers.equalTo("<p>เนื้อหาเต็มของข่าว</p>"))
                .body("feed_url", org.hamcrest.Matchers.equalTo("https://feeds.example/feeds/feed.json"));
    }
}
