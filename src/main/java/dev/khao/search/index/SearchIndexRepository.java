package dev.khao.search.index;

import dev.khao.common.ContentChanged.ContentType;
import dev.khao.common.SqlTimestamps;
import dev.khao.search.text.Terms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/** Native SQL over the search documents and the content they are built from. */
@ApplicationScoped
public class SearchIndexRepository {

    private static final java.util.Base64.Encoder BASE64 = java.util.Base64.getEncoder();

    private final EntityManager em;

    public SearchIndexRepository(EntityManager em) {
        this.em = em;
    }

    /** The indexable content of the given articles that exist and are not in the trash, in id order. */
    @SuppressWarnings("unchecked")
    public List<IndexedArticle> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID[] idArray = ids.toArray(UUID[]::new);
        List<Object[]> rows = em.createNativeQuery("""
                SELECT a.id, a.title, a.subtitle, a.summary, a.body_text, a.section_id, s.name, a.sort_at
                FROM articles a LEFT JOIN sections s ON s.id = a.section_id
                WHERE a.id = ANY(?1) AND a.deleted_at IS NULL ORDER BY a.id""").setParameter(1, idArray).getResultList();
        Map<UUID, List<IndexedArticle.Named>> tags = new LinkedHashMap<>();
        ((List<Object[]>) em.createNativeQuery("""
                SELECT at.article_id, t.id, t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id
                WHERE at.article_id = ANY(?1) ORDER BY at.article_id, at.position""").setParameter(1, idArray).getResultList())
                .forEach(r -> tags.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new IndexedArticle.Named((UUID) r[1], (String) r[2])));
        Map<UUID, Map<UUID, List<String>>> entities = new LinkedHashMap<>();
        ((List<Object[]>) em.createNativeQuery("""
                SELECT ae.article_id, e.id, n.name FROM article_entities ae JOIN entities e ON e.id = ae.entity_id
                CROSS JOIN LATERAL (SELECT value AS name, 0 AS kind, key AS k FROM jsonb_each_text(e.name)
                                    UNION ALL SELECT alias, 1, lpad(i::text, 6, '0') FROM unnest(e.aliases) WITH ORDINALITY AS x(alias, i)) n
                WHERE ae.article_id = ANY(?1) ORDER BY ae.article_id, ae.position, n.kind, n.k""").setParameter(1, idArray).getResultList())
                .forEach(r -> entities.computeIfAbsent((UUID) r[0], k -> new LinkedHashMap<>())
                        .computeIfAbsent((UUID) r[1], k -> new ArrayList<>()).add((String) r[2]));
        List<IndexedArticle> articles = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            List<Terms.EntityNames> linked = entities.getOrDefault(id, Map.of()).entrySet().stream()
                    .map(e -> new Terms.EntityNames(e.getKey(), e.getValue())).toList();
            articles.add(new IndexedArticle(id, SqlTimestamps.of(r[7]), (String) r[1], (String) r[2], (String) r[3], (String) r[4], (UUID) r[5],
                    (String) r[6], tags.getOrDefault(id, List.of()), linked));
        }
        return articles;
    }

    /**
     * Locks the existing documents of these articles, in id order, before their content is read: a writer that
     * re-indexed one of them first is waited for, so an older reading never overwrites a newer document.
     */
    public void lockDocuments(List<UUID> ids) {
        if (!ids.isEmpty()) {
            em.createNativeQuery("SELECT article_id FROM article_search WHERE article_id = ANY(?1) ORDER BY article_id FOR UPDATE")
                    .setParameter(1, ids.toArray(UUID[]::new)).getResultList();
        }
    }

    /** Removes the documents of these articles (those in the trash). */
    public void delete(List<UUID> ids) {
        if (!ids.isEmpty()) {
            em.createNativeQuery("DELETE FROM article_search WHERE article_id = ANY(?1)").setParameter(1, ids.toArray(UUID[]::new)).executeUpdate();
        }
    }

    /**
     * Writes the documents of these articles (documents in the same order) with what searches filter, sort and facet
     * them by, copied from the articles and their links as they are now in this transaction, in one statement.
     */
    public void upsert(List<UUID> articles, List<SearchDocument.Built> documents) {
        if (articles.isEmpty()) {
            return;
        }
        // The lead is written first, so the search row can point at it (see V21); its reference to the search row is
        // checked at the end of the statement, when both are written.
        em.createNativeQuery("""
                WITH d AS (SELECT * FROM unnest(CAST(?1 AS uuid[]), CAST(?2 AS text[]), CAST(?3 AS text[]), CAST(?4 AS text[]))
                           AS d (article_id, document, lead, body_start)),
                leads AS (
                    INSERT INTO article_search_leads (article_id, lead)
                    SELECT d.article_id, CAST(d.lead AS tsvector) FROM d JOIN articles a ON a.id = d.article_id
                    ON CONFLICT (article_id) DO UPDATE SET lead = excluded.lead
                    RETURNING article_id, ctid)
                INSERT INTO article_search (article_id, document, body_start, status, published_at, sort_at, era, section_id, language,
                                            tag_ids, entity_ids, lead_ctid)
                SELECT d.article_id, CAST(d.document AS tsvector), decode(d.body_start, 'base64'), a.status, a.published_at, a.sort_at,
                       search_era(a.sort_at), a.section_id,
                       a.language,
                       ARRAY(SELECT t.tag_id FROM article_tags t WHERE t.article_id = a.id ORDER BY t.position),
                       ARRAY(SELECT e.entity_id FROM article_entities e WHERE e.article_id = a.id ORDER BY e.position),
                       l.ctid
                FROM d JOIN articles a ON a.id = d.article_id JOIN leads l ON l.article_id = d.article_id
                ON CONFLICT (article_id) DO UPDATE SET document = excluded.document, body_start = excluded.body_start, body_segments = NULL, status = excluded.status,
                    published_at = excluded.published_at, sort_at = excluded.sort_at, era = excluded.era, section_id = excluded.section_id,
                    language = excluded.language, tag_ids = excluded.tag_ids, entity_ids = excluded.entity_ids, lead_ctid = excluded.lead_ctid""")
                .setParameter(1, articles.toArray(UUID[]::new))
                .setParameter(2, documents.stream().map(SearchDocument.Built::document).toArray(String[]::new))
                .setParameter(3, documents.stream().map(SearchDocument.Built::lead).toArray(String[]::new))
                // Base64 text: a bytea[] parameter is not bound portably through the persistence layer.
                .setParameter(4, documents.stream().map(d -> d.bodyStart() == null ? null : BASE64.encodeToString(d.bodyStart()))
                        .toArray(String[]::new)).executeUpdate();
    }

    /**
     * Articles whose document includes a section, tag or entity: those linked now, and those whose document still
     * carries its marker (links are gone once a deletion is flushed). Sorted, the order documents are locked in.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> articlesMentioning(ContentType type, UUID id) {
        String linked;
        String marker;
        switch (type) {
            case SECTION -> {
                linked = "SELECT id FROM articles WHERE section_id = ?1";
                marker = SearchDocument.sectionMarker(id);
            }
            case TAG -> {
                linked = "SELECT article_id FROM article_tags WHERE tag_id = ?1";
                marker = SearchDocument.tagMarker(id);
            }
            case ENTITY -> {
                linked = "SELECT article_id FROM article_entities WHERE entity_id = ?1";
                marker = SearchDocument.entityMarker(id);
            }
            default -> {
                return List.of();
            }
        }
        List<UUID> ids = em.createNativeQuery(linked + " UNION SELECT article_id FROM article_search WHERE document @@ CAST(?2 AS tsquery)")
                .setParameter(1, id).setParameter(2, SearchDocument.quote(marker, new StringBuilder()).toString())
                .getResultList();
        return List.copyOf(new TreeSet<>(ids));
    }

    /** Up to {@code limit} article ids after {@code after} (all from the start when null), in id order. */
    @SuppressWarnings("unchecked")
    public List<UUID> articleIdsAfter(UUID after, int limit) {
        return after == null
                ? em.createNativeQuery("SELECT id FROM articles ORDER BY id LIMIT ?1").setParameter(1, limit).getResultList()
                : em.createNativeQuery("SELECT id FROM articles WHERE id > ?1 ORDER BY id LIMIT ?2")
                .setParameter(1, after).setParameter(2, limit).getResultList();
    }

    public long countArticles() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM articles").getSingleResult()).longValue();
    }

    /** Every tag and section name, but those in the trash. */
    @SuppressWarnings("unchecked")
    public List<String> catalogNames() {
        return em.createNativeQuery("SELECT name FROM tags WHERE deleted_at IS NULL UNION SELECT name FROM sections WHERE deleted_at IS NULL")
                .getResultList();
    }

    /** Every entity not in the trash with all its names and aliases. */
    @SuppressWarnings("unchecked")
    public List<Terms.EntityNames> entityNames() {
        Map<UUID, List<String>> names = new LinkedHashMap<>();
        ((List<Object[]>) em.createNativeQuery("""
                SELECT e.id, n.value FROM entities e CROSS JOIN LATERAL jsonb_each_text(e.name) n WHERE e.deleted_at IS NULL
                UNION ALL SELECT e.id, unnest(e.aliases) FROM entities e WHERE e.deleted_at IS NULL""").getResultList())
                .forEach(r -> names.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add((String) r[1]));
        return names.entrySet().stream().map(e -> new Terms.EntityNames(e.getKey(), e.getValue())).toList();
    }
}
