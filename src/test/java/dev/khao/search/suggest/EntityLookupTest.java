package dev.khao.search.suggest;

import dev.khao.support.ProblemSpec;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.khao.support.TestData.createEntity;
import static dev.khao.support.TestData.thaiUnique;
import static dev.khao.support.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class EntityLookupTest {

    @Test
    void findsEscapDespiteTyposInEitherScript() {
        String escap = createEntity("organization", Map.of("th", "เอสแคป", "en", "ESCAP"), List.of("UNESCAP"));

        for (String typo : List.of("escp", "ESCP", "เอสแคบ", "escap", "เอสแค")) {
            given().queryParam("q", typo).queryParam("type", "organization").queryParam("limit", 100).get("/v1/entities")
                    .then().statusCode(200)
                    .body("data.id", hasItem(escap))
                    .body("data.type", not(hasItem("person")));
        }
    }

    @Test
    void findsThaiPersonFromAnUnfinishedOrMisspeltName() {
        String chaiwut = createEntity("person", Map.of("th", "ชัยวุฒิ ธนาคมานุสรณ์", "en", "Chaiwut Thanakamanusorn"), List.of());

        for (String query : List.of("ชัยวุฒ", "ธนาคมานุสร", "chaiwut", "Chaiwat Thanakamanusorn")) {
            given().queryParam("q", query).queryParam("limit", 100).get("/v1/entities")
                    .then().statusCode(200).body("data.id", hasItem(chaiwut));
        }
    }

    @Test
    void typeFilterComposesWithTheQuery() {
        String u = thaiUnique();
        String person = createEntity("person", Map.of("th", u + "สมชาย"), List.of());
        String place = createEntity("place", Map.of("th", u + "สมชาย"), List.of());

        given().queryParam("q", u + "สมชาย").get("/v1/entities")
                .then().statusCode(200).body("data.id", containsInAnyOrder(person, place)).body("meta.total", equalTo(2));
        given().queryParam("q", u + "สมชาย").queryParam("type", "place").get("/v1/entities")
                .then().statusCode(200).body("data.id", contains(place)).body("meta.total", equalTo(1));
    }

    @Test
    void ordersByResemblanceBestFirst() {
        String u = thaiUnique();
        String longName = createEntity("organization", Map.of("th", u + "วิทยาศาสตร์และเทคโนโลยีดิจิทัลแห่งชาติ"), List.of());
        String exact = createEntity("organization", Map.of("th", u + "วิทยาศาสตร์"), List.of());
        String typo = createEntity("organization", Map.of("th", u + "วิทยาสาด"), List.of());

        List<String> found = given().queryParam("q", u + "วิทยาศาสตร์").get("/v1/entities")
                .then().statusCode(200).extract().path("data.id");
        // Other tests' entities about วิทยาศาสตร์ may resemble the query too, further down.
        List<String> ours = List.of(exact, longName, typo);
        assertEquals(ours, found.stream().filter(ours::contains).toList());
        assertEquals(exact, found.get(0));
    }

    @Test
    void pagesThroughMatchesWithCursorsThatBelongToTheirQuery() {
        String u = unique();
        List<String> created = new ArrayList<>();
        for (String suffix : List.of("", " Foundation", " Foundation of Thailand", " Institute")) {
            created.add(createEntity("organization", Map.of("en", "Khaosod" + u + suffix), List.of()));
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("q", "Khaosod" + u).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/v1/entities");
            page.then().statusCode(200).body("meta.total", equalTo(4));
            seen.addAll(page.path("data.id"));
            cursor = page.path("meta.nextCursor");
        } while (cursor != null && seen.size() < 10);
        assertEquals(4, seen.size());
        assertEquals(created.get(0), seen.get(0));
        assertEquals(Set.copyOf(created), Set.copyOf(seen));

        String firstPageCursor = given().queryParam("q", "Khaosod" + u).queryParam("limit", 1).get("/v1/entities").path("meta.nextCursor");
        given().queryParam("q", "Khaosod" + u + " Institute").queryParam("cursor", firstPageCursor).get("/v1/entities")
                .then().spec(ProblemSpec.problem(400)).body("errors.field", hasItem("cursor"));
        given().queryParam("cursor", firstPageCursor).get("/v1/entities")
                .then().spec(ProblemSpec.problem(400)).body("errors.field", hasItem("cursor"));
    }

    @Test
    void withoutQueryStillListsInDictionaryOrder() {
        given().queryParam("type", "event").queryParam("limit", 1).get("/v1/entities")
                .then().statusCode(200).body("meta.limit", equalTo(1));
    }

    @Test
    void nothingSimilarIsAnEmptyPage() {
        given().queryParam("q", "zqxjkv" + unique()).get("/v1/entities")
                .then().statusCode(200).body("data", org.hamcrest.Matchers.empty()).body("meta.total", equalTo(0))
                .body("meta.nextCursor", nullValue());
    }

    @Test
    void rejectsBlankOrOverlongQuery() {
        given().queryParam("q", " ").get("/v1/entities").then().spec(ProblemSpec.problem(400)).body("errors.field", hasItem("q"));
        given().queryParam("q", "x".repeat(101)).get("/v1/entities").then().spec(ProblemSpec.problem(400)).body("errors.field", hasItem("q"));
    }
}
