package dev.khao.feed;

import dev.khao.article.ArticleLanguage;
import dev.khao.common.KhaoConfig;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteLinksTest {

    private static final UUID ID = UUID.fromString("5f0c8a52-0d7e-4c1a-9a53-6b1f2f0c9e11");
    // 20:00 UTC on 31 January is already 1 February in Bangkok.
    private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2024-01-31T20:00:00Z");

    @Test
    void fillsEveryPlaceholderInNewsroomTimeAndPercentEncodesThaiSlugs() {
        SiteLinks links = links("https://ข่าว.example/{language}/{year}/{month}/{section}/{slug}-{id}");
        assertEquals("https://ข่าว.example/th/2024/02/%E0%B9%80%E0%B8%97%E0%B8%84/ai-%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7-" + ID,
                links.article(ID, "ai-ข่าว", ArticleLanguage.TH, "เทค", PUBLISHED));
    }

    @Test
    void anArticleWithoutSectionLeavesOneSlashWhereItsSectionWas() {
        SiteLinks links = links("https://example.com/{section}/{slug}");
        assertEquals("https://example.com/budget-2025", links.article(ID, "budget-2025", ArticleLanguage.EN, null, PUBLISHED));
        assertEquals("https://example.com/economy/budget-2025", links.article(ID, "budget-2025", ArticleLanguage.EN, "economy", PUBLISHED));
    }

    @Test
    void keepsUnknownPlaceholdersAndTextAroundThemAsWritten() {
        SiteLinks links = links("https://example.com/{edition}/{slug}?ref={id}&x={unknown}");
        assertEquals("https://example.com/{edition}/a?ref=" + ID + "&x={unknown}", links.article(ID, "a", ArticleLanguage.EN, null, PUBLISHED));
    }

    @Test
    void linkBoundIsNeverBelowTheLinksAsAnXmlSitemapWritesThem() {
        String template = "https://ข่าว.example/{language}/{year}/{month}/{section}/{slug}?id={id}&s={section}";
        SiteLinks links = links(template);
        long total = 0;
        long slugBytes = 0;
        long sectionBytes = 0;
        for (String[] article : new String[][]{{"ครม-อนุมัติงบประมาณ-๒๕๖๘", "การเมือง"}, {"budget-2025", null}, {"ai", "tech"}}) {
            String link = links.article(ID, article[0], ArticleLanguage.TH, article[1], PUBLISHED);
            long written = link.replace("&", "&amp;").getBytes(StandardCharsets.UTF_8).length;
            long slug = article[0].getBytes(StandardCharsets.UTF_8).length;
            long section = article[1] == null ? 0 : article[1].getBytes(StandardCharsets.UTF_8).length;
            assertTrue(written <= links.maxArticleLinkBytes(1, slug, section, 5), link);
            total += written;
            slugBytes += slug;
            sectionBytes += section;
        }
        assertTrue(total <= links.maxArticleLinkBytes(3, slugBytes, sectionBytes, 5));
    }

    private static SiteLinks links(String articleUrl) {
        SiteConfig site = config(SiteConfig.class, "articleUrl", articleUrl);
        KhaoConfig khao = config(KhaoConfig.class, "timeZone", ZoneId.of("Asia/Bangkok"));
        return new SiteLinks(site, khao);
    }

    /** A configuration interface answering one setting; any other is a test mistake. */
    private static <T> T config(Class<T> type, String setting, Object value) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (proxy, method, args) -> {
            if (method.getName().equals(setting)) {
                return value;
            }
            if (method.getReturnType() == Optional.class) {
                return Optional.empty();
            }
            throw new UnsupportedOperationException(method.getName());
        }));
    }
}
