package dev.khao.article.body;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlainTextTest {

    /** The definition collapse() implements by hand. */
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Cc}]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final char[] ALPHABET = ("กขคงจ าิีึุูเแโไ่้๊๋ัำ abcXYZ019.,-\u200B\u00A0\u2000\u2009\u200A\u2028\u2029\u202F\u205F\u3000"
            + "\u1680\u0085\u0000\u0001\u001F\u007F\u009F\t\r\u000B\u000C").toCharArray();

    @Test
    void collapsesLikeTheUnicodeWhitespaceRegex() {
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder line = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                line.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            String text = line.toString();
            assertEquals(SPACE.matcher(text).replaceAll(" ").strip(), PlainText.collapse(text), () -> "collapse of " + text.chars().mapToObj(Integer::toHexString).toList());
        }
    }

    @Test
    void keepsTidyLinesAndZeroWidthSpaces() {
        String thai = "การประชุม\u200Bคณะรัฐมนตรี วันนี้";
        assertEquals(thai, PlainText.collapse(thai));
        assertEquals("ก ข", PlainText.collapse(" \u00A0ก \t\u3000 ข\u2029"));
    }
}
