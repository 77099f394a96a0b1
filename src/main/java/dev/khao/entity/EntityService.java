package dev.khao.entity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khao.common.ContentChanged;
import dev.khao.common.ContentChanged.Change;
import dev.khao.common.ContentChanged.ContentType;
import dev.khao.common.JsonMergePatch;
import dev.khao.common.Slugs;
import dev.khao.common.SortKeys;
import dev.khao.common.paging.ListResponse;
import dev.khao.common.paging.Page;
import dev.khao.common.paging.PageRequest;
import dev.khao.common.problem.ProblemException;
import dev.khao.common.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/** Rules for named entities: unique slugs from the English or Thai name, dictionary order, and a change event for every write. */
@ApplicationScoped
public class EntityService {

    /** Longest name query accepted; names are at most a few hundred characters, and trigram work grows with length. */
    public static final int MAX_QUERY_LENGTH = 100;

    private final EntityRepository entities;
    private final JsonMergePatch mergePatch;
    private final Event<ContentChanged> changes;
    private final Clock clock;

    public EntityService(EntityRepository entities, JsonMergePatch mergePatch, Event<ContentChanged> changes, Clock clock) {
        this.entities = entities;
        this.mergePatch = mergePatch;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * A page of entities, of one type when {@code type} is not null: in dictionary order, or when {@code query} is
     * not null those whose names or aliases resemble it, most similar first.
     */
    @Transactional
    public ListResponse<EntityResponse> list(PageRequest request, EntityType type, String query) {
        Page<NamedEntity> page = query == null ? entities.page(request, type) : entities.matching(checkedQuery(query), type, request);
        Map<UUID, Long> counts = entities.publishedArticleCounts(page.items().stream().map(e -> e.id).toList());
        return page.toResponse(e -> EntityMapper.toResponse(e, counts.getOrDefault(e.id, 0L)));
    }

    private static String checkedQuery(String query) {
        if (query.isBlank()) {
            throw ProblemException.invalidField("q", "must not be blank");
        }
        String q = query.strip();
        if (q.codePointCount(0, q.length()) > MAX_QUERY_LENGTH) {
            throw ProblemException.invalidField("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        return q;
    }

    @Transactional
    public EntityResponse get(UUID id) {
        return respond(find(id));
    }

    @Transactional
    public EntityResponse getBySlug(String slug) {
        return respond(entities.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("entity", "slug " + slug)));
    }

    @Transactional
    public EntityResponse create(EntityRequest request) {
        NamedEntity entity = new NamedEntity();
        entity.id = UUID.randomUUID();
        entity.createdAt = OffsetDateTime.now(clock);
        write(entity, request);
        entities.persist(entity);
        changes.fire(new ContentChanged(ContentType.ENTITY, entity.id, Change.CREATED));
        return respond(entity);
    }

    @Transactional
    public EntityResponse replace(UUID id, EntityRequest request) {
        NamedEntity entity = find(id);
        write(entity, request);
        changes.fire(new ContentChanged(ContentType.ENTITY, entity.id, Change.UPDATED));
        return respond(entity);
    }

    @Transactional
    public EntityResponse patch(UUID id, JsonNode patch) {
        NamedEntity entity = find(id);
        return replace(id, mergePatch.applyTo(EntityMapper.toRequest(entity), patch, EntityRequest.class));
    }

    @Transactional
    public void delete(UUID id) {
        NamedEntity entity = find(id);
        entities.delete(entity);
        changes.fire(new ContentChanged(ContentType.ENTITY, id, Change.DELETED));
    }

    private void write(NamedEntity entity, EntityRequest request) {
        EntityMapper.apply(request, entity);
        entity.slug = slugFor(request.slug(), entity);
        entity.nameSortKey = SortKeys.of(entity.displayName());
        entity.updatedAt = OffsetDateTime.now(clock);
    }

    private String slugFor(String requested, NamedEntity entity) {
        if (requested != null) {
            if (entities.slugTaken(requested, entity.id)) {
                throw new ProblemException(ProblemType.CONFLICT, "Slug '" + requested + "' is already used by another entity");
            }
            return requested;
        }
        if (entity.slug != null) {
            // Once published, a URL should not move because a name was edited; changing it takes an explicit slug.
            return entity.slug;
        }
        // English first: Latin slugs are what other sites and search engines already use for international names;
        // an English name of only punctuation falls back to the display name.
        String base = Stream.of(entity.name.get(NamedEntity.ENGLISH), entity.displayName())
                .map(Slugs::fromTitle)
                .filter(slug -> !slug.isEmpty())
                .findFirst().orElse("");
        if (base.isEmpty()) {
            throw ProblemException.invalidField("slug", "cannot be generated from this name; send one");
        }
        return Slugs.unique(base, candidate -> entities.slugTaken(candidate, entity.id));
    }

    private NamedEntity find(UUID id) {
        NamedEntity entity = entities.findById(id);
        if (entity == null) {
            throw ProblemException.notFound("entity", "id " + id);
        }
        return entity;
    }

    private EntityResponse respond(NamedEntity entity) {
        return EntityMapper.toResponse(entity, entities.publishedArticleCounts(List.of(entity.id)).getOrDefault(entity.id, 0L));
    }
}
