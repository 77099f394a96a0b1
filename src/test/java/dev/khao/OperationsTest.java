package dev.khao;

import dev.khao.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** What operators rely on: health probes, Prometheus metrics, the OpenAPI document and Swagger UI. */
@QuarkusTest
class OperationsTest {

    private static final String DATABASE_CHECK = "Database connections health check";
    private static final String SCHEMA_CHECK = "Database schema";

    @Test
    void healthIsUpWithDatabaseChecks() {
        given().when().get("/q/health")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems(DATABASE_CHECK, SCHEMA_CHECK));
    }

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void readinessIsUpWithDatabaseAndSchemaAtLatestVersion() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == '" + DATABASE_CHECK + "' }.status", equalTo("UP"))
                .body("checks.find { it.name == '" + SCHEMA_CHECK + "' }.status", equalTo("UP"))
                .body("checks.find { it.name == '" + SCHEMA_CHECK + "' }.data.pending", equalTo(0))
                .body("checks.find { it.name == '" + SCHEMA_CHECK + "' }.data.version", not(equalTo("none")));
    }

    @Test
    void metricsArePrometheusText() {
        // One API request, so the HTTP server timer has a sample.
        given().when().get("/v1/sections").then().statusCode(200);

        // The Prometheus text format, as a Prometheus server asks for it (without that, OpenMetrics is served).
        given().accept("text/plain; version=0.0.4").when().get("/q/metrics")
                .then().statusCode(200)
                .contentType(startsWith("text/plain"))
                .body(containsString("# TYPE jvm_memory_used_bytes gauge"))
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/v1/sections\""));
    }

    @Test
    void requestsRefusedBeforeRoutingShareOneMetricsSeries() {
        String marker = "metric" + TestData.unique();
        given().urlEncodingEnabled(false).get("/v1/tags/slug/" + marker + "%00").then().statusCode(400);
        given().urlEncodingEnabled(false).get("/v1/articles/" + UUID.randomUUID() + "?tag=" + marker + "%00").then().statusCode(400);

        given().accept("text/plain; version=0.0.4").when().get("/q/metrics")
                .then().statusCode(200)
                .body(not(containsString(marker)))
                .body(containsString("status=\"400\",uri=\"/REFUSED\""));
    }

    @Test
    void openApiDocumentIsServed() {
        given().when().get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("openapi: 3."))
                .body(containsString("title: Khao API"));

        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("info.title", equalTo("Khao API"))
                .body("paths", org.hamcrest.Matchers.hasKey("/v1/sections"));
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("swagger-ui"));
    }
}
