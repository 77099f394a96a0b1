package dev.khao;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The API contract: {@code openapi.yaml} at the top of the repository is exactly what the running app serves at
 * {@code /q/openapi}, so every change to the API shows up in review as a change to that file.
 *
 * <p>The file is never edited by hand. After changing the API, regenerate it from the running app with
 * <pre>./mvnw test -Dtest=OpenApiContractTest -Dkhao.openapi.write=true</pre>
 * With {@code -Dkhao.openapi.write=true} this test writes the served document to {@code openapi.yaml} instead of
 * comparing; review the diff and commit it.
 */
@QuarkusTest
class OpenApiContractTest {

    static final String WRITE_PROPERTY = "khao.openapi.write";
    static final String REGENERATE = "./mvnw test -Dtest=OpenApiContractTest -D" + WRITE_PROPERTY + "=true";

    /**
     * {@code khao.openapi.write}, mapped here (test code only) because every {@code khao.*} key must belong to a
     * config mapping: an unknown one is a startup error, which catches typos.
     */
    @StaticInitSafe // like KhaoConfig, so the key is known from the first config the app builds
    @ConfigMapping(prefix = "khao.openapi")
    interface Settings {
        /** Write the served document to openapi.yaml instead of comparing. */
        @WithDefault("false")
        boolean write();
    }

    @Inject
    Settings settings;

    /** Surefire runs tests in the project's base directory. */
    private static final Path CONTRACT = Path.of("openapi.yaml").toAbsolutePath();

    @Test
    void servedDocumentIsTheCommittedContract() throws IOException {
        byte[] body = given().when().get("/q/openapi")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.containsString("yaml"))
                .extract().asByteArray();
        String served = normalise(new String(body, StandardCharsets.UTF_8));

        if (settings.write()) {
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
            System.out.println("Wrote the served OpenAPI document to " + CONTRACT);
            return;
        }

        assertTrue(Files.exists(CONTRACT), CONTRACT + " is missing; generate it from the running app with: " + REGENERATE);
        String committed = normalise(Files.readString(CONTRACT, StandardCharsets.UTF_8));
        if (!committed.equals(served)) {
            fail("The API served at /q/openapi differs from the committed contract " + CONTRACT + " " + firstDifference(committed, served)
                    + "\nIf the API change is intended, regenerate the contract from the running app (never edit it by hand) "
                    + "and commit it:\n    " + REGENERATE);
        }
    }

    /** Line endings only: the document is otherwise compared byte for byte. */
    private static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String firstDifference(String committed, String served) {
        String[] expected = committed.split("\n", -1);
        String[] actual = served.split("\n", -1);
        for (int i = 0; i < Math.max(expected.length, actual.length); i++) {
            String want = i < expected.length ? expected[i] : "<end of file>";
            String got = i < actual.length ? actual[i] : "<end of document>";
            if (!want.equals(got)) {
                return "from line " + (i + 1) + ":\n    committed: " + want + "\n    served:    " + got;
            }
        }
        return "";
    }
}
