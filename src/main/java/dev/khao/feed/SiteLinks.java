package dev.khao.feed;

import dev.khao.article.ArticleLanguage;
import dev.khao.common.KhaoConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Absolute links out of feeds and sitemaps: articles on the publisher's website, and this API's own files. */
@ApplicationScoped
public class SiteLinks {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final SiteConfig site;
    private final KhaoConfig khao;

    public SiteLinks(SiteConfig site, KhaoConfig khao) {
        this.site = site;
        this.khao = khao;
    }

    /** The article's page on the website, from {@code khao.site.article-url}. */
    public String article(UUID id, String slug, ArticleLanguage language, String sectionSlug, OffsetDateTime publishedAt) {
        OffsetDateTime local = publishedAt.atZoneSameInstant(khao.timeZone()).toOffsetDateTime();
        Map<String, String> values = Map.of(
                "section", sectionSlug == null ? "" : sectionSlug,
                "slug", slug,
                "id", id.toString(),
                "language", language.toString(),
                "year", String.valueOf(local.getYear()),
                "month", String.format("%02d", local.getMonthValue()));
        Matcher m = PLACEHOLDER.matcher(site.articleUrl());
        StringBuilder url = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(url, Matcher.quoteReplacement(value == null ? m.group() : pathSegment(value)));
        }
        m.appendTail(url);
        return withoutEmptySegments(url.toString());
    }

    /** An absolute URL of this API's {@code path} (starting with /), under {@code khao.site.api-url} or else the request's base. */
    public String api(URI requestBase, String path) {
        String base = site.apiUrl().orElse(requestBase.toString());
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    public String home() {
        return site.url();
    }

    /** UTF-8 percent-encoding of everything but RFC 3986 unreserved characters: Thai slugs become %E0%B8%… */
    static String pathSegment(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
            }
        }
        return out.toString();
    }

    /** An article without a section leaves {@code //} where {@code {section}} was; the path keeps one slash. */
    private static String withoutEmptySegments(String url) {
        int scheme = url.indexOf("://");
        int pathStart = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
        if (pathStart < 0) {
            return url;
        }
        return url.substring(0, pathStart) + url.substring(pathStart).replaceAll("/{2,}", "/");
    }
}
