package dev.khao.article;

import dev.khao.auth.ApiKeyService;
import dev.khao.auth.Role;
import dev.khao.support.TestData;
import dev.khao.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.khao.support.TestData.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class AuditTrailTest {

    private static final String ADMIN = "admin (KHAO_ADMIN_KEY)";
    private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    @Inject
    ApiKeyService keys;

    @Test
    void everyResourceNamesTheKeyThatCreatedItAndTheOneThatLastChangedIt() {
        String editorName = "โต๊ะข่าวการเมือง " + unique();
        String editor = keys.create(editorName, Role.EDITOR, null, null, "test").secret();
        Map<String, String> created = Map.of(
                "/v1/articles/", TestData.createArticle(Map.of("title", "บันทึกผู้เขียน " + unique())),
                "/v1/sections/", TestData.createSection("หมวดบันทึก " + unique()),
                "/v1/tags/", TestData.createTag("แท็กบันทึก " + unique()),
                "/v1/authors/", TestData.createAuthor("ผู้เขียนบันทึก " + unique()),
                "/v1/entities/", TestData.createEntity("person", Map.of("th", "บุคคลบันทึก " + unique()), List.of()));
        created.forEach((path, id) -> {
            given().get(path + id).then().statusCode(200).body("createdBy", equalTo(ADMIN)).body("updatedBy", equalTo(ADMIN));
            TestKeys.withKey(editor).contentType(MERGE_PATCH).body(Map.of("slug", "บันทึก-" + unique()))
                    .patch(path + id).then().statusCode(200).body("createdBy", equalTo(ADMIN)).body("updatedBy", equalTo(editorName));
        });
    }
}
