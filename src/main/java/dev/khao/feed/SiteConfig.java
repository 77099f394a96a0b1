package dev.khao.feed;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * The publisher's website that feeds and sitemaps point readers to ({@code khao.site.*}, environment variables
 * {@code KHAO_SITE_*}): Khao serves the content, the website shows it.
 */
@StaticInitSafe
@ConfigMapping(prefix = "khao.site")
public interface SiteConfig {

    /** Home page of the website, the link of every feed. */
    @WithDefault("https://example.com/")
    String url();

    /** Name of the publication: feed titles and the Google News sitemap's publication name. */
    @WithDefault("ข่าว")
    String name();

    /** Language of the publication (BCP 47), for feeds and the news sitemap. */
    @WithDefault("th")
    String language();

    /**
     * Where the website shows an article. Placeholders: {@code {section}} (the section's slug, empty without a
     * section), {@code {slug}}, {@code {id}}, {@code {language}}, {@code {year}} and {@code {month}} (of publication,
     * in {@code khao.time-zone}); each value is percent-encoded as a path segment.
     */
    @WithDefault("https://example.com/{section}/{slug}")
    String articleUrl();

    /**
     * Public base URL under which this API's feeds and sitemaps are reachable, e.g. {@code https://example.com} when
     * the website proxies {@code /feeds} and {@code /sitemap*.xml} to Khao. Without it, the base of the request.
     */
    Optional<String> apiUrl();
}
