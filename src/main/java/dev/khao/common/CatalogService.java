package dev.khao.common;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khao.auth.Actors;
import dev.khao.auth.Role;
import dev.khao.common.ContentChanged.Change;
import dev.khao.common.ContentChanged.ContentType;
import dev.khao.common.paging.ListResponse;
import dev.khao.common.paging.Page;
import dev.khao.common.paging.PageRequest;
import dev.khao.common.problem.ProblemException;
import dev.khao.common.problem.ProblemType;
import dev.khao.concurrency.Precondition;
import dev.khao.concurrency.Preconditions;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
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
    protected Actors actors;

    @Inject
    protected CatalogLinks links;

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

    /**
     * The representations of those of these rows a public article links to: the catalog partners see (sync, feeds).
     * Rows no public article shows are absent.
     */
    @Transactional
    public Map<UUID, R> publicView(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Long> counts = repository().publishedArticleCounts(ids, OffsetDateTime.now(clock));
        Map<UUID, R> view = new LinkedHashMap<>();
        if (!counts.isEmpty()) {
            repository().list("id in ?1 and deletedAt is null", counts.keySet()).forEach(e -> view.put(e.id, toResponse(e, counts.get(e.id))));
        }
        return view;
    }

    /** Ids, in id order after {@code after} (from the start when null), of rows a public article links to. */
    @Transactional
    public List<UUID> publiclyLinkedAfter(UUID after, int limit) {
        return repository().publiclyLinkedAfter(after, limit);
    }

    /** The kind of content this service manages. */
    public ContentType type() {
        return kind().type();
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
        entity.createdBy = entity.updatedBy;
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

    private R update(E entity, Q request) {
        write(entity, request);
        repository().flush();
        changes.fire(new ContentChanged(kind().type(), entity.id, Change.UPDATED));
        return respond(entity);
    }

    /**
     * Moves the row to the trash, or with {@code purge} (admins only) removes it for good, trashed or not, once the
     * write's precondition holds. A row articles use is a 409 naming how many, unless {@code force}: then they are
     * unlinked first (and linked again if the row is restored).
     */
    @Transactional
    public void delete(UUID id, Precondition precondition, boolean force, boolean purge) {
        if (purge && !actors.has(Role.ADMIN)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only admins may purge; editors move content to the trash");
        }
        if (force) {
            links.lockArticles(kind().type(), id);
        }
        // Waits for article writes linking the row to commit, so the count below sees their links.
        repository().lockForTrashing(id);
        E entity = lock(id, precondition, purge);
        long used = links.countArticles(kind().type(), id);
        if (used > 0 && !force) {
            throw new ProblemException(ProblemType.CONFLICT, "The " + kind().noun() + " '" + displayName(entity) + "' is used by "
                    + used + (used == 1 ? " article" : " articles") + "; send force=true to unlink " + (used == 1 ? "it" : "them"));
        }
        if (used > 0) {
            links.unlink(kind().type(), id, actors.name(), !purge);
        }
        if (purge) {
            purge(id);
            return;
        }
        entity.deletedAt = OffsetDateTime.now(clock);
        entity.deletedBy = actors.name();
        repository().flush();
        changes.fire(new ContentChanged(kind().type(), id, Change.DELETED));
    }

    /** Brings the row back from the trash, linked again to the articles its trashing unlinked. */
    @Transactional
    public R restore(UUID id) {
        E entity = findIncludingTrash(id);
        if (entity.deletedAt == null) {
            throw new ProblemException(ProblemType.CONFLICT, "The " + kind().noun() + " " + id + " is not in the trash");
        }
        entity.deletedAt = null;
        entity.deletedBy = null;
        entity.updatedAt = OffsetDateTime.now(clock);
        entity.updatedBy = actors.name();
        repository().flush();
        changes.fire(new ContentChanged(kind().type(), id, Change.RESTORED));
        links.relink(kind().type(), id, actors.name());
        return respond(entity);
    }

    /** Removes a row for good (the trash's retention or an explicit purge); articles still linked lose the link. */
    @Transactional
    public void purge(UUID id) {
        E entity = repository().findById(id);
        if (entity == null) {
            return;
        }
        links.forget(kind().type(), id);
        repository().delete(entity);
        repository().flush();
        changes.fire(new ContentChanged(kind().type(), id, Change.PURGED));
    }

    protected ListResponse<R> respond(Page<E> page) {
        Map<UUID, Long> counts = repository().publishedArticleCounts(page.items().stream().map(e -> e.id).toList(), OffsetDateTime.now(clock));
        return page.toResponse(e -> toResponse(e, counts.getOrDefault(e.id, 0L)));
    }

    /** The row, unless it does not exist or is in the trash (both 404: trashed content is only seen through the trash). */
    protected E find(UUID id) {
        E entity = findIncludingTrash(id);
        if (entity.deletedAt != null) {
            throw new ProblemException(ProblemType.NOT_FOUND, "The " + kind().noun() + " " + id + " is in the trash");
        }
        return entity;
    }

    private E findIncludingTrash(UUID id) {
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
        return lock(id, precondition, false);
    }

    /** As {@link #lock(UUID, Precondition)}; with {@code includingTrash}, a trashed row is locked too rather than a 404. */
    private E lock(UUID id, Precondition precondition, boolean includingTrash) {
        E entity = repository().findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (entity == null) {
            throw ProblemException.notFound(kind().noun(), "id " + id);
        }
        if (entity.deletedAt != null && !includingTrash) {
            throw new ProblemException(ProblemType.NOT_FOUND, "The " + kind().noun() + " " + id + " is in the trash");
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
        entity.updatedBy = actors.name();
    }

    private R respond(E entity) {
        return toResponse(entity, repository().publishedArticleCounts(List.of(entity.id), OffsetDateTime.now(clock)).getOrDefault(entity.id, 0L));
    }
}
