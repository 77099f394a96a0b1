package dev.khao.article;

import dev.khao.common.ArticleVisibility;
import dev.khao.common.SqlTimestamps;
import dev.khao.common.paging.Cursor;
import dev.khao.common.paging.Page;
import dev.khao.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries over articles. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {

    /** By slug, out of the trash; when the language is not given and both have the slug, Thai wins. */
    public Optional<Article> findBySlug(String slug, ArticleLanguage language) {
        if (language != null) {
            return find("slug = ?1 and language = ?2 and deletedAt is null", slug, language).firstResultOptional();
        }
        // Every language named: slugs are indexed per (language, slug), and a slug alone read every article (130 ms for
        // a missing slug among 87,000).
        return find("slug = ?1 and language in ?2 and deletedAt is null order by case when language = ?3 then 0 else 1 end",
                slug, EnumSet.allOf(ArticleLanguage.class), ArticleLanguage.TH).firstResultOptional();
    }

    // Both are asked halfway through writing an article: flushing its half-written state first (the default before a
    // query) would cost a second UPDATE, and a second version, per write. Other articles of the session are flushed already.

    /** Whether another article has the slug, in the trash or not: a restored article gets its URL back. */
    public boolean slugTaken(String slug, ArticleLanguage language, UUID except) {
        return getEntityManager().createQuery("select count(a) from Article a where a.slug = ?1 and a.language = ?2 and a.id <> ?3", Long.class)
                .setParameter(1, slug).setParameter(2, language).setParameter(3, except)
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult() > 0;
    }

    /**
     * Locks and returns up to {@code limit} scheduled articles due at {@code now}, oldest first; rows another
     * transaction holds are skipped, so concurrent schedulers never publish the same article twice.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> lockDueScheduled(OffsetDateTime now, int limit) {
        return getEntityManager().createNativeQuery("SELECT id FROM articles WHERE status = 'scheduled' AND published_at <= ?1"
                        + " AND deleted_at IS NULL ORDER BY published_at, id LIMIT ?2 FOR UPDATE SKIP LOCKED")
                .setParameter(1, now).setParameter(2, limit).getResultList();
    }

    public Optional<Article> findByExternalId(String source, String externalId) {
        return getEntityManager().createQuery("from Article a where a.externalSource = ?1 and a.externalId = ?2", Article.class)
                .setParameter(1, source).setParameter(2, externalId)
                .setFlushMode(FlushModeType.COMMIT)
                // A list, not a stream: an unclosed result stream kept its statement open until the transaction ended.
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    public Page<Article> page(ArticleFilter filter, ArticleSort sort, PageRequest request, OffsetDateTime now) {
        Cursor after = Cursor.decode(request.cursor(), sort.param());
        List<Object> params = new ArrayList<>();
        List<String> where = conditions(filter, now, params);
        long total = count(String.join(" and ", where), params.toArray());

        if (after != null) {
            keyset(sort, sort.byTime() ? after.timeKey() : after.sortKey(), after.id(), where, params);
        }
        List<Article> rows = find(ordered(where, sort), params.toArray()).range(0, request.limit()).list();
        return Page.fromOverfetch(rows, total, request.limit(), a -> new Cursor(sort.param(),
                sort.byTime() ? a.sortAt.toInstant().toString() : a.titleSortKey, a.id));
    }

    /**
     * Up to {@code limit} links of the articles a filter selects, in a time sort's order, following {@code after}
     * (from the start when null): for walking every public article in keyset pages, under the same visibility
     * rules as the list, without loading bodies.
     */
    public List<ArticleLink> links(ArticleFilter filter, ArticleSort sort, ArticleLink after, int limit, OffsetDateTime now) {
        if (!sort.byTime()) {
            throw new IllegalArgumentException("Links are walked in time order, not " + sort.param());
        }
        List<Object> params = new ArrayList<>();
        List<String> where = conditions(filter, now, params);
        if (after != null) {
            keyset(sort, after.sortAt(), after.id(), where, params);
        }
        var query = getEntityManager().createQuery("select new dev.khao.article.ArticleLink(id, slug, language, section.id, title,"
                + " publishedAt, updatedAt, sortAt) from Article where " + ordered(where, sort), ArticleLink.class);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query.setMaxResults(limit).getResultList();
    }

    /**
     * Public articles by month of publication in {@code zone}, oldest month first: one aggregate instead of reading
     * every article (a sitemap index of 87,000 articles took 1.7 s walking them).
     */
    @SuppressWarnings("unchecked")
    public List<ArticleMonth> months(ZoneId zone, OffsetDateTime now) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT to_char(a.published_at AT TIME ZONE ?1, 'YYYY-MM'), count(*), sum(octet_length(a.slug)),
                       coalesce(sum(octet_length(s.slug)), 0), max(greatest(a.published_at, a.updated_at))
                FROM articles a LEFT JOIN sections s ON s.id = a.section_id
                WHERE %s
                GROUP BY 1 ORDER BY 1""".formatted(ArticleVisibility.SQL.formatted("?2")))
                .setParameter(1, zone.getId())
                .setParameter(2, now)
                .getResultList();
        return rows.stream().map(row -> new ArticleMonth(YearMonth.parse((String) row[0]), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue(), SqlTimestamps.of(row[4]))).toList();
    }

    private static void keyset(ArticleSort sort, Object key, UUID id, List<String> where, List<Object> params) {
        String cmp = sort.descending() ? "<" : ">";
        int at = add(params, key);
        add(params, id);
        // The first, redundant bound is what an index on (sort key, id) can start its scan at; PostgreSQL uses no
        // index condition inside the OR, and without it walked every row before the key (75 ms for a sitemap batch).
        where.add(sort.property() + " " + cmp + "= ?" + at + " and (" + sort.property() + " " + cmp + " ?" + at + " or ("
                + sort.property() + " = ?" + at + " and id " + cmp + " ?" + (at + 1) + "))");
    }

    private static String ordered(List<String> where, ArticleSort sort) {
        String direction = sort.descending() ? " desc" : "";
        return (where.isEmpty() ? "" : String.join(" and ", where) + " ")
                + "order by " + sort.property() + direction + ", id" + direction;
    }

    /** Those of these articles the public view shows at {@code now}. */
    public List<Article> findPublic(Collection<UUID> ids, OffsetDateTime now) {
        List<Object> params = new ArrayList<>();
        List<String> where = conditions(ArticleFilter.published(), now, params);
        where.add("id in ?" + add(params, ids));
        return list(String.join(" and ", where), params.toArray());
    }

    /**
     * Public articles whose publication time came after ({@code after}, {@code afterId}) and after their last write:
     * those that became visible by time passing, with no write announcing it. In (publishedAt, id) order.
     */
    public List<Article> becamePublic(OffsetDateTime after, UUID afterId, OffsetDateTime now, int limit) {
        List<Object> params = new ArrayList<>();
        List<String> where = conditions(ArticleFilter.published(), now, params);
        where.add("publishedAt > updatedAt");
        int from = add(params, after);
        where.add(afterId == null ? "publishedAt > ?" + from
                : "(publishedAt > ?" + from + " or (publishedAt = ?" + from + " and id > ?" + add(params, afterId) + "))");
        return find(String.join(" and ", where) + " order by publishedAt, id", params.toArray()).range(0, limit - 1).list();
    }

    private static List<String> conditions(ArticleFilter filter, OffsetDateTime now, List<Object> params) {
        List<String> where = new ArrayList<>();
        where.add("deletedAt is null");
        if (filter.statuses().isEmpty()) {
            // The JPQL form of dev.khao.common.ArticleVisibility: a scheduled article is public from its time on.
            // The statuses as literals, not parameters: PostgreSQL can then match the public articles' partial index
            // (V15) in a generic plan too.
            where.add("status in (dev.khao.article.ArticleStatus.PUBLISHED, dev.khao.article.ArticleStatus.SCHEDULED)"
                    + " and publishedAt <= ?" + add(params, now));
        } else if (!filter.statuses().containsAll(EnumSet.allOf(ArticleStatus.class))) {
            where.add("status in ?" + add(params, filter.statuses()));
        }
        // Every status (an editor's ?status=any) needs no condition, which lets the all-articles index (V17) give the
        // order: with the four statuses listed, PostgreSQL read and sorted every article (180 ms, and as much to count).
        if (filter.sectionId() != null) {
            where.add("section.id = ?" + add(params, filter.sectionId()));
        }
        if (filter.tagId() != null) {
            where.add("id in (select a.id from Article a join a.tags t where t.id = ?" + add(params, filter.tagId()) + ")");
        }
        if (filter.authorId() != null) {
            where.add("id in (select a.id from Article a join a.authors w where w.id = ?" + add(params, filter.authorId()) + ")");
        }
        if (filter.entityId() != null) {
            where.add("id in (select a.id from Article a join a.entityLinks l where l.entity.id = ?" + add(params, filter.entityId()) + ")");
        }
        if (filter.language() != null) {
            where.add("language = ?" + add(params, filter.language()));
        }
        // A public article's sort time is its publication time (it has one, or it would not be public): the same
        // bounds on sortAt let the public articles' index seek to a month instead of filtering every article.
        boolean publicOnly = filter.statuses().isEmpty();
        if (filter.publishedFrom() != null) {
            int at = add(params, filter.publishedFrom());
            where.add("publishedAt >= ?" + at + (publicOnly ? " and sortAt >= ?" + at : ""));
        }
        if (filter.publishedTo() != null) {
            int at = add(params, filter.publishedTo());
            where.add("publishedAt < ?" + at + (publicOnly ? " and sortAt < ?" + at : ""));
        }
        return where;
    }

    private static int add(List<Object> params, Object value) {
        params.add(value);
        return params.size();
    }
}
