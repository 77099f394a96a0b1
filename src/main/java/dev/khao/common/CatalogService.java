package dev.khao.common;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khao.common.ContentChanged.Change;
import dev.khao.common.ContentChanged.ContentType;
import dev.khao.common.paging.ListResponse;
import dev.khao.common.paging.Page;
import dev.khao.common.paging.PageRequest;
import dev.khao.common.problem.ProblemException;
import dev.khao.concurrency.Precondition;
import dev.khao.concurrency.Preconditions;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The write and read rules sections, tags, authors and named entities share: stable unique slugs, dictionary order, article
 * counts, merge patches validated like a PUT, and a change event inside every write transaction.
 *
 * @param <E> the stored row
 * @param <Q> the request record
 * @param <R> the response record
 */
public abstract class CatalogService<E extends CatalogEntity, Q, R> {

    @Inject
    protected JsonMergePatch mergePatch;

    @Inject
    protected Event<ContentChanged> changes;

    @Inject
    protected Clock clock;

    @Inject
    protected Preconditions preconditions;

    /** What this service manages, for events and messages. */
    public record Kind<Q>(ContentType type, String noun, Class<Q> requestType) {
    }

    protected abstract Kind<Q> kind();

    protected abstract CatalogRepository<E> repository();

    protected abstract E newEntity();

    /** Copies the request's fields (all but the slug) onto the row. */
    protected abstract void apply(Q request, E entity);

    protected abstract String requestedSlug(Q request);

    /** The text the row is sorted by, and by default the one its slug is generated from. */
    protected abstract String displayName(E entity);

    /** The text a new row's slug is generated from. */
    protected String slugSource(E entity) {
        return displayName(entity);
    }

    protected abstract Q toRequest(E entity);

    protected abstract R toResponse(E entity, long articleCount);

    @Transactional
    public ListResponse<R> list(PageRequest request) {
        return respond(repository().page(request));
    }

    @Transactional
    public R get(UUID id) {
        return respond(find(id));
    }

    @Transactional
    public R getBySlug(String slug) {
        return respond(repository().findBySlug(slug).orElseThrow(() -> ProblemException.notFound(kind().noun(), "slug " + slug)));
    }

    @Transactional
    public R create(Q request) {
        E entity = newEntity();
        entity.id = UUID.randomUUID();
        write(entity, request);
        entity.createdAt = entity.updatedAt;
        repository().persist(entity);
        repository().flush();
        changes.fire(new ContentChanged(kind().type(), entity.id, Change.CREATED));
        return respond(entity);
    }

    @Transactional
    public R replace(UUID id, Q request, Precondition precondition) {
        return update(lock(id, precondition), request);
    }

    @Transactional
    public R patch(UUID id, JsonNode patch, Precondition precondition) {
        E entity = lock(id, precondition);
        return update(entity, mergePatch.applyTo(toRequest(entity), patch, kind().requestType()));
    }

    @Transactional
    public void delete(UUID id, Precondition precondition) {
        repository().delete(lock(id, precondition));
        changes.fire(new ContentChanged(kind().type(), id, Change.DELETED));
    }

    private R update(E entity, Q request) {
        write(entity, request);
        repository().flush();
        changes.fire(new ContentChanged(kind().type(), entity.id, Change.UPDATED));
        return respond(entity);
    }


    protected ListResponse<R> respond(Page<E> page) {
        Map<UUID, Long> counts = repository().publishedArticleCounts(page.items().stream().map(e -> e.id).toList());
        return page.toResponse(e -> toResponse(e, counts.getOrDefault(e.id, 0L)));
    }

    protected E find(UUID id) {
        E entity = repository().findById(id);
        if (entity == null) {
            throw ProblemException.notFound(kind().noun(), "id " + id);
        }
        return entity;
    }

    /**
     * The row a write will change, locked until the transaction ends, once the write's precondition holds for it:
     * concurrent writes to one row take turns, and each compares against the state it would overwrite.
     */
    private E lock(UUID id, Precondition precondition) {
        E entity = repository().findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (entity == null) {
            throw ProblemException.notFound(kind().noun(), "id " + id);
        }
        preconditions.check(precondition, respond(entity), entity.updatedAt, entity.version);
        return entity;
    }

    private void write(E entity, Q request) {
        apply(request, entity);
        entity.slug = Slugs.forWrite(requestedSlug(request), entity.slug, slugSource(entity), kind().noun(),
                candidate -> repository().slugTaken(candidate, entity.id));
        entity.nameSortKey = SortKeys.of(displayName(entity));
        entity.updatedAt = OffsetDateTime.now(clock);
    }

    private R respond(E entity) {
        return toResponse(entity, repository().publishedArticleCounts(List.of(entity.id)).getOrDefault(entity.id, 0L));
    }
}
