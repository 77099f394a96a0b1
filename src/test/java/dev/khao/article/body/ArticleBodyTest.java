package dev.khao.article.body;

import dev.khao.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.*;

class ArticleBodyTest {

    static final String DIGITAL_TRANSITION = "การเปลี่ยนผ่านทางดิจิทัล";
    static final String THAI_PARAGRAPH = "ชัยวุฒิ ธนาคมานุสรณ์ รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เข้าร่วมการประชุมรัฐมนตรีดิจิทัลของภูมิภาคเอเซียแปซิฟิก Asia – Pacific Digital Ministerial Conference สมัยที่ 1 ที่กรุงโซล สาธารณรัฐเกาหลี";

    @Test
    void removesScriptStyleAndIframeWithTheirContent() {
        ArticleBody body = ArticleBody.fromHtml("<p>ก่อน</p><script>alert('x')</script><style>p { color: red }</style>"
                + "<iframe src=\"https://evil.example/\">fallback</iframe><SCRIPT SRC=https://evil.example/x.js></SCRIPT><p>หลัง</p>");

        assertEquals("<p>ก่อน</p><p>หลัง</p>", body.html());
        assertEquals("ก่อน\n\nหลัง", body.text());
    }

    @Test
    void removesEmbeddedObjectsAndFormControls() {
        ArticleBody body = ArticleBody.fromHtml("<object data=\"x.swf\"><embed src=\"x.swf\"></object>"
                + "<form action=\"https://evil.example/\"><p>ข้อความ</p><input name=\"q\" value=\"v\"><textarea>t</textarea><button>ส่ง</button></form>");

        assertEquals("<p>ข้อความ</p>", body.html());
    }

    @Test
    void removesEventHandlerAttributes() {
        ArticleBody body = ArticleBody.fromHtml("<p onclick=\"steal()\" ONMOUSEOVER=\"steal()\">ข่าว <a href=\"https://khao.dev/\" onfocus=\"steal()\">ลิงก์</a>"
                + "<img src=\"https://img.khao.dev/a.jpg\" onerror=\"steal()\" onload=\"steal()\"></p>");

        assertEquals("<p>ข่าว <a href=\"https://khao.dev/\">ลิงก์</a><img src=\"https://img.khao.dev/a.jpg\"></p>", body.html());
        assertFalse(body.html().toLowerCase(Locale.ROOT).contains(" on"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "jav&#x09;ascript:alert(1)",
            "jav&#x0A;ascript:alert(1)",
            "JaV&#x09;aScRiPt:alert(1)",
            "&#106;avascript:alert(1)",
            "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)",
            "  javascript:alert(1)",
            "vbscript:msgbox(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="})
    void removesLinksWithScriptOrDataUrlsHoweverEncoded(String href) {
        ArticleBody body = ArticleBody.fromHtml("<p><a href=\"" + href + "\">คลิก</a></p>");

        assertEquals("<p>คลิก</p>", body.html());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "jav&#x09;ascript:alert(1)", "data:image/png;base64,iVBORw0KGgo=", "//evil.example/a.jpg", "a.jpg"})
    void removesImagesWithoutAnAbsoluteHttpSource(String src) {
        ArticleBody body = ArticleBody.fromHtml("<p>ภาพ<img src=\"" + src + "\" alt=\"ภาพ\"></p>");

        assertEquals("<p>ภาพ</p>", body.html());
    }

    @Test
    void removesStyleAttributesAndUnknownAttributes() {
        ArticleBody body = ArticleBody.fromHtml("<p style=\"background:url(javascript:alert(1))\" class=\"lead\" id=\"x\">"
                + "<strong style=\"color:red\">ด่วน</strong></p>");

        assertEquals("<p><strong>ด่วน</strong></p>", body.html());
    }

