package dev.khao.feed.sitemap;

import dev.khao.article.ArticleFilter;
import dev.khao.article.ArticleLink;
import dev.khao.article.ArticleMonth;
import dev.khao.article.ArticleRepository;
import dev.khao.article.ArticleSort;
import dev.khao.common.KhaoConfig;
import dev.khao.common.NewsroomTime;
import dev.khao.common.problem.ProblemException;
import dev.khao.feed.SiteLinks;
import dev.khao.section.Section;
import dev.khao.section.SectionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Builds sitemaps by walking public articles in keyset batches of light rows, so that memory holds one batch and
 * one file's entries at most, whatever the number of articles. Months are months of publication in
 * {@code khao.time-zone}.
 */
@ApplicationScoped
public class SitemapService {

    private static final int BATCH = 2000;

    private final ArticleRepository articles;
    private final SectionRepository sections;
    private final SiteLinks links;
    private final SitemapConfig config;
    private final Clock clock;
    private final ZoneId zone;

    public SitemapService(ArticleRepository articles, SectionRepository sections, SiteLinks links, SitemapConfig config,
                          KhaoConfig khao, Clock clock) {
        this.articles = articles;
        this.sections = sections;
        this.links = links;
        this.config = config;
        this.clock = clock;
        this.zone = khao.timeZone();
    }

    /**
     * Every article sitemap file, oldest month first. A month whose articles fit one file even at the longest their
     * links could be is summed up by the database; only a month that may need several files is walked entry by entry.
     */
    @Transactional
    public List<SitemapFile> files() {
        List<SitemapFile> files = new ArrayList<>();
        for (ArticleMonth month : articles.months(zone, OffsetDateTime.now(clock))) {
            long maxBytes = FilePager.ENVELOPE_BYTES + month.articles() * SitemapEntry.MARKUP_BYTES
                    + links.maxArticleLinkBytes(month.articles(), month.slugBytes(), month.sectionSlugBytes(), "&amp;".length());
            if (month.articles() <= config.maxUrls() && maxBytes <= config.maxBytes()) {
                files.add(new SitemapFile(month.month(), 1, local(month.lastChanged())));
            } else {
                files.addAll(walkedFiles(month.month()));
            }
        }
        return files;
    }

    private List<SitemapFile> walkedFiles(YearMonth month) {
        List<SitemapFile> files = new ArrayList<>();
        MonthWalk walk = new MonthWalk();
        walk(publicArticles(start(month), start(month.plusMonths(1))), ArticleSort.OLDEST, Integer.MAX_VALUE, entry -> {
            SitemapFile done = walk.add(entry);
            if (done != null) {
                files.add(done);
            }
        });
        if (walk.current != null) {
            files.add(walk.current);
        }
        return files;
    }

    private OffsetDateTime start(YearMonth month) {
        return month.atDay(1).atStartOfDay(zone).toOffsetDateTime();
    }

    /** The entries of one file of a month; 404 when the month has no such file. */
    @Transactional
    public List<SitemapEntry> month(YearMonth month, int page) {
        OffsetDateTime from = start(month);
        OffsetDateTime to = start(month.plusMonths(1));
        FilePager pager = new FilePager(config.maxUrls(), config.maxBytes());
        List<SitemapEntry> entries = new ArrayList<>();
        walk(publicArticles(from, to), ArticleSort.OLDEST, Integer.MAX_VALUE, entry -> {
            if (pager.place(entry) == page) {
                entries.add(entry);
            }
        });
        if (entries.isEmpty()) {
            throw ProblemException.notFound("sitemap", "name " + new SitemapFile(month, page, null).name());
        }
        return entries;
    }

    /** Articles published within {@code khao.sitemaps.news-window}, newest first, at most {@code news-max-urls}. */
    @Transactional
    public List<SitemapEntry> news() {
        List<SitemapEntry> entries = new ArrayList<>();
        OffsetDateTime since = OffsetDateTime.now(clock).minus(config.newsWindow());
        walk(publicArticles(since, null), ArticleSort.NEWEST, config.newsMaxUrls(), entries::add);
        return entries;
    }

    private static ArticleFilter publicArticles(OffsetDateTime from, OffsetDateTime to) {
        return new ArticleFilter(null, null, null, null, null, Set.of(), from, to);
    }

    private void walk(ArticleFilter filter, ArticleSort sort, int max, Consumer<SitemapEntry> sink) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<UUID, String> sectionSlugs = new HashMap<>();
        ArticleLink after = null;
        int seen = 0;
        while (seen < max) {
            int wanted = Math.min(BATCH, max - seen);
            List<ArticleLink> batch = articles.links(filter, sort, after, wanted, now);
            for (ArticleLink link : batch) {
                sink.accept(entry(link, sectionSlugs));
            }
            if (batch.size() < wanted) {
                return;
            }
            seen += batch.size();
            after = batch.get(batch.size() - 1);
        }
    }

    private SitemapEntry entry(ArticleLink a, Map<UUID, String> sectionSlugs) {
        String section = a.sectionId() == null ? null
                : sectionSlugs.computeIfAbsent(a.sectionId(), id -> {
                    Section found = sections.findById(id);
                    return found == null ? null : found.slug;
                });
        return new SitemapEntry(links.article(a.id(), a.slug(), a.language(), section, a.publishedAt()),
                local(a.updatedAt()), a.title(), a.language().toString(), local(a.publishedAt()));
    }

    private OffsetDateTime local(OffsetDateTime time) {
        return NewsroomTime.of(time, zone).truncatedTo(ChronoUnit.SECONDS);
    }

    /** Follows an oldest-first walk through a month's files, handing over each file once it is complete. */
    private final class MonthWalk {
        private YearMonth month;
        private FilePager pager;
        private SitemapFile current;

        SitemapFile add(SitemapEntry entry) {
            YearMonth of = YearMonth.from(entry.published());
            SitemapFile done = null;
            if (!of.equals(month)) {
                done = current;
                current = null;
                month = of;
                pager = new FilePager(config.maxUrls(), config.maxBytes());
            }
            int page = pager.place(entry);
            if (current != null && current.page() != page) {
                done = current;
                current = null;
            }
            if (current == null || entry.changed().isAfter(current.lastmod())) {
                current = new SitemapFile(month, page, entry.changed());
            }
            return done;
        }
    }
}
