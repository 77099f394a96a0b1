package dev.khao.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khao.article.ArticleRequest;
import dev.khao.article.ArticleService;
import dev.khao.article.ArticleStatus;
import dev.khao.auth.ApiKeyService;
import dev.khao.auth.Role;
import dev.khao.common.http.EntityTags;
import dev.khao.support.ProblemSpec;
import dev.khao.support.TestClock;
import dev.khao.support.TestData;
import dev.khao.support.TestKeys;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class WebhookResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "whsec_test-secret-0123456789";

    @Inject
    ArticleService articles;

    @Inject
    EntityTags entityTags;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    WebhookDeliveryRepository outbox;

    @Inject
    ApiKeyService keys;

    @Inject
    TestClock clock;

    private final List<Receiver> receivers = new ArrayList<>();
    private final List<String> subscriptions = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        clock.reset();
        dispatcher.start();
        subscriptions.forEach(id -> given().delete("/v1/admin/webhooks/" + id));
        receivers.forEach(Receiver::close);
    }

    @Test
    void aPublishedArticleIsDeliveredSignedWithTheSubscriptionsSecret() throws Exception {
        Receiver receiver = receiver();
        subscribe(receiver, List.of("article.published"));
        String title = "ข่าวส่งถึงพันธมิตร " + TestData.unique();
        String id = TestData.createArticle(Map.of("title", title, "status", "published"));

        Receiver.Received delivery = receiver.await(about(id), 1).get(0);

        String signature = delivery.header("Khao-Signature");
        String t = signature.replaceAll("^t=(\\d+),v1=.*$", "$1");
        String v1 = signature.replaceAll("^t=\\d+,v1=([0-9a-f]{64})$", "$1");
        assertEquals(hmacSha256Hex(SECRET, t + "." + delivery.body()), v1, "v1 is HMAC-SHA256(secret, t.body)");
        assertTrue(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(t)) < 60);
        assertEquals("article.published", delivery.header("Khao-Event"));
        JsonNode payload = JSON.readTree(delivery.body());
        assertEquals("article.published", payload.get("event").asText());
        assertEquals("article", payload.get("resource").get("type").asText());
        assertEquals(title, payload.get("data").get("title").asText());
        assertEquals(entityTags.of(articles.get(UUID.fromString(id))), payload.get("etag").asText(), "the ETag of the representation");
        UUID.fromString(delivery.header("Khao-Delivery"));
        UUID.fromString(payload.get("id").asText());
    }

    @Test
    void draftsAreNotAnnouncedAndDeletesCarryNoData() throws Exception {
        Receiver receiver = receiver();
        subscribe(receiver, List.of("article.*"));
        String draft = TestData.createArticle(Map.of("title", "ร่าง " + TestData.unique()));
        String published = TestData.createArticle(Map.of("title", "เผยแพร่ " + TestData.unique(), "status", "published"));
        given().delete("/v1/articles/" + published).then().statusCode(204);

        JsonNode deleted = JSON.readTree(receiver.await(about(published).and(r -> "article.deleted".equals(r.header("Khao-Event"))), 1).get(0).body());
        assertTrue(deleted.get("data") == null && deleted.get("etag") == null, "no representation of a deleted article: " + deleted);
        assertTrue(receiver.received().stream().noneMatch(about(draft)), "a draft is not announced");
    }

    @Test
    void aFailingReceiverIsRetriedUntilItAcceptsAndTheLogShowsEachAttempt() {
        Receiver receiver = receiver().answering(500, 500);
        String subscription = subscribe(receiver, List.of("tag.created"));
        String tag = TestData.createTag("ลองใหม่ " + TestData.unique());

        assertEquals(3, receiver.await(about(tag), 3).size(), "two failures, then the delivery that succeeded");
        awaitLog(subscription, "delivered")
                .body("data[0].attempts", equalTo(3))
                .body("data[0].responseCode", equalTo(200))
                .body("data[0].latencyMs", notNullValue())
                .body("data[0].lastError", nullValue())
                .body("data[0].resource.id", equalTo(tag));
        given().get("/v1/admin/webhooks/" + subscription).then().statusCode(200).body("failingSince", nullValue());
    }

    /**
     * A receiver that fails every attempt for the whole disable-after period (24 hours by default; the clock travels
     * instead of the test waiting) gets its subscription disabled, with the reason: nothing more is sent to it, and
     * nothing can be redelivered, until an admin enables it again, which starts a fresh run.
     */
    @Test
    void aReceiverFailingForADayIsDisabledUntilAnAdminEnablesItAgain() {
        Receiver receiver = receiver().down();
        String subscription = subscribe(receiver, List.of("tag.created"));
        String tag = TestData.createTag("ไม่มีใครรับ " + TestData.unique());
        receiver.await(about(tag), 1);
        awaitSubscription(subscription, "failingSince", notNullValue());
        given().get("/v1/admin/webhooks/" + subscription).then().statusCode(200).body("enabled", equalTo(true));

        // The next attempt, whenever its backoff lets it run, fails a day after the first failure.
        clock.advance(Duration.ofHours(25));

        awaitSubscription(subscription, "enabled", equalTo(false))
                .body("disabledReason", containsString("failed; last: Receiver answered HTTP 500"))
                .body("failingSince", notNullValue());
        String delivery = given().get("/v1/admin/webhooks/" + subscription + "/deliveries").then().statusCode(200)
                .body("data", org.hamcrest.Matchers.hasSize(1))
                .body("data[0].attempts", org.hamcrest.Matchers.greaterThanOrEqualTo(2))
                .extract().path("data[0].id");
        given().post("/v1/admin/webhooks/" + subscription + "/deliveries/" + delivery + "/redeliver")
                .then().spec(ProblemSpec.problem(409)).body("detail", containsString("disabled"));
        String whileDisabled = TestData.createTag("ระหว่างปิดรับ " + TestData.unique());
        given().get("/v1/admin/webhooks/" + subscription + "/deliveries").then().statusCode(200)
                .body("data", org.hamcrest.Matchers.hasSize(1));

        receiver.back();
        given().contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "events", List.of("tag.created"), "description", "พันธมิตรทดสอบ", "enabled", true))
                .put("/v1/admin/webhooks/" + subscription).then().statusCode(200)
                .body("enabled", equalTo(true))
                .body("disabledReason", nullValue())
                .body("failingSince", nullValue());
        String afterwards = TestData.createTag("เปิดรับอีกครั้ง " + TestData.unique());
        receiver.await(about(afterwards), 1);
        assertTrue(receiver.received().stream().noneMatch(about(whileDisabled)), "nothing is queued for a disabled subscription");
    }

    @Test
    void anUnreachableReceiverIsLoggedInPlainWords() throws IOException {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String subscription = given().contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:" + closedPort + "/hook", "events", List.of("tag.created"), "secret", SECRET))
                .post("/v1/admin/webhooks").then().statusCode(201).extract().path("id");
        subscriptions.add(subscription);
        TestData.createTag("ไม่มีผู้รับ " + TestData.unique());
        awaitSubscription(subscription, "failingSince", notNullValue());
        given().get("/v1/admin/webhooks/" + subscription + "/deliveries").then().statusCode(200)
                .body("data[0].lastError", startsWith("Connection refused"))
                .body("data[0].lastError", not(containsString("java.")))
                .body("data[0].lastError", not(containsString("Exception")));
    }

    @Test
    void aRolledBackChangeIsNeverDelivered() {
        Receiver receiver = receiver();
        subscribe(receiver, List.of("article.published"));
        UUID[] rolledBack = new UUID[1];
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            rolledBack[0] = articles.create(article("ข่าวที่ถูกยกเลิก " + TestData.unique())).id();
            throw new IllegalStateException("the editor's request fails after the write");
        }));
        // Deliveries go out in the order their changes were recorded: once a later one arrived, an earlier would have.
        String committed = TestData.createArticle(Map.of("title", "ข่าวที่บันทึกแล้ว " + TestData.unique(), "status", "published"));
        receiver.await(about(committed), 1);

        assertTrue(receiver.received().stream().noneMatch(about(rolledBack[0].toString())));
        given().get("/v1/articles/" + rolledBack[0]).then().statusCode(404);
    }

    /**
     * A restart, honestly: while no dispatcher runs, a change commits its delivery (the outbox row is all that
     * remains of it outside memory), and another delivery is claimed by an instance that dies before sending it
     * (its claim is never completed). A freshly started dispatcher sends the first right away and the second once
     * the dead instance's lease runs out.
     */
    @Test
    void deliveriesRecordedBeforeARestartAreSentAfterIt() {
        Receiver receiver = receiver();
        String subscription = subscribe(receiver, List.of("section.created"));
        dispatcher.stop();
        String claimedByADeadInstance = TestData.createSection("ส่งไม่ทัน " + TestData.unique());
        OffsetDateTime now = OffsetDateTime.now();
        List<WebhookDeliveryRepository.Claimed> lost = QuarkusTransaction.requiringNew()
                .call(() -> outbox.claim(now, now.plusSeconds(2), 100));
        assertTrue(lost.stream().anyMatch(c -> c.payload().contains(claimedByADeadInstance)));
        String recordedWhileDown = TestData.createSection("ระหว่างปิดระบบ " + TestData.unique());
        given().get("/v1/admin/webhooks/" + subscription + "/deliveries").then().statusCode(200)
                .body("data.status", equalTo(List.of("pending", "pending")));
        assertTrue(receiver.received().isEmpty());

        dispatcher.start();

        receiver.await(about(recordedWhileDown), 1);
        receiver.await(about(claimedByADeadInstance), 1);
    }

    @Test
    void aDeliveryCanBeSentAgainWithTheSameEventId() throws IOException {
        Receiver receiver = receiver();
        String subscription = subscribe(receiver, List.of("author.created"));
        String author = TestData.createAuthor("นักข่าว " + TestData.unique());
        Receiver.Received first = receiver.await(about(author), 1).get(0);
        String delivery = awaitLog(subscription, "delivered").extract().path("data[0].id");

        given().post("/v1/admin/webhooks/" + subscription + "/deliveries/" + delivery + "/redeliver")
                .then().statusCode(202).body("status", equalTo("pending"));

        Receiver.Received again = receiver.await(about(author), 2).get(1);
        assertEquals(JSON.readTree(first.body()).get("id"), JSON.readTree(again.body()).get("id"));
        assertEquals(delivery, again.header("Khao-Delivery"));
    }

    @Test
    void theSecretIsShownOnceAndUnknownEventsOrNonHttpUrlsAreRefused() {
        String created = given().contentType(ContentType.JSON).body(Map.of("url", "http://127.0.0.1:9/hook", "events", List.of("*")))
                .post("/v1/admin/webhooks").then().statusCode(201)
                .header("Location", containsString("/v1/admin/webhooks/"))
                .body("secret", org.hamcrest.Matchers.startsWith("whsec_"))
                .extract().path("id");
        subscriptions.add(created);
        given().get("/v1/admin/webhooks/" + created).then().statusCode(200).body("secret", nullValue()).body("enabled", equalTo(true));

        given().contentType(ContentType.JSON).body(Map.of("url", "http://127.0.0.1:9/hook", "events", List.of("article.exploded")))
                .post("/v1/admin/webhooks").then().spec(ProblemSpec.problem(400)).body("errors[0].field", equalTo("events[0]"));
        given().contentType(ContentType.JSON).body(Map.of("url", "file:///etc/passwd", "events", List.of("*")))
                .post("/v1/admin/webhooks").then().spec(ProblemSpec.problem(422)).body("errors[0].field", equalTo("url"));
    }

    @Test
    void subscriptionsAreListedOldestFirstInPages() {
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = given().contentType(ContentType.JSON)
                    .body(Map.of("url", "http://127.0.0.1:9/hook-" + i, "events", List.of("author.deleted"), "description", "หน้าที่ " + i))
                    .post("/v1/admin/webhooks").then().statusCode(201).extract().path("id");
            subscriptions.add(id);
            mine.add(id);
        }
        List<String> listed = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/v1/admin/webhooks").then().statusCode(200)
                    .body("meta.limit", equalTo(2)).body("data.size()", org.hamcrest.Matchers.lessThanOrEqualTo(2))
                    .body("data.secret", org.hamcrest.Matchers.everyItem(nullValue()))
                    .extract();
            assertTrue((Integer) page.path("meta.total") >= 3);
            listed.addAll(page.path("data.id"));
            cursor = page.path("meta.nextCursor");
            if (cursor != null) {
                assertTrue(page.header("Link").contains("rel=\"next\""));
            }
            pages++;
        } while (cursor != null);
        assertTrue(pages >= 2);
        // Every subscription once, and these three in the order they were made.
        assertEquals(listed.size(), new java.util.HashSet<>(listed).size());
        assertEquals(mine, listed.stream().filter(mine::contains).toList());

        given().queryParam("limit", 0).get("/v1/admin/webhooks").then().spec(ProblemSpec.problem(400)).body("errors[0].field", equalTo("limit"));
        given().queryParam("cursor", "bm90LWEtY3Vyc29y").get("/v1/admin/webhooks").then().spec(ProblemSpec.problem(400))
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void webhooksAreForAdminsOnly() {
        String partner = keys.create("พันธมิตร " + TestData.unique(), Role.PARTNER, null, null, "test").secret();
        TestKeys.withKey(partner).get("/v1/admin/webhooks").then().spec(ProblemSpec.problem(403));
        TestKeys.anonymous().get("/v1/admin/webhooks").then().spec(ProblemSpec.problem(401));
    }

    private Receiver receiver() {
        Receiver receiver = new Receiver();
        receivers.add(receiver);
        return receiver;
    }

    private String subscribe(Receiver receiver, List<String> events) {
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "events", events, "secret", SECRET, "description", "พันธมิตรทดสอบ"))
                .post("/v1/admin/webhooks").then().statusCode(201).body("secret", equalTo(SECRET))
                .extract().path("id");
        subscriptions.add(id);
        return id;
    }

    /** Polls the delivery log until its newest delivery has the status. */
    private static io.restassured.response.ValidatableResponse awaitLog(String subscription, String status) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            var response = given().get("/v1/admin/webhooks/" + subscription + "/deliveries").then().statusCode(200);
            if (status.equals(response.extract().path("data[0].status")) || Instant.now().isAfter(deadline)) {
                return response.body("data[0].status", equalTo(status));
            }
        }
    }

    /** Polls the subscription until the field has the value. */
    private static io.restassured.response.ValidatableResponse awaitSubscription(String subscription, String field,
                                                                              org.hamcrest.Matcher<?> value) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            var response = given().get("/v1/admin/webhooks/" + subscription).then().statusCode(200);
            if (value.matches(response.extract().path(field)) || Instant.now().isAfter(deadline)) {
                return response.body(field, value);
            }
        }
    }

    private static Predicate<Receiver.Received> about(String id) {
        return r -> r.body().contains("\"id\":\"" + id + "\"");
    }

    private static ArticleRequest article(String title) {
        return new ArticleRequest(null, null, title, null, null, null, "เนื้อหา", null, null, List.of(), List.of(), List.of(),
                ArticleStatus.PUBLISHED, null, null, null, null, null, List.of(), null);
    }

    private static String hmacSha256Hex(String secret, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
