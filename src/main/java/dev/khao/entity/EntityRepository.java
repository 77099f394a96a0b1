package dev.khao.entity;

import dev.khao.common.CatalogRepository;
import dev.khao.common.paging.Cursor;
import dev.khao.common.paging.KeysetPages;
import dev.khao.common.paging.Page;
import dev.khao.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Queries over named entities. */
@ApplicationScoped
public class EntityRepository implements CatalogRepository<NamedEntity> {

    /** Sort name of similarity order; the query's hash is appended so that a cursor only continues its own query. */
    private static final String MATCH_SORT = "match-";

    @Override
    public String table() {
        return "entities";
    }

    @Override
    public String articleLinks() {
        return "SELECT entity_id, article_id FROM article_entities";
    }

    /** One page in dictionary order of display name, of one type or of all when {@code type} is null. */
    public Page<NamedEntity> page(PageRequest request, EntityType type) {
        return type == null
                ? KeysetPages.byName(this, request, null)
                : KeysetPages.byName(this, request, "type = ?1", type);
    }

    /**
     * One page of the entities whose names or aliases resemble {@code query}, most similar first, of one type or of
     * all when {@code type} is null. Similarity is pg_trgm's word_similarity between the query and the entity's
     * names (the best-matching stretch of them, so a query may be a prefix or a single word of a long name), then
     * plain similarity, so that among equal matches the entity with less else in its names comes first.
     */
    @SuppressWarnings("unchecked")
    public Page<NamedEntity> matching(String query, EntityType type, PageRequest request) {
        String sort = MATCH_SORT + Integer.toHexString(query.hashCode());
        Cursor after = Cursor.decode(request.cursor(), sort);
        // One wrong letter in a five-letter name (escep for escap) scores 0.5; the default threshold of 0.6 would miss it.
        getEntityManager().createNativeQuery("SELECT set_config('pg_trgm.word_similarity_threshold', '0.5', true)").getSingleResult();
        // <% is word_similarity over the threshold, the form the trigram index on lookup_names can answer.
        String matches = "SELECT e.id, word_similarity(name_lookup_key(:q), e.lookup_names) AS ws,"
                + " similarity(name_lookup_key(:q), e.lookup_names) AS s"
                + " FROM entities e WHERE name_lookup_key(:q) <% e.lookup_names AND e.deleted_at IS NULL" + (type == null ? "" : " AND e.type = :type");
        long total = ((Number) bind(getEntityManager().createNativeQuery("SELECT count(*) FROM (" + matches + ") m"), query, type)
                .getSingleResult()).longValue();
        String keyset = after == null ? "" : " WHERE m.ws < :ws OR (m.ws = :ws AND (m.s < :s OR (m.s = :s AND m.id > :id)))";
        Query select = bind(getEntityManager().createNativeQuery(
                "SELECT m.id, m.ws, m.s FROM (" + matches + ") m" + keyset + " ORDER BY m.ws DESC, m.s DESC, m.id LIMIT :limit"),
                query, type);
        select.setParameter("limit", request.limit() + 1);
        if (after != null) {
            bindCursor(select, after);
        }
        List<Object[]> rows = select.getResultList();
        Map<UUID, NamedEntity> found = findAllByIds(rows.stream().map(row -> (UUID) row[0]).toList());
        List<Match> ranked = new ArrayList<>();
        for (Object[] row : rows) {
            NamedEntity entity = found.get((UUID) row[0]);
            if (entity != null) {
                ranked.add(new Match(entity, ((Number) row[1]).floatValue(), ((Number) row[2]).floatValue()));
            }
        }
        // Float.toString round-trips exactly, so the next page compares against the very scores the database returned.
        Function<Match, Cursor> cursorOf = m -> new Cursor(sort, m.wordSimilarity() + "," + m.similarity(), m.entity().id);
        Page<Match> page = Page.fromOverfetch(ranked, total, request.limit(), cursorOf);
        return new Page<>(page.items().stream().map(Match::entity).toList(), page.total(), page.limit(), page.nextCursor());
    }

    private static void bindCursor(Query select, Cursor after) {
        String[] scores = after.key().split(",", -1);
        try {
            if (scores.length != 2) {
                throw new NumberFormatException("two scores expected");
            }
            select.setParameter("ws", Float.parseFloat(scores[0]))
                    .setParameter("s", Float.parseFloat(scores[1]))
                    .setParameter("id", after.id());
        } catch (NumberFormatException e) {
            throw Cursor.invalid();
        }
    }

    private static Query bind(Query query, String text, EntityType type) {
        query.setParameter("q", text);
        if (type != null) {
            query.setParameter("type", type.value());
        }
        return query;
    }

    /** An entity with the scores it was ordered by, which its cursor carries. */
    private record Match(NamedEntity entity, float wordSimilarity, float similarity) {
    }

    /** The entities with the given ids that exist, by id; ids that match nothing are simply absent. */
    public Map<UUID, NamedEntity> findAllByIds(Collection<UUID> ids) {
        Map<UUID, NamedEntity> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        list("id in ?1", List.copyOf(ids)).forEach(entity -> found.put(entity.id, entity));
        return found;
    }
}