    @Test
    void keepsAllowedTagsAndAttributes() {
        String html = "<h2>หัวข้อ</h2><h6>ย่อย</h6>"
                + "<p><strong>a</strong><b>b</b><em>c</em><i>d</i><u>e</u><s>f</s>H<sub>2</sub>O x<sup>2</sup><br><code>x &lt; y</code> <q>คำพูด</q></p>"
                + "<blockquote cite=\"https://source.example/\"><p>อ้างอิง</p></blockquote>"
                + "<ul><li>หนึ่ง</li></ul><ol start=\"3\"><li>สาม</li></ol>"
                + "<p><a href=\"https://khao.dev/ข่าว\" title=\"ข่าว\">เว็บ</a> <a href=\"mailto:news@khao.dev\">อีเมล</a></p>"
                + "<figure><img src=\"https://img.khao.dev/a.jpg\" alt=\"ภาพ\" title=\"ชื่อ\" width=\"640\" height=\"360\"><figcaption>คำบรรยาย</figcaption></figure>"
                + "<table><thead><tr><th colspan=\"2\">ผล</th></tr></thead><tbody><tr><td rowspan=\"2\">ทีม</td><td>3</td></tr></tbody></table>"
                + "<pre>a\n  b</pre><hr>";

        assertEquals(html, ArticleBody.fromHtml(html).html());
    }

    @Test
    void linksGetNoEnforcedRelAndLoseTarget() {
        ArticleBody body = ArticleBody.fromHtml("<p><a href=\"https://khao.dev/\" target=\"_blank\" rel=\"opener\">ลิงก์</a></p>");

        assertEquals("<p><a href=\"https://khao.dev/\">ลิงก์</a></p>", body.html());
    }

    @Test
    void unwrapsRelativeLinksKeepingTheirText() {
        assertEquals("<p>ดู ข่าวอื่น</p>", ArticleBody.fromHtml("<p>ดู <a href=\"/news/1\">ข่าวอื่น</a></p>").html());
    }

    @Test
    void keepsThaiAsUtf8CharactersNotEntities() {
        for (String thai : new String[] {DIGITAL_TRANSITION, THAI_PARAGRAPH}) {
            ArticleBody body = ArticleBody.fromHtml("<p>" + thai + "</p>");

            assertArrayEquals(("<p>" + thai + "</p>").getBytes(StandardCharsets.UTF_8), body.html().getBytes(StandardCharsets.UTF_8));
            assertFalse(body.html().contains("&#"), body.html());
            assertEquals(thai, body.text());
        }
    }

    @Test
    void decodesNumericEntitiesIntoThaiCharacters() {
        ArticleBody body = ArticleBody.fromHtml("<p>&#3585;&#x0E32;&#3619; ดิจิทัล</p>");

        assertEquals("<p>การ ดิจิทัล</p>", body.html());
    }

    @Test
    void normalisesTextAndAttributesToNfc() {
        ArticleBody body = ArticleBody.fromHtml("<p title=\"Cafe\u0301\">Cafe\u0301</p><p><img src=\"https://img.khao.dev/a.jpg\" alt=\"Cafe\u0301\"></p>");

        assertEquals("<p>Caf\u00e9</p><p><img src=\"https://img.khao.dev/a.jpg\" alt=\"Caf\u00e9\"></p>", body.html());
        assertEquals("Caf\u00e9", body.text());
    }

    @Test
    void wrapsLooseTextInParagraphs() {
        ArticleBody body = ArticleBody.fromHtml("ข่าว <b>ด่วน</b><br>บรรทัดสอง<p>ย่อหน้า</p>ท้าย");

        assertEquals("<p>ข่าว <b>ด่วน</b><br>บรรทัดสอง</p><p>ย่อหน้า</p><p>ท้าย</p>", body.html());
        assertEquals("<p>แค่ข้อความ</p>", ArticleBody.fromHtml("แค่ข้อความ").html());
    }

    @Test
    void turnsLayoutDivsIntoParagraphsAndH1IntoH2() {
        ArticleBody body = ArticleBody.fromHtml("<div class=\"x\"><h1>หัวข้อ</h1><div>หนึ่ง</div><div><span>สอง</span></div></div>");

        assertEquals("<h2>หัวข้อ</h2><p>หนึ่ง</p><p>สอง</p>", body.html());
    }

    @Test
    void writesCompactlyAndDropsEmptyParagraphs() {
        ArticleBody body = ArticleBody.fromHtml("\n<p>\n  หนึ่ง\n  สอง\n</p>\n<p>&nbsp;</p>\n<ul>\n  <li>ก</li>\n  <li>ข</li>\n</ul>\n");

        assertEquals("<p> หนึ่ง สอง </p><ul><li>ก</li><li>ข</li></ul>", body.html());
    }

    @Test
    void sanitisingAgainChangesNothing() {
        ArticleBody body = ArticleBody.fromHtml("ข่าว<div>หนึ่ง</div><table><tr><td>ก</td></tr></table><p onclick=\"x\">สอง<br></p>" + THAI_PARAGRAPH);

        assertEquals(body, ArticleBody.fromHtml(body.html()));
    }

