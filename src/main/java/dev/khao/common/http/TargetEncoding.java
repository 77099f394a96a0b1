package dev.khao.common.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a request target as clients really send it into one every URI parser accepts: curl, for one, sends Thai and
 * characters such as {@code "} unencoded, and each raw byte reaches the server as one character (ISO-8859-1).
 */
final class TargetEncoding {

    /** Why a target cannot be read; its message is the problem's detail. */
    static final class MalformedTarget extends Exception {
        MalformedTarget(String message) {
            super(message, null, false, false);
        }
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private TargetEncoding() {
    }

    /**
     * The target itself when it only holds characters a URI allows, otherwise the same target with the UTF-8 bytes
     * of every other character percent-encoded; escapes already there are kept as they are.
     *
     * @throws MalformedTarget when a {@code %} does not start an escape, or the raw bytes are not UTF-8
     */
    static String percentEncoded(String target) throws MalformedTarget {
        boolean clean = true;
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c == '%') {
                if (i + 2 >= target.length() || !hex(target.charAt(i + 1)) || !hex(target.charAt(i + 2))) {
                    throw new MalformedTarget("The request target has a '%' that does not start a percent-encoded byte"
                            + " (write a literal '%' as %25)");
                }
            } else if (!allowed(c)) {
                clean = false;
            }
        }
        return clean ? target : encode(decodeUtf8(rawBytes(target)));
    }

    /** Characters RFC 3986 allows unencoded in a path or query, apart from {@code %}. */
    private static boolean allowed(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0;
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /**
     * The bytes the client sent: the HTTP/1 codec makes each byte a character; anything wider is already text. A lone
     * surrogate has no UTF-8 form: {@code getBytes} would make it a {@code ?}, which starts a query.
     */
    private static byte[] rawBytes(String target) throws MalformedTarget {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(target.length() + 16);
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c <= 0xFF) {
                bytes.write(c);
                continue;
            }
            int end = i + 1;
            if (Character.isHighSurrogate(c) && end < target.length() && Character.isLowSurrogate(target.charAt(end))) {
                end++;
            } else if (Character.isSurrogate(c)) {
                throw new MalformedTarget("The request target holds half of a UTF-16 surrogate pair; percent-encode its UTF-8 bytes");
            }
            bytes.writeBytes(target.substring(i, end).getBytes(StandardCharsets.UTF_8));
            i = end - 1;
        }
        return bytes.toByteArray();
    }

    private static String decodeUtf8(byte[] bytes) throws MalformedTarget {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedTarget("The request target holds bytes that are not UTF-8; percent-encode its UTF-8 bytes");
        }
    }

    private static String encode(String text) {
        StringBuilder encoded = new StringBuilder(text.length() * 3);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || allowed(c)) {
                encoded.append(c);
                continue;
            }
            int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
            for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                encoded.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
            i = end - 1;
        }
        return encoded.toString();
    }
}
