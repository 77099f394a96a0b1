package dev.khao.search.query;

import dev.khao.article.ArticleFilter;
import dev.khao.article.ArticleLanguage;
import dev.khao.article.ArticleResponse;
import dev.khao.article.ArticleStatus;
import dev.khao.article.body.ThaiWords;
import dev.khao.common.LowerCaseEnums;
import dev.khao.common.SqlTimestamps;
import dev.khao.search.text.BodySegments;
import dev.khao.search.text.BodyStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
     * ranked (each ranking reads a match's lead; ranking every match of a common word read tens of thousands; with the
     * freshness boost the best scores come from recent matches anyway, and older ones stay reachable with
     * {@code sort=newest} and date filters).
     */
    public record Ranking(double freshnessWeight, double halfLifeDays, OffsetDateTime reference, int candidates) {
    }

    /** A keyset position: after this score (relevance) or time (newest), then id. */
    public record After(Double score, OffsetDateTime sortAt, UUID id) {
    }

    /**
     * A matched article, the time it sorts by, its section (null when it has none), tags and entities, and where its
     * lead row was when it was matched (a {@code ctid} as text; null when its search row has no pointer, see V21).
     */
    public record Match(UUID id, OffsetDateTime sortAt, UUID sectionId, List<UUID> tagIds, List<UUID> entityIds, String leadCtid) {
    }

    /**
     * The newest matches, newest first, and whether the next search for the same words and filters should read them
     * all at once ({@code atOnce}) rather than era by era (see {@link #newest}).
     */
    public record Newest(List<Match> matches, boolean atOnceNextTime) {
    }

    /**
     * What a search needs besides its matches, read by its first statement: the database snapshot as text
     * ({@code pg_current_snapshot}: which transactions had committed), and when the next scheduled article becomes
     * public after {@code now} (null when none is scheduled).
     */
    public record Started(String snapshot, OffsetDateTime nextScheduled) {
    }

    /**
     * Starts a search transaction: its planner settings (see {@link #PREFER_INDEX}), the snapshot and the next scheduled
     * time, in one statement; they were three, each a round trip with its own statement overhead in PostgreSQL. Every
     * search statement below expects these settings.
     */
    public Started start(OffsetDateTime now) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT " + PREFER_INDEX + ", CAST(pg_current_snapshot() AS text),"
                        + " (SELECT min(published_at) FROM articles WHERE status = 'scheduled' AND published_at > ?1 AND deleted_at IS NULL)")
                .setParameter(1, now).getSingleResult();
        return new Started((String) row[3], SqlTimestamps.of(row[4]));
    }

    /**
     * The newest matches, newest first, at most {@code limit}; after {@code after} (a {@code sort=newest} keyset) when
     * given. Each match is checked against the filters on its search row alone.
     * <p>
     * The GIN index lists a word's matches in no useful order, so all of them were read and sorted, 11,000 for a
     * common word with its compounds. The index is asked instead for the newest {@link #RECENT_ERAS} eras one by one
     * (see V18), newest first, stopping once {@code limit} rows are found, and only then for all older matches at once:
     * asking era by era costs a little per era, more than reading all matches of a rare word. The eras are those of
     * live articles, each found from the last by one probe of their sort-time index, so empty quarters cost nothing.
     * <p>
     * When the recent eras do not hold {@code limit} matches, that last step reads every match again, those of the
     * recent eras included (the index cannot leave them out cheaply: asking it for all older eras read their whole
     * lists), so a word with a few hundred matches had each read twice, after sixteen index scans: a sixth of the rows
     * the benchmark's searches read. Such a search is better read {@code atOnce}: every match in one index scan, the
     * newest kept. Which one a search is only shows when it has run, so the answer says which way its next run should
     * read: at once when the recent eras held fewer than {@code limit} matches, which either way of reading shows by a
     * match older than them or by fewer matches than the limit. Both ways give the same rows.
     */
    public Newest newest(String tsquery, ArticleFilter filter, OffsetDateTime now, After after, int limit, boolean atOnce) {
        Sql sql = new Sql();
        String matched = matched(sql, tsquery, filter, now);
        StringBuilder keyset = new StringBuilder();
        if (after != null) {
            int k = sql.add(after.sortAt());
            int id = sql.add(after.id());
            keyset.append(" AND (s.sort_at < ?").append(k).append(" OR (s.sort_at = ?").append(k)
                    .append(" AND s.article_id < ?").append(id).append("))");
        }
        int n = sql.add(limit);
        String newestFirst = " ORDER BY s.sort_at DESC, s.article_id DESC LIMIT ?" + n;
        String columns = "s.article_id, s.sort_at, s.section_id, s.tag_ids, s.entity_ids, s.lead_ctid";
        // No match sorts after this: the cursor, or now for the public statuses (published before now, sorted by it).
        OffsetDateTime newest = after != null ? after.sortAt() : filter.statuses().isEmpty() ? now : null;
        StringBuilder query = new StringBuilder("WITH RECURSIVE eras (era, depth) AS (SELECT search_era(max(sort_at)), 1 FROM articles WHERE deleted_at IS NULL");
        if (newest != null) {
            query.append(" AND sort_at <= ?").append(sql.add(newest));
        }
        query.append(" UNION ALL SELECT (SELECT search_era(max(a.sort_at)) FROM articles a WHERE a.deleted_at IS NULL AND a.sort_at < search_era_start(eras.era)),")
                .append(" depth + 1 FROM eras WHERE eras.era IS NOT NULL AND depth < ").append(RECENT_ERAS).append(')')
                // The id lists are sent (binary) only for the rows kept. The last column tells how the next search should read.
                .append(" SELECT m.article_id, m.sort_at, m.section_id, array_send(m.tag_ids), array_send(m.entity_ids), CAST(m.lead_ctid AS text), m.hint FROM (");
        if (atOnce) {
            query.append("SELECT ").append(columns).append(", s.sort_at < (SELECT search_era_start(min(era)) FROM eras) AS hint ")
                    .append(matched).append(keyset).append(newestFirst).append(") m");
        } else {
            query.append("SELECT m.* FROM eras CROSS JOIN LATERAL (SELECT ").append(columns).append(", false AS hint ")
                    .append(matched).append(" AND s.era = eras.era").append(keyset).append(newestFirst).append(") m")
                    .append(" UNION ALL SELECT * FROM (SELECT ").append(columns).append(", true AS hint ").append(matched)
                    .append(" AND s.sort_at < (SELECT search_era_start(min(era)) FROM eras)").append(keyset).append(newestFirst).append(") o")
                    // A nested loop over a lateral subquery runs it per era in the eras' order, and an append runs its parts
                    // in order: both stop once the outer limit is met. Eras do not overlap, so this is newest-first order.
                    .append(") m LIMIT ?").append(n);
        }
        // Read through JDBC itself: through the persistence layer, each of a thousand timestamps went through a calendar,
        // java.sql.Timestamp and Instant; in one profile, reading these rows was half of a search's application time.
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = sql.prepare(connection, query.toString()); ResultSet rows = statement.executeQuery()) {
                List<Match> matches = new ArrayList<>(limit);
                // Whether a match is older than the recent eras (era by era: it came from the older ones).
                boolean hint = false;
                while (rows.next()) {
                    matches.add(new Match(rows.getObject(1, UUID.class), rows.getObject(2, OffsetDateTime.class), rows.getObject(3, UUID.class),
                            uuids(rows.getBytes(4)), uuids(rows.getBytes(5)), rows.getString(6)));
                    hint |= rows.getBoolean(7);
                }
                // Fewer than the limit means every match was read: era by era, the older ones, all of them again.
                return new Newest(matches, hint || matches.size() < limit);
            }
        });
    }

    /**
     * Eras (quarters) a search asks the index for one by one before asking for all older matches at once: four years.
     * Two years held a thousand matches of a common word on a corpus of government press releases, but not of words
     * common a few years ago (โควิด 19, a former prime minister's name): those then read and sorted every older match,
     * 12,000 rows for the newest 600, the slowest searches of the benchmark. Over the 63 benchmark queries, asking
     * sixteen quarters visits 38% fewer search rows than eight, for 55% more (mostly short) index probes.
     */
    static final int RECENT_ERAS = 16;

    /**
     * What a result shows of an article, and what its highlights come from: the stored start of its body
     * ({@link BodyStart}), or for a search row written before those were stored (V22), the body text and its stored
     * segments (null when its search row has none).
     */
    public record Shown(SearchResponse.ArticleSummary summary, ThaiWords.Segments bodyStart, String bodyText, byte[] bodySegments) {
    }

    /**
     * The articles of a page, by id. Only the columns a result shows: loading whole articles also read every
     * body's HTML, as large as its text again. Of a body only what highlighting scans, from the search row (see
     * {@link BodyStart}); a row without it has its article's body read: {@code substr} decompresses only the start it
     * needs, but costs more than reading a short body whole, so only bodies that may be longer (in bytes) are cut.
     */
    public Map<UUID, Shown> shown(List<UUID> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        Sql sql = new Sql();
        int ids = sql.add(articleIds.stream().map(UUID::toString).collect(Collectors.joining(",")));
        int scanned = sql.add(BodySegments.SCANNED);
        String query = """
                SELECT a.id, a.slug, a.language, a.title, a.subtitle, a.summary, a.section_id, s.slug AS section_slug, s.name,
                       a.status, a.published_at, x.body_start,
                       CASE WHEN x.body_start IS NOT NULL THEN NULL WHEN octet_length(a.body_text) > ?%2$d THEN substr(a.body_text, 1, ?%2$d + 1)
                            ELSE a.body_text END,
                       CASE WHEN x.body_start IS NULL THEN x.body_segments END
                FROM articles a LEFT JOIN sections s ON s.id = a.section_id LEFT JOIN article_search x ON x.article_id = a.id
                WHERE a.id = ANY(%1$s)""".formatted(IDS.formatted(ids), scanned);
        // Read through JDBC itself: Hibernate resolved this result's types on every execution, and for the two bytea
        // columns tried to register a type and caught the exception that said it could not, twice per search.
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = sql.prepare(connection, query); ResultSet r = statement.executeQuery()) {
                Map<UUID, Shown> shown = new HashMap<>();
                while (r.next()) {
                    UUID id = r.getObject(1, UUID.class);
                    UUID section = r.getObject(7, UUID.class);
                    SearchResponse.ArticleSummary summary = new SearchResponse.ArticleSummary(id, r.getString(2),
                            LowerCaseEnums.parse(ArticleLanguage.class, r.getString(3)).orElseThrow(), r.getString(4), r.getString(5), r.getString(6),
                            section == null ? null : new ArticleResponse.SectionRef(section, r.getString(8), r.getString(9)),
                            LowerCaseEnums.parse(ArticleStatus.class, r.getString(10)).orElseThrow(), r.getObject(11, OffsetDateTime.class));
                    byte[] bodyStart = r.getBytes(12);
                    shown.put(id, new Shown(summary, bodyStart == null ? null : BodyStart.decode(bodyStart), r.getString(13), r.getBytes(14)));
                }
                return shown;
            }
        });
    }

    /**
     * Whether a content change committed after {@code snapshot} was taken, on any instance: every content change
     * writes a sync log row in its own transaction (dev.khao.sync.SyncRecorder), so a visible row of a transaction that
     * snapshot did not see as committed is one. Those are exactly the transactions from the snapshot's xmax on and
     * those it lists as in progress: the newest logged transaction and a lookup of the listed ones, both single index
     * probes. (Asking for every row from the snapshot's xmin on was planned as a scan of the whole log once the
     * statement's plan became generic: 90 ms with the 300,000 rows a corpus import logs, on every cache hit.)
     */
    public boolean changedSince(String snapshot) {
        return (Boolean) em.createNativeQuery("""
                SELECT coalesce((SELECT max(txid) FROM sync_changes) >= pg_snapshot_xmax(CAST(?1 AS pg_snapshot)), false)
                    OR EXISTS (SELECT 1 FROM sync_changes WHERE txid = ANY (ARRAY(SELECT pg_snapshot_xip(CAST(?1 AS pg_snapshot)))))""")
                .setParameter(1, snapshot).getSingleResult();
    }

    /**
     * Which of these articles match the exact tsquery. Their leads are asked first for its wanted part (a lead is a part
     * of its document, positions included, and these articles already lack the excluded words); only the others have
     * their whole documents read, so this is for a page's few articles.
     */
    @SuppressWarnings("unchecked")
    public Set<UUID> matching(String exact, String exactWanted, List<UUID> articleIds) {
        if (articleIds.isEmpty()) {
            return Set.of();
        }
        List<UUID> ids = em.createNativeQuery("SELECT s.article_id FROM article_search s LEFT JOIN article_search_leads l ON l.article_id = s.article_id"
                        + " WHERE s.article_id = ANY(?1) AND (coalesce(l.lead @@ " + QUERY.formatted(3) + ", false) OR s.document @@ " + QUERY.formatted(2) + ")")
                .setParameter(1, articleIds.toArray(UUID[]::new)).setParameter(2, exact).setParameter(3, exactWanted).getResultList();
        return Set.copyOf(ids);
    }

    /** These scored hits best first: the highest score, then the highest id (the keyset order). */
    public static List<Hit> bestFirst(List<Hit> scored) {
        List<Hit> sorted = new ArrayList<>(scored);
        sorted.sort(BEST_FIRST);
        return sorted;
    }

    /**
     * The first {@code limit} of these hits, sorted {@link #bestFirst}, after {@code after} (a relevance keyset). Only a
     * bounded number of the newest matches are scored (see {@link Ranking}); they are sorted once per search, not once
     * per batch a page reads (a tenth of a search's application time in one profile, most of it comparing).
     */
    public static List<Hit> after(List<Hit> bestFirst, After after, int limit) {
        int from = 0;
        if (after != null) {
            while (from < bestFirst.size() && !(bestFirst.get(from).score() < after.score()
                    || (bestFirst.get(from).score() == after.score() && PG_UUID_ORDER.compare(bestFirst.get(from).id(), after.id()) < 0))) {
                from++;
            }
        }
        return bestFirst.subList(from, Math.min(bestFirst.size(), from + limit));
    }

    /** Scores exactly these matches, in the order given. */
    public List<Hit> scoredInOrder(String tsquery, List<Match> matches, Ranking ranking) {
        if (matches.isEmpty()) {
            return List.of();
        }
        Map<UUID, Double> ranks = textRanks(tsquery, matches);
        List<Hit> hits = new ArrayList<>(matches.size());
        for (Match m : matches) {
            Double rank = ranks.get(m.id());
            if (rank != null) {
                hits.add(new Hit(m.id(), score(rank, m.sortAt(), ranking), m.sortAt()));
            }
        }
        return hits;
    }

    /**
     * Relevance: the text rank with the freshness boost. The same double arithmetic on the same inputs gives the same
     * score on every page, so the score is a sound keyset.
     */
    static double score(double textRank, OffsetDateTime sortAt, Ranking ranking) {
        double ageSeconds = java.time.Duration.between(sortAt, ranking.reference()).toNanos() / 1e9;
        return textRank * (1 + ranking.freshnessWeight() / (1 + Math.max(0, ageSeconds) / 86400.0 / ranking.halfLifeDays()));
    }

    /**
     * {@code ts_rank} of each match's lead (see SearchDocument.Built), or of its whole document when it has none (one
     * indexed before leads existed). Only the leads are read: the search rows themselves are not needed for a score.
     * Leads are fetched where their search rows point (V21); those not found there (moved since, or no pointer) are
     * looked up by id. A pointer that now finds another article's lead finds that article's own current lead, so it
     * is only used for that article. ts_rank, not ts_rank_cd: all words are required anyway, and cover density cost
     * ten times as much per lead for a word with dozens of compound alternatives (ดิจิทัล: 17 ms against 4 for 300 leads).
     */
    private Map<UUID, Double> textRanks(String tsquery, List<Match> matches) {
        Map<UUID, Double> ranks = new HashMap<>(matches.size() * 2);
        Set<UUID> wanted = new HashSet<>(matches.size() * 2);
        StringBuilder pointers = new StringBuilder();
        for (Match m : matches) {
            wanted.add(m.id());
            if (m.leadCtid() != null) {
                pointers.append(pointers.isEmpty() ? "" : ";").append(m.leadCtid());
            }
        }
        if (!pointers.isEmpty()) {
            Sql sql = new Sql();
            int query = sql.add(tsquery);
            int tids = sql.add(pointers.toString());
            read(sql, "SELECT l.article_id, ts_rank(l.lead, " + QUERY.formatted(query) + ", 1)::float8 FROM article_search_leads l"
                    + " WHERE l.ctid = ANY(CAST(string_to_array(?" + tids + ", ';') AS tid[]))", row -> {
                UUID id = row.getObject(1, UUID.class);
                if (wanted.contains(id)) {
                    ranks.put(id, row.getDouble(2));
                }
            });
        }
        if (ranks.size() < wanted.size()) {
            rankById(tsquery, matches, "article_search_leads", "lead", ranks);
        }
        if (ranks.size() < wanted.size()) {
            rankById(tsquery, matches, "article_search", "document", ranks);
        }
        return ranks;
    }

    /** Adds the ranks of the matches not ranked yet, of their {@code column} in {@code table}, found by id. */
    private void rankById(String tsquery, List<Match> matches, String table, String column, Map<UUID, Double> ranks) {
        List<Match> unranked = matches.stream().filter(m -> !ranks.containsKey(m.id())).toList();
        Sql sql = new Sql();
        int query = sql.add(tsquery);
        int ids = sql.add(idList(unranked));
        read(sql, "SELECT x.article_id, ts_rank(x." + column + ", " + QUERY.formatted(query) + ", 1)::float8 FROM " + table + " x"
                + " WHERE x.article_id = ANY(" + IDS.formatted(ids) + ")", row -> ranks.put(row.getObject(1, UUID.class), row.getDouble(2)));
    }

    /** PostgreSQL orders uuids by their bytes, unsigned; {@link UUID#compareTo} compares signed halves. */
    static final Comparator<UUID> PG_UUID_ORDER = (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    /**
     * Highest score first, then the highest id (the keyset order). Written out rather than chained: chained comparators
     * all share the JDK's few combinator classes, whose calls the JIT may then not inline; in one of three profiles of
     * the benchmark, sorting the 300 candidates took 8% of the application's time.
     */
    private static final Comparator<Hit> BEST_FIRST = (a, b) -> {
        int byScore = Double.compare(b.score(), a.score());
        return byScore != 0 ? byScore : PG_UUID_ORDER.compare(b.id(), a.id());
    };

    /**
     * The top sections, tags and entities of these matches, counted from the ids their search rows carry. Only the
     * values that can make a top ten (counts from the tenth's down, ties included) are named, each by its own lookup
     * (the {@code OFFSET 0} keeps it a lateral one): a hash join read all 2,600 tags of the corpus to name 25.
     */
    public List<FacetRow> facets(List<Match> matches) {
        if (matches.isEmpty()) {
            return List.of();
        }
        Map<UUID, Long> sections = new HashMap<>();
        Map<UUID, Long> tags = new HashMap<>();
        Map<UUID, Long> entities = new HashMap<>();
        for (Match m : matches) {
            if (m.sectionId() != null) {
                sections.merge(m.sectionId(), 1L, Long::sum);
            }
            for (UUID id : m.tagIds()) {
                tags.merge(id, 1L, Long::sum);
            }
            for (UUID id : m.entityIds()) {
                entities.merge(id, 1L, Long::sum);
            }
        }
        Sql sql = new Sql();
        for (Map<UUID, Long> counts : List.of(sections, tags, entities)) {
            List<Map.Entry<UUID, Long>> contenders = contenders(counts);
            StringBuilder ids = new StringBuilder(contenders.size() * 37);
            Long[] numbers = new Long[contenders.size()];
            for (int i = 0; i < numbers.length; i++) {
                ids.append(i == 0 ? "" : ",").append(contenders.get(i).getKey());
                numbers[i] = contenders.get(i).getValue();
            }
            sql.add(ids.toString());
            sql.add(numbers);
        }
        sql.add(FACET_SIZE);
        List<FacetRow> rows = new ArrayList<>();
        read(sql, FACETS, row -> rows.add(new FacetRow(row.getString(1), row.getObject(2, UUID.class), row.getString(3), row.getString(4), row.getLong(5))));
        return rows;
    }

    /** The facet values of the three kinds: each kind's ids (parameters 1, 3, 5) with their counts (2, 4, 6), the top ?7. */
    private static final String FACETS = "SELECT * FROM (" + facetQuery("section", "sections", "x.name", 1) + ") f"
            + " UNION ALL SELECT * FROM (" + facetQuery("tag", "tags", "x.name", 3) + ") f"
            + " UNION ALL SELECT * FROM (" + facetQuery("entity", "entities", "x.name::text", 5) + ") f";

    private static String facetQuery(String kind, String table, String name, int ids) {
        return "SELECT '" + kind + "', x.id, x.slug, " + name + ", c.n FROM unnest(" + IDS.formatted(ids) + ", CAST(?" + (ids + 1) + " AS bigint[])) AS c (id, n)"
                + " CROSS JOIN LATERAL (SELECT * FROM " + table + " t WHERE t.id = c.id AND t.deleted_at IS NULL OFFSET 0) x"
                + " ORDER BY c.n DESC, x.name_sort_key, x.id LIMIT ?7";
    }

    /** One row of a result, read by {@link #read}. */
    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /**
     * Runs a statement through JDBC itself, each row to {@code reader}, as the newest matches and a page are read:
     * through the persistence layer, a native query resolved its result's types on every execution and ranking's 300
     * rows went through its row processing (most of the 17% of the application's profile samples that ranking and
     * facets held; end to end, within the drift).
     */
    private void read(Sql sql, String query, RowReader reader) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = sql.prepare(connection, query); ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        });
    }

    /** The values counted at least as often as the {@link #FACET_SIZE}th most counted. */
    private static List<Map.Entry<UUID, Long>> contenders(Map<UUID, Long> counts) {
        List<Map.Entry<UUID, Long>> sorted = counts.entrySet().stream().sorted(Map.Entry.<UUID, Long>comparingByValue().reversed()).toList();
        if (sorted.size() <= FACET_SIZE) {
            return sorted;
        }
        long least = sorted.get(FACET_SIZE - 1).getValue();
        return sorted.stream().takeWhile(e -> e.getValue() >= least).toList();
    }

    /**
     * PostgreSQL costs {@code @@} as one cheap operator call, so for a common word it prefers reading every search
     * document in turn over the GIN index; each read decompresses a whole TOASTed document, which took seconds on the
     * full corpus where the index answers in milliseconds. Nor does a search start parallel workers: it is one of many
     * concurrent requests, and workers started for a common word cost more than they saved once the cores were busy.
     * Nor is a search's statement planned again for its parameters: the facet lookup's custom plans kept looking a
     * little cheaper than its generic one, so it was planned anew for every search (0.4 ms of PostgreSQL's time), to
     * the same plan. Scoped to the search transaction.
     */
    private static final String PREFER_INDEX = "set_config('enable_seqscan', 'off', true), set_config('max_parallel_workers_per_gather', '0', true),"
            + " set_config('plan_cache_mode', 'force_generic_plan', true)";

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
     * A tsquery parameter, parsed once per statement: an uncorrelated subquery is evaluated once, where the cast of a
     * parameter (plans are generic, see {@link #PREFER_INDEX}) was parsed again for every row ranked or checked, 6% of
     * PostgreSQL's time under the benchmark's load, more for a word with dozens of compound alternatives.
     */
    private static final String QUERY = "(SELECT CAST(?%d AS tsquery))";

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

    /**
     * The ids of a one-dimensional {@code uuid[]} in PostgreSQL's binary array format ({@code array_send}): dimensions,
     * a null flag, the element type and, per dimension, its length and lower bound (all 4-byte integers), then each
     * element as its length and 16 bytes. Smaller than the array as text, and read without parsing hexadecimal.
     */
    static List<UUID> uuids(byte[] array) {
        if (array == null) {
            return List.of();
        }
        ByteBuffer in = ByteBuffer.wrap(array);
        int dimensions = in.getInt();
        if (dimensions == 0) {
            return List.of();
        }
        if (dimensions != 1 || in.getInt() != 0) {
            throw new IllegalStateException("Expected a one-dimensional uuid array without nulls");
        }
        in.getInt();
        int length = in.getInt();
        in.getInt();
        List<UUID> ids = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            if (in.getInt() != 16) {
                throw new IllegalStateException("Expected 16-byte uuid elements");
            }
            ids.add(new UUID(in.getLong(), in.getLong()));
        }
        return ids;
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\?(\\d+)");

    /** Positional parameters, numbered as they are added; user text only ever travels as a parameter. */
    private static final class Sql {
        private final List<Object> params = new ArrayList<>();

        int add(Object value) {
            params.add(value);
            return params.size();
        }

        /** The statement for JDBC: each numbered placeholder becomes an anonymous one bound to that parameter's value. */
        PreparedStatement prepare(Connection connection, String sql) throws SQLException {
            Matcher placeholder = PLACEHOLDER.matcher(sql);
            StringBuilder jdbc = new StringBuilder(sql.length());
            List<Object> values = new ArrayList<>();
            while (placeholder.find()) {
                values.add(params.get(Integer.parseInt(placeholder.group(1)) - 1));
                placeholder.appendReplacement(jdbc, "?");
            }
            placeholder.appendTail(jdbc);
            PreparedStatement statement = connection.prepareStatement(jdbc.toString());
            try {
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value instanceof String[] texts) {
                        statement.setArray(i + 1, connection.createArrayOf("text", texts));
                    } else {
                        statement.setObject(i + 1, value);
                    }
                }
                return statement;
            } catch (SQLException | RuntimeException e) {
                statement.close();
                throw e;
            }
        }
    }
}
