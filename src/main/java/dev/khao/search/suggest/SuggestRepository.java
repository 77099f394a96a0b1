package dev.khao.search.suggest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Queries over {@code name_lookup}, the table of normalised names, aliases and titles (and of every word start
 * inside them) that database triggers keep in step with content; see V3__add_name_lookup_indexes.sql.
 */
@ApplicationScoped
public class SuggestRepository {

    /*
     * Prefix match as a range on a C-collated btree: [key, key || U+10FFFF) holds exactly the keys starting with
     * key. A range rather than LIKE: LIKE needs a constant pattern to use the index, and a prepared statement
     * that the server plans generically would fall back to a sequential scan.
     * Tiers: exact name, then a prefix of the whole name, then a prefix of a later word. Within a tier entities,
     * tags and sections come before articles; catalog names shorter first, articles newest first. Each thing appears
     * once, in its best tier. Catalog names are few and all collected; a short prefix matches tens of thousands of
     * title words, so titles are taken at most ?2 per part from index-only scans (V16), and later-word matches are
     * not looked at when whole-title matches already fill the page (they would all rank below them).
     */
    private static final String PREFIX_MATCHES = """
            WITH q AS (SELECT name_lookup_key(?1) AS key),
            catalog AS (
                SELECT DISTINCT ON (l.kind, l.owner_id) l.kind, l.owner_id, l.label,
                       CASE WHEN NOT l.whole THEN 2 WHEN l.key = q.key THEN 0 ELSE 1 END AS tier,
                       CASE l.kind WHEN 'entity' THEN 0 WHEN 'tag' THEN 1 ELSE 2 END AS kind_rank
                FROM q, name_lookup l
                WHERE q.key <> '' AND l.kind <> 'article' AND l.key >= q.key AND l.key < q.key || chr(1114111)
                ORDER BY l.kind, l.owner_id, tier, char_length(l.label), l.label
            ),
            titles AS (
                SELECT l.owner_id, CASE WHEN l.key = q.key THEN 0 ELSE 1 END AS tier, l.published_at
                FROM q, name_lookup l
                WHERE q.key <> '' AND l.kind = 'article' AND l.whole AND l.key >= q.key AND l.key < q.key || chr(1114111)
                  AND l.published_at <= ?3
                ORDER BY tier, l.published_at DESC, l.owner_id
                LIMIT ?2
            ),
            title_words AS (
                -- All rows of one article share its publication time, so this DISTINCT ON keeps one per article.
                SELECT DISTINCT ON (l.published_at, l.owner_id) l.owner_id, 2 AS tier, l.published_at
                FROM q, name_lookup l
                WHERE q.key <> '' AND l.kind = 'article' AND NOT l.whole AND l.key >= q.key AND l.key < q.key || chr(1114111)
                  AND l.published_at <= ?3
                  AND (SELECT count(*) FROM titles) < ?2
                  AND l.owner_id NOT IN (SELECT owner_id FROM titles)
                ORDER BY l.published_at DESC, l.owner_id
                LIMIT ?2
            ),
            hits AS (
                SELECT kind, owner_id, label, tier, kind_rank, CAST(NULL AS timestamptz) AS published_at FROM catalog
                UNION ALL SELECT 'article', owner_id, NULL, tier, 3, published_at FROM titles
                UNION ALL SELECT 'article', owner_id, NULL, tier, 3, published_at FROM title_words
            ),
            top AS (
                SELECT * FROM hits ORDER BY tier, kind_rank, char_length(label), label, published_at DESC, owner_id LIMIT ?2
            )
            SELECT top.kind, top.owner_id, coalesce(top.label, a.title), coalesce(e.slug, t.slug, s.slug, a.slug),
                   coalesce(t.name, s.name, a.title), CAST(e.name AS text), e.type, a.language
            FROM top
            LEFT JOIN entities e ON top.kind = 'entity' AND e.id = top.owner_id
            LEFT JOIN tags t ON top.kind = 'tag' AND t.id = top.owner_id
            LEFT JOIN sections s ON top.kind = 'section' AND s.id = top.owner_id
            LEFT JOIN articles a ON top.kind = 'article' AND a.id = top.owner_id
            ORDER BY top.tier, top.kind_rank, char_length(top.label), top.label, top.published_at DESC, top.owner_id""";

    /*
     * Catalog names close to the whole query or to any of its words (of three characters or more: shorter words
     * share too few trigrams to mean anything). similarity (% operator, threshold 0.3) catches misspelt short names;
     * word_similarity (<% operator, threshold 0.6) catches a misspelt word of a longer name. Both run on the partial
     * trigram index of whole catalog names. A name equal to the query or one of its words is not a correction.
     */
    private static final String SIMILAR_NAMES = """
            WITH words AS (
                SELECT DISTINCT w AS word
                FROM unnest(string_to_array(name_lookup_key(?1), ' ') || name_lookup_key(?1)) AS w
                WHERE char_length(w) >= 3
            ),
            scored AS (
                -- Ranked by whole-name similarity: a name that merely contains a correctly spelt word (word_similarity 1)
                -- is no spelling correction, and must not crowd out the name a misspelt word was meant to be.
                SELECT l.key, l.label, similarity(l.key, w.word) AS score, word_similarity(w.word, l.key) AS overlap
                FROM words w
                JOIN name_lookup l ON l.whole AND l.kind <> 'article' AND (l.key % w.word OR w.word <% l.key)
                WHERE l.key NOT IN (SELECT word FROM words)
            ),
            best AS (
                SELECT DISTINCT ON (key) key, label, score, overlap FROM scored ORDER BY key, score DESC, overlap DESC, label
            )
            SELECT label FROM best ORDER BY score DESC, overlap DESC, char_length(label), label LIMIT ?2""";

    private final EntityManager em;

    public SuggestRepository(EntityManager em) {
        this.em = em;
    }

    /** Up to {@code limit} things a prefix points to, best first, with what is needed to show them. */
    @SuppressWarnings("unchecked")
    public List<Hit> prefixMatches(String query, int limit, OffsetDateTime now) {
        List<Object[]> rows = em.createNativeQuery(PREFIX_MATCHES)
                .setParameter(1, query)
                .setParameter(2, limit)
                .setParameter(3, now)
                .getResultList();
        return rows.stream().map(row -> new Hit((String) row[0], (UUID) row[1], (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], (String) row[6], (String) row[7])).toList();
    }

    /** Names and aliases of entities, tags and sections similar to the query or its words, best first. */
    @SuppressWarnings("unchecked")
    public List<String> similarNames(String query, int max) {
        return em.createNativeQuery(SIMILAR_NAMES)
                .setParameter(1, query)
                .setParameter(2, max)
                .getResultList();
    }

    /**
     * One matched thing: its kind and id, the label that matched, its slug, the tag or section name or article
     * title, and for an entity its names as JSON and its type, for an article its language.
     */
    public record Hit(String kind, UUID id, String label, String slug, String display, String entityNames,
                      String entityType, String language) {
    }
}