    @Test
    void aBodysHtmlGivesItsTextAgain() {
        // Revisions store only the HTML and derive the text when read.
        for (int i = 0; i < 12; i++) {
            ArticleBody body = ArticleBody.fromText(TestData.corpusArticle(i).get("body").asText());
            assertEquals(body.text(), ArticleBody.fromHtml(body.html()).text(), "corpus article " + i);
        }
        ArticleBody seed = ArticleBody.fromText(TestData.resource("seed-article.txt"));
        assertEquals(seed.text(), ArticleBody.fromHtml(seed.html()).text());
        ArticleBody lines = ArticleBody.fromText("บรรทัดหนึ่ง\nบรรทัดสอง  <b>\n\n\n  ย่อหน้า & สอง ");
        assertEquals(lines.text(), ArticleBody.fromHtml(lines.html()).text());
    }

    @Test
    void blankOrFullyRemovedHtmlIsTheEmptyBody() {
        assertSame(ArticleBody.EMPTY, ArticleBody.fromHtml(null));
        assertSame(ArticleBody.EMPTY, ArticleBody.fromHtml(" \n "));
        assertSame(ArticleBody.EMPTY, ArticleBody.fromHtml("<script>alert(1)</script><p> </p>"));
        assertTrue(ArticleBody.EMPTY.isEmpty());
    }

    @Test
    void textSeparatesBlocksByBlankLinesAndBreaksByNewlines() {
        ArticleBody body = ArticleBody.fromHtml("<h2>หัวข้อ</h2><p>บรรทัด   หนึ่ง<br>\n  บรรทัด <em>สอง</em></p>"
                + "<ul><li>ก</li><li>ข</li></ul><table><tr><th>ทีม</th><td>3</td></tr></table><blockquote><p>คำ</p></blockquote>");

        assertEquals("หัวข้อ\n\nบรรทัด หนึ่ง\nบรรทัด สอง\n\nก\n\nข\n\nทีม 3\n\nคำ", body.text());
    }

    @Test
    void fromTextMakesParagraphsOfBlankLineSeparatedText() {
        ArticleBody body = ArticleBody.fromText("ย่อหน้าแรก\r\nบรรทัดสอง\r\n\r\n\r\nย่อหน้าที่สอง\n \nสาม");

        assertEquals("<p>ย่อหน้าแรก<br>บรรทัดสอง</p><p>ย่อหน้าที่สอง</p><p>สาม</p>", body.html());
        assertEquals("ย่อหน้าแรก\nบรรทัดสอง\n\nย่อหน้าที่สอง\n\nสาม", body.text());
    }

    @Test
    void fromTextEscapesMarkup() {
        ArticleBody body = ArticleBody.fromText("a < b && c > d <script>alert(1)</script>");

        assertEquals("<p>a &lt; b &amp;&amp; c &gt; d &lt;script&gt;alert(1)&lt;/script&gt;</p>", body.html());
        assertEquals("a < b && c > d <script>alert(1)</script>", body.text());
    }

    @Test
    void fromTextKeepsThaiAsUtf8Characters() {
        ArticleBody body = ArticleBody.fromText(DIGITAL_TRANSITION + "\n\n" + THAI_PARAGRAPH);

        assertEquals("<p>" + DIGITAL_TRANSITION + "</p><p>" + THAI_PARAGRAPH + "</p>", body.html());
        assertFalse(body.html().contains("&#"));
    }

    @Test
    void fromTextTextIsTheNormalisedInput() {
        String text = "  หนึ่ง   สอง \t\r\nสาม\r\n\r\n\r\n\r\n" + THAI_PARAGRAPH + "\n\n\n";

        assertEquals("หนึ่ง สอง\nสาม\n\n" + THAI_PARAGRAPH, ArticleBody.fromText(text).text());
        assertEquals(ArticleBody.fromText(text), ArticleBody.fromHtml(ArticleBody.fromText(text).html()));
    }

    @Test
    void fromBlankTextIsTheEmptyBody() {
        assertSame(ArticleBody.EMPTY, ArticleBody.fromText(null));
        assertSame(ArticleBody.EMPTY, ArticleBody.fromText(""));
        assertSame(ArticleBody.EMPTY, ArticleBody.fromText(" \r\n\r\n\t "));
    }
}
