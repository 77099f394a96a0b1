package dev.khao.search.query;

import dev.khao.article.ArticleFilter;
import dev.khao.article.ArticleLanguage;
import dev.khao.article.ArticleResponse;
import dev.khao.article.ArticleStatus;
import dev.khao.common.LowerCaseEnums;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;


import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The search queries: matching, ranking, keyset pages, totals and facets, all inside PostgreSQL. */
@ApplicationScoped
public class SearchRepository {

    /** Facet values per kind. */
    static final int FACET_SIZE = 10;

    private final EntityManager em;

    public SearchRepository(EntityManager em) {
        this.em = em;
    }

    /** One matched article of a page. */
    public record Hit(UUID id, double score, OffsetDateTime sortAt) {
    }

    /** One facet row: a section, tag or entity (name as stored: jsonb text for entities) with its count. */
    public record FacetRow(String kind, UUID id, String slug, String name, long count) {
    }

    /**
     * Ranking inputs: the freshness boost, the time ages are measured from, and how many of the newest matches are
     * ranked ({@code ts_rank} reads each match's whole TOASTed document, so ranking every match of a common word
     * took seconds; with the freshness boost the best scores come from recent matches anyway, and older ones stay
     * reachable with {@code sort=newest} and date filters).
     */
    public record Ranking(double freshnessWeight, double halfLifeDays, OffsetDateTime reference, int candidates) {
    }

    /** A keyset position: after this score (relevance) or time (newest), then id. */
    public record After(Double score, OffsetDateTime sortAt, UUID id) {
    }

    /** A matched article, the time it sorts by and its section (null when it has none). */
    public record Match(UUID id, OffsetDateTime sortAt, UUID sectionId) {
    }

    /**
     * The newest matches, newest first, at most {@code limit}; after {@code after} (a {@code sort=newest} keyset) when
     * given. The GIN index lists every match, and each is checked against the filters on its search row alone.
     */
    @SuppressWarnings("unchecked")
    public List<Match> newest(String tsquery, ArticleFilter filter, OffsetDateTime now, After after, int limit) {
        Sql sql = new Sql();
        StringBuilder query = new StringBuilder("SELECT s.article_id, s.sort_at, s.section_id ").append(matched(sql, tsquery, filter, now));
        if (after != null) {
            int k = sql.add(after.sortAt());
            int id = sql.add(after.id());
            query.append(" AND (s.sort_at < ?").append(k).append(" OR (s.sort_at = ?").append(k)
                    .append(" AND s.article_id < ?").append(id).append("))");
        }
        query.append(" ORDER BY s.sort_at DESC, s.article_id DESC LIMIT ?").append(sql.add(limit));
        preferIndex();
        List<Object[]> rows = sql.bind(em.createNativeQuery(query.toString())).getResultList();
        return rows.stream().map(r -> new Match((UUID) r[0], time(r[1]), (UUID) r[2])).toList();
    }

    /** What a result shows of an article, and the body text its highlights come from. */
    public record Shown(SearchResponse.ArticleSummary summary, String bodyText) {
    }

