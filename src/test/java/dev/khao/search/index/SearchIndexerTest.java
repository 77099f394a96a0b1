package dev.khao.search.index;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import static dev.khao.support.TestData.createArticle;
import static dev.khao.support.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class SearchIndexerTest {

    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    /** Held here: the log manager keeps loggers only weakly. */
    private final Logger pool = Logger.getLogger("io.agroal.pool");
    private final List<String> poolWarnings = new CopyOnWriteArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                poolWarnings.add(new SimpleFormatter().formatMessage(record));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void recordPoolWarnings() {
        pool.addHandler(recorder);
    }

    @AfterEach
    void stopRecording() {
        pool.removeHandler(recorder);
    }

    @Test
    void indexesArticleWritesBeforeTheirCommitWithoutLeavingAConnectionOpen() {
        String before = "zqbefore" + unique();
        String after = "zqafter" + unique();
        String id = createArticle(Map.of("title", "ดิจิทัล " + before, "bodyText", "การเปลี่ยนผ่านทางดิจิทัล", "status", "published"));
        given().contentType(MERGE_PATCH).body(Map.of("title", "ดิจิทัล " + after))
                .patch("/v1/articles/" + id).then().statusCode(200);

        given().header("Cache-Control", "no-cache").queryParam("q", after).get("/v1/search")
                .then().statusCode(200).body("data.article.id", contains(id));
        given().header("Cache-Control", "no-cache").queryParam("q", before).get("/v1/search")
                .then().statusCode(200).body("data", empty());
        // The pool closed a connection the indexing had taken after Hibernate handed it back, on every article write.
        assertEquals(List.of(), poolWarnings);
    }
}
