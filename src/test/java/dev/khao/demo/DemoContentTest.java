package dev.khao.demo;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class DemoContentTest {

    @Inject
    DemoContent demo;

    @Test
    void loadsTheSeedPageAsACleanArticleWithItsEntities() {
        String id = demo.load().id().toString();

        given().get("/v1/articles/" + id).then().statusCode(200)
                .body("title", equalTo("“ชัยวุฒิ” โชว์เน็ตประชารัฐ ลดช่องว่างการเข้าถึงดิจิทัล ในการประชุมรัฐมนตรีดิจิทัลภูมิภาคเอเชียแปซิฟิก ที่เกาหลีใต้"))
                .body("status", equalTo("published"))
                .body("bodyText", startsWith("ชัยวุฒิ ธนาคมานุสรณ์ รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"))
                .body("bodyText", not(containsString("Scroll to Top")))
                .body("bodyText", not(containsString("ซิสโก้")))
                .body("bodyHtml", startsWith("<p>"))
                .body("related", hasSize(1))
                .body("related[0].type", equalTo("external"))
                .body("related[0].headline", equalTo("ซิสโก้ จับมือ แพลนเน็ตคอม พัฒนา “โมบายล์ดาต้าเซ็นเตอร์” ขับเคลื่อนสมาร์ทซิตี้ในไทย"))
                .body("related[0].url", nullValue())
                .body("section.name", equalTo("เทคโนโลยี"))
                .body("tags.name", hasItem("ดิจิทัล"))
                .body("authors", hasSize(1))
                .body("entities.find { it.name.en == 'ESCAP' }.name.th", equalTo("เอสแคป"))
                .body("entities.find { it.name.en == 'ESCAP' }.type", equalTo("organization"))
                .body("entities.find { it.name.th == 'ชัยวุฒิ ธนาคมานุสรณ์' }.role", equalTo("subject"))
                .body("entities.find { it.name.th == 'ลี จอง โฮ' }.type", equalTo("person"))
                .body("entities.find { it.name.th == 'อาร์มิดา ซัลเซียะฮ์ อาลิสจะฮ์บานา' }.name.en", equalTo("Armida Salsiah Alisjahbana"))
                .body("entities.find { it.name.th == 'เอซ่า สาเรพูล' }", notNullValue())
                .body("entities.find { it.name.en == 'Ministry of Science and ICT' }.type", equalTo("organization"))
                .body("wordCount", greaterThan(300));

        String section = given().get("/v1/articles/" + id).then().extract().path("section.id");
        given().queryParam("section", section).get("/v1/articles").then().statusCode(200).body("data.id", contains(id));
    }

    @Test
    void contentLoadedAtStartupIsRecordedAsWrittenBySystem() {
        // Startup observers run with a request context active but no client: as the demo content is loaded.
        ManagedContext context = Arc.container().requestContext();
        context.activate();
        String id;
        try {
            id = demo.load().id().toString();
        } finally {
            context.terminate();
        }
        given().get("/v1/articles/" + id).then().statusCode(200)
                .body("createdBy", equalTo("system")).body("updatedBy", equalTo("system"));
        given().get("/v1/articles/" + id + "/revisions").then().statusCode(200).body("data[0].createdBy", equalTo("system"));
    }
}
