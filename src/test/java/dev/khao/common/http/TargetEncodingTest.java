package dev.khao.common.http;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The HTTP/1 codec hands each raw byte over as one character; the API tests send those through a socket
 * (RequestTargetCheckTest). These cover what no socket test reaches: targets already holding wider characters.
 */
class TargetEncodingTest {

    /** The target as the HTTP/1 codec hands it over: each UTF-8 byte one character. */
    private static String asRawBytes(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @Test
    void aCleanTargetIsKeptAsItIs() throws Exception {
        String target = "/v1/search?q=%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7&limit=5";
        assertSame(target, TargetEncoding.percentEncoded(target));
    }

    @Test
    void thaiAlreadyDecodedAsTextIsEncodedLikeThaiSentAsRawBytes() throws Exception {
        String expected = "/v1/tags/slug/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7";
        assertEquals(expected, TargetEncoding.percentEncoded("/v1/tags/slug/ข่าว"));
        assertEquals(expected, TargetEncoding.percentEncoded(asRawBytes("/v1/tags/slug/ข่าว")));
    }

    @Test
    void rawBytesAndWideCharactersInOneTargetKeepTheirOrder() throws Exception {
        String mixed = asRawBytes("/v1/search?q=ก") + "ข" + asRawBytes("\"ค\"") + "😀";
        assertEquals("/v1/search?q=%E0%B8%81%E0%B8%82%22%E0%B8%84%22%F0%9F%98%80", TargetEncoding.percentEncoded(mixed));
    }

    @Test
    void escapesAlreadyThereAreKept() throws Exception {
        assertEquals("/v1/search?q=%25%E0%B8%81", TargetEncoding.percentEncoded("/v1/search?q=%25ก"));
    }

    @Test
    void aLoneSurrogateOrABrokenEscapeIsMalformed() {
        assertThrows(TargetEncoding.MalformedTarget.class, () -> TargetEncoding.percentEncoded("/v1/search?q=ก\uD83D"));
        assertThrows(TargetEncoding.MalformedTarget.class, () -> TargetEncoding.percentEncoded("/v1/search?q=100%"));
        assertThrows(TargetEncoding.MalformedTarget.class, () -> TargetEncoding.percentEncoded("/v1/search?q=%E0%B8%G1"));
    }
}
