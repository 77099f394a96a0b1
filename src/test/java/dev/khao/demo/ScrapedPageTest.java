package dev.khao.demo;

import dev.khao.support.TestData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScrapedPageTest {

    private final ScrapedPage page = ScrapedPage.parse(TestData.resource("seed-article.txt"));

    @Test
    void keepsTheRepeatedHeadlineOnce() {
        assertEquals("“ชัยวุฒิ” โชว์เน็ตประชารัฐ ลดช่องว่างการเข้าถึงดิจิทัล ในการประชุมรัฐมนตรีดิจิทัลภูมิภาคเอเชียแปซิฟิก ที่เกาหลีใต้", page.title());
        assertFalse(page.bodyText().contains("“ชัยวุฒิ” โชว์เน็ตประชารัฐ"));
    }

    @Test
    void dropsSiteChrome() {
        assertFalse(page.bodyText().contains("Scroll to Top"));
    }

    @Test
    void setsTheInlineHeadlineApartAsRelatedReading() {
        assertEquals(List.of("ซิสโก้ จับมือ แพลนเน็ตคอม พัฒนา “โมบายล์ดาต้าเซ็นเตอร์” ขับเคลื่อนสมาร์ทซิตี้ในไทย"), page.relatedHeadlines());
        assertFalse(page.bodyText().contains("ซิสโก้"));
    }

    @Test
    void keepsEveryBodyParagraphInOrder() {
        assertEquals(5, page.paragraphs().size());
        assertTrue(page.paragraphs().get(0).startsWith("ชัยวุฒิ ธนาคมานุสรณ์ รัฐมนตรีว่าการ"));
        assertTrue(page.paragraphs().get(4).startsWith("พร้อมกันนี้ ชัยวุฒิ"));
    }

    @Test
    void keepsShortFinalParagraphsAsBody() {
        ScrapedPage shortEnding = ScrapedPage.parse("หัวข่าว\n\nย่อหน้าแรกที่ยาวพอสมควร " + "ก".repeat(200) + "\n\nจบข่าว");
        assertEquals(List.of(), shortEnding.relatedHeadlines());
        assertEquals(2, shortEnding.paragraphs().size());
    }
}