    /**
     * The articles of a page, by id. Only the columns a result shows: loading whole articles also read every
     * body's HTML, as large as its text again.
     */
    @SuppressWarnings("unchecked")
    public Map<UUID, Shown> shown(List<UUID> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                SELECT a.id, a.slug, a.language, a.title, a.subtitle, a.summary, a.section_id, s.slug AS section_slug, s.name,
                       a.status, a.published_at, a.body_text
                FROM articles a LEFT JOIN sections s ON s.id = a.section_id WHERE a.id = ANY(?1)""")
                .setParameter(1, articleIds.toArray(UUID[]::new)).getResultList();
        Map<UUID, Shown> shown = new HashMap<>();
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            SearchResponse.ArticleSummary summary = new SearchResponse.ArticleSummary(id, (String) r[1],
                    LowerCaseEnums.parse(ArticleLanguage.class, (String) r[2]).orElseThrow(), (String) r[3], (String) r[4], (String) r[5],
                    r[6] == null ? null : new ArticleResponse.SectionRef((UUID) r[6], (String) r[7], (String) r[8]),
                    LowerCaseEnums.parse(ArticleStatus.class, (String) r[9]).orElseThrow(), r[10] == null ? null : time(r[10]));
            shown.put(id, new Shown(summary, (String) r[11]));
        }
        return shown;
    }

    /** When the next scheduled article becomes public after {@code now}; null when none is scheduled. */
    public OffsetDateTime nextScheduled(OffsetDateTime now) {
        Object next = em.createNativeQuery("SELECT min(published_at) FROM articles WHERE status = 'scheduled' AND published_at > ?1 AND deleted_at IS NULL")
                .setParameter(1, now).getSingleResult();
        return next == null ? null : time(next);
    }

    /**
     * Which of these articles match the exact tsquery. Their leads are asked first for its wanted part (a lead is a part
     * of its document, positions included, and these articles already lack the excluded words); only the others have
     * their whole documents read, so this is for a page's few articles.
     */
    @SuppressWarnings("unchecked")
    public java.util.Set<UUID> matching(String exact, String exactWanted, List<UUID> articleIds) {
        if (articleIds.isEmpty()) {
            return java.util.Set.of();
        }
        List<UUID> ids = em.createNativeQuery("SELECT s.article_id FROM article_search s LEFT JOIN article_search_leads l ON l.article_id = s.article_id"
                        + " WHERE s.article_id = ANY(?1) AND (coalesce(l.lead @@ CAST(?3 AS tsquery), false) OR s.document @@ CAST(?2 AS tsquery))")
                .setParameter(1, articleIds.toArray(UUID[]::new)).setParameter(2, exact).setParameter(3, exactWanted).getResultList();
        return java.util.Set.copyOf(ids);
    }

    /**
     * Ranks {@code candidates} and answers the best {@code limit} after {@code after} (a relevance keyset), best first.
     * {@code ts_rank} reads each candidate's whole TOASTed document, which is why only a bounded number of the
     * newest matches are ranked; with the freshness boost the best scores come from recent matches anyway.
     */
    @SuppressWarnings("unchecked")
    public List<Hit> ranked(String tsquery, List<Match> candidates, Ranking ranking, After after, int limit) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        Sql sql = new Sql();
        String scored = scored(sql, tsquery, candidates, ranking);
        StringBuilder query = new StringBuilder("SELECT id, score, sort_at FROM (").append(scored).append(") m");
        if (after != null) {
            int k = sql.add(after.score());
            int id = sql.add(after.id());
            query.append(" WHERE (score < ?").append(k).append(" OR (score = ?").append(k).append(" AND id < ?").append(id).append("))");
        }
        query.append(" ORDER BY score DESC, id DESC LIMIT ?").append(sql.add(limit));
        List<Object[]> rows = sql.bind(em.createNativeQuery(query.toString())).getResultList();
        return rows.stream().map(r -> new Hit((UUID) r[0], ((Number) r[1]).doubleValue(), time(r[2]))).toList();
    }

    /** Scores exactly these matches (a page already chosen by time), in the order given. */
    @SuppressWarnings("unchecked")
    public List<Hit> scoredInOrder(String tsquery, List<Match> matches, Ranking ranking) {
        if (matches.isEmpty()) {
            return List.of();
        }
        Sql sql = new Sql();
        List<Object[]> rows = sql.bind(em.createNativeQuery(scored(sql, tsquery, matches, ranking))).getResultList();
        Map<UUID, Double> scores = new HashMap<>();
        rows.forEach(r -> scores.put((UUID) r[0], ((Number) r[1]).doubleValue()));
        return matches.stream().filter(m -> scores.containsKey(m.id())).map(m -> new Hit(m.id(), scores.get(m.id()), m.sortAt())).toList();
    }

    /** {@code SELECT id, score, sort_at} of these matches; the tsquery is parameter 1. */
    private static String scored(Sql sql, String tsquery, List<Match> matches, Ranking ranking) {
        sql.add(tsquery);
        int ids = sql.add(idList(matches));
        int weight = sql.add(ranking.freshnessWeight());
        int halfLife = sql.add(ranking.halfLifeDays());
        int reference = sql.add(ranking.reference());
        // Float arithmetic on the same inputs gives the same score on every page, so the score is a sound keyset.
        // The lead, not the whole document (see SearchDocument.Built); a document indexed before leads existed has none.
        // ts_rank, not ts_rank_cd: all words are required anyway, and cover density cost ten times as much per lead for a
        // word with dozens of compound alternatives (ดิจิทัล: 17 ms against 4 for 300 leads).
        return "SELECT s.article_id AS id, ts_rank(coalesce(l.lead, s.document), CAST(?1 AS tsquery), 1)::float8 * (1 + ?" + weight + " / (1 + greatest(0, "
                + "extract(epoch FROM (CAST(?" + reference + " AS timestamptz) - s.sort_at))::float8) / 86400.0 / ?" + halfLife + "))"
                + " AS score, s.sort_at FROM article_search s"
                + " LEFT JOIN article_search_leads l ON l.article_id = s.article_id WHERE s.article_id = ANY(" + IDS.formatted(ids) + ")";
    }

    /**
     * The top sections, tags and entities of these matches. Counted per link row from the articles' ids outwards:
     * joining from the tags inwards made PostgreSQL walk every tag's articles. Names are then looked up per counted id
     * (the {@code OFFSET 0} keeps the lookup a lateral one): a hash join read all 2,600 tags of the corpus to name 25.
     */
    @SuppressWarnings("unchecked")
    public List<FacetRow> facets(List<Match> matches) {
        if (matches.isEmpty()) {
            return List.of();
        }
        Map<UUID, Long> sections = matches.stream().filter(m -> m.sectionId() != null)
                .collect(Collectors.groupingBy(Match::sectionId, Collectors.counting()));
        String query = "SELECT * FROM (SELECT 'section', x.id, x.slug, x.name, c.n FROM unnest(CAST(?1 AS uuid[]), CAST(?2 AS bigint[])) AS c (id, n)"
                + "   JOIN sections x ON x.id = c.id AND x.deleted_at IS NULL ORDER BY c.n DESC, x.name_sort_key, x.id LIMIT ?4) f"
                + " UNION ALL SELECT * FROM (SELECT 'tag', x.id, x.slug, x.name, c.n FROM"
                + "   (SELECT tag_id, count(*) AS n FROM article_tags WHERE article_id = ANY(" + IDS.formatted(3) + ") GROUP BY tag_id) c"
                + "   CROSS JOIN LATERAL (SELECT * FROM tags t WHERE t.id = c.tag_id AND t.deleted_at IS NULL OFFSET 0) x"
                + "   ORDER BY c.n DESC, x.name_sort_key, x.id LIMIT ?4) f"
                + " UNION ALL SELECT * FROM (SELECT 'entity', x.id, x.slug, x.name::text, c.n FROM"
                + "   (SELECT entity_id, count(*) AS n FROM article_entities WHERE article_id = ANY(" + IDS.formatted(3) + ") GROUP BY entity_id) c"
                + "   CROSS JOIN LATERAL (SELECT * FROM entities e WHERE e.id = c.entity_id AND e.deleted_at IS NULL OFFSET 0) x"
                + "   ORDER BY c.n DESC, x.name_sort_key, x.id LIMIT ?4) f";
        List<UUID> sectionIds = List.copyOf(sections.keySet());
        List<Object[]> rows = em.createNativeQuery(query)
                .setParameter(1, sectionIds.toArray(UUID[]::new))
                .setParameter(2, sectionIds.stream().map(sections::get).toArray(Long[]::new))
                .setParameter(3, idList(matches))
                .setParameter(4, FACET_SIZE).getResultList();
        return rows.stream().map(r -> new FacetRow((String) r[0], (UUID) r[1], (String) r[2], (String) r[3], ((Number) r[4]).longValue())).toList();
    }

    /**
     * PostgreSQL costs {@code @@} as one cheap operator call, so for a common word it prefers reading every search
     * document in turn over the GIN index; each read decompresses a whole TOASTed document, which took seconds on the
     * full corpus where the index answers in milliseconds. Scoped to the search transaction.
     */
    private void preferIndex() {
        em.createNativeQuery("SELECT set_config('enable_seqscan', 'off', true)").getSingleResult();
    }

    /**
     * {@code FROM … WHERE …} of the search rows that match and pass the filters, with the same meaning as the
     * article list's filters; the tsquery is always parameter 1. Trashed articles have no search row, so
     * dev.khao.common.ArticleVisibility without its trash test is the visibility rule here.
     */
    private static String matched(Sql sql, String tsquery, ArticleFilter filter, OffsetDateTime now) {
        sql.add(tsquery);
        StringBuilder where = new StringBuilder("FROM article_search s WHERE s.document @@ CAST(?1 AS tsquery)");
        if (filter.statuses().isEmpty()) {
            where.append(" AND s.status IN ('published', 'scheduled') AND s.published_at <= ?").append(sql.add(now));
        } else {
            where.append(" AND s.status = ANY(?").append(sql.add(filter.statuses().stream().map(LowerCaseEnums::name).toArray(String[]::new))).append(')');
        }
        if (filter.sectionId() != null) {
            where.append(" AND s.section_id = ?").append(sql.add(filter.sectionId()));
        }
        if (filter.tagId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = s.article_id AND t.tag_id = ?").append(sql.add(filter.tagId())).append(')');
        }
        if (filter.authorId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM article_authors w WHERE w.article_id = s.article_id AND w.author_id = ?").append(sql.add(filter.authorId())).append(')');
        }
        if (filter.entityId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM article_entities e WHERE e.article_id = s.article_id AND e.entity_id = ?").append(sql.add(filter.entityId())).append(')');
        }
        if (filter.language() != null) {
            where.append(" AND s.language = ?").append(sql.add(LowerCaseEnums.name(filter.language())));
        }
        if (filter.publishedFrom() != null) {
            where.append(" AND s.published_at >= ?").append(sql.add(filter.publishedFrom()));
        }
        if (filter.publishedTo() != null) {
            where.append(" AND s.published_at < ?").append(sql.add(filter.publishedTo()));
        }
        return where.toString();
    }

    /**
     * A list of up to a thousand ids travels as one comma-separated text parameter read with {@link #IDS}: the JDBC
     * driver escapes a {@code uuid[]} parameter character by character, which was a tenth of a search's CPU.
     */
    private static final String IDS = "CAST(string_to_array(?%d, ',') AS uuid[])";

    private static String idList(List<Match> matches) {
        StringBuilder out = new StringBuilder(matches.size() * 37);
        for (Match m : matches) {
            if (!out.isEmpty()) {
                out.append(',');
            }
            out.append(m.id());
        }
        return out.toString();
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }

    /** Positional parameters, numbered as they are added; user text only ever travels as a parameter. */
    private static final class Sql {
        private final List<Object> params = new ArrayList<>();

        int add(Object value) {
            params.add(value);
            return params.size();
        }

        jakarta.persistence.Query bind(jakarta.persistence.Query query) {
            for (int i = 0; i < params.size(); i++) {
                query.setParameter(i + 1, params.get(i));
            }
            return query;
        }
    }
}
