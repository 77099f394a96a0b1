package dev.khao.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HttpUrlValidatorTest {

    private final HttpUrlValidator validator = new HttpUrlValidator();

    @ParameterizedTest
    @ValueSource(strings = {
            "https://cdn.example.co.th/authors/somchai.jpg",
            "http://example.com",
            "HTTPS://EXAMPLE.COM/a.png?size=200#top",
            "https://user@example.com:8443/a.png",
            "https://cdn.example.co.th/ภาพ/สมชาย.jpg",
            "https://ข่าว.ไทย/ภาพ/สมชาย.jpg",
            "https://ข่าว.ไทย:8080/a.png",
            "https://[2001:db8::1]/a.png"})
    void acceptsAbsoluteHttpAndHttpsUrls(String url) {
        assertTrue(validator.isValid(url, null), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "cdn.example.co.th/a.jpg",
            "/authors/somchai.jpg",
            "//cdn.example.co.th/a.jpg",
            "ftp://example.com/a.jpg",
            "javascript:alert(1)",
            "data:image/png;base64,AAAA",
            "mailto:somchai@example.co.th",
            "https://",
            "https:///a.jpg",
            "https://exa mple.com/a.jpg",
            "https://example.com/a b.jpg",
            "https://ข่าว ไทย/a.jpg",
            "http:example.com"})
    void rejectsAnythingElse(String url) {
        assertFalse(validator.isValid(url, null), url);
    }

    @Test
    void leavesAbsenceToOtherConstraints() {
        assertTrue(validator.isValid(null, null));
    }
}
