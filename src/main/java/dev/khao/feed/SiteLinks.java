package dev.khao.feed;

import dev.khao.article.ArticleLanguage;
import dev.khao.common.KhaoConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Absolute links out of feeds and sitemaps: articles on the publisher's website, and this API's own files. */
@ApplicationScoped
public class SiteLinks {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final SiteConfig site;
    private final ZoneId zone;
    /**
     * {@code khao.site.article-url} split once into literal text and placeholders: a sitemap index builds the link of
     * every public article, and matching the template for each was most of its time (87,000 links in about 2 s).
     * An unknown placeholder stays as it is written, as literal text.
     */
    private final List<String> literals = new ArrayList<>();
    private final List<Placeholder> placeholders = new ArrayList<>();

    /** What {@code khao.site.article-url} can name: {@code {section}}, {@code {slug}}, … */
    private enum Placeholder {
        SECTION, SLUG, ID, LANGUAGE, YEAR, MONTH;

        static Placeholder named(String name) {
            return Arrays.stream(values()).filter(p -> p.name().equalsIgnoreCase(name)).findFirst().orElse(null);
        }
    }

    public SiteLinks(SiteConfig site, KhaoConfig khao) {
        this.site = site;
        this.zone = khao.timeZone();
        Matcher m = PLACEHOLDER.matcher(site.articleUrl());
        StringBuilder literal = new StringBuilder();
        int from = 0;
        while (m.find()) {
            literal.append(site.articleUrl(), from, m.start());
            from = m.end();
            Placeholder placeholder = Placeholder.named(m.group(1));
            if (placeholder != null) {
                literals.add(literal.toString());
                placeholders.add(placeholder);
                literal.setLength(0);
            } else {
                literal.append(m.group());
            }
        }
        literals.add(literal.append(site.articleUrl().substring(from)).toString());
    }

    /** The article's page on the website, from {@code khao.site.article-url}. */
    public String article(UUID id, String slug, ArticleLanguage language, String sectionSlug, OffsetDateTime publishedAt) {
        OffsetDateTime local = publishedAt.atZoneSameInstant(zone).toOffsetDateTime();
        StringBuilder url = new StringBuilder(literals.get(0).length() + 64 + slug.length() * 9);
        url.append(literals.get(0));
        for (int i = 0; i < placeholders.size(); i++) {
            switch (placeholders.get(i)) {
                case SECTION -> appendPathSegment(sectionSlug == null ? "" : sectionSlug, url);
                case SLUG -> appendPathSegment(slug, url);
                case ID -> url.append(id);
                case LANGUAGE -> appendPathSegment(language.toString(), url);
                case YEAR -> url.append(local.getYear());
                case MONTH -> url.append(local.getMonthValue() < 10 ? "0" : "").append(local.getMonthValue());
            }
            url.append(literals.get(i + 1));
        }
        return withoutEmptySegments(url);
    }

    /**
     * At most how many bytes the links of {@code links} articles take in all, in UTF-8 with each {@code &} counted as
     * {@code ampersandBytes} (as escaped in XML), given the UTF-8 bytes of all their slugs and of their sections'
     * slugs: percent-encoding at most triples a value, and dropping an empty segment only shortens a link.
     */
    public long maxArticleLinkBytes(long links, long slugBytes, long sectionSlugBytes, int ampersandBytes) {
        long fixed = 0;
        for (String literal : literals) {
            long ampersands = literal.chars().filter(c -> c == '&').count();
            fixed += literal.getBytes(StandardCharsets.UTF_8).length + ampersands * (ampersandBytes - 1);
        }
        long variable = 0;
        for (Placeholder placeholder : placeholders) {
            switch (placeholder) {
                case SLUG -> variable += 3 * slugBytes;
                case SECTION -> variable += 3 * sectionSlugBytes;
                case ID -> fixed += 36;
                case LANGUAGE -> fixed += Arrays.stream(ArticleLanguage.values()).mapToInt(l -> pathSegment(l.toString()).length()).max().orElse(0);
                case YEAR -> fixed += String.valueOf(Integer.MIN_VALUE).length();
                case MONTH -> fixed += 2;
            }
        }
        return links * fixed + variable;
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
        return appendPathSegment(value, new StringBuilder(value.length() * 3)).toString();
    }

    private static StringBuilder appendPathSegment(String value, StringBuilder out) {
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
            }
        }
        return out;
    }

    /** An article without a section leaves {@code //} where {@code {section}} was; the path keeps one slash. */
    private static String withoutEmptySegments(StringBuilder url) {
        int scheme = url.indexOf("://");
        int pathStart = scheme < 0 ? 0 : url.indexOf("/", scheme + 3);
        if (pathStart < 0 || url.indexOf("//", pathStart) < 0) {
            return url.toString();
        }
        StringBuilder out = new StringBuilder(url.length());
        out.append(url, 0, pathStart);
        for (int i = pathStart; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c != '/' || out.isEmpty() || out.charAt(out.length() - 1) != '/') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
