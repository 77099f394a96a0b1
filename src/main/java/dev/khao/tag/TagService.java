package dev.khao.tag;

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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Rules for tags: unique slugs, dictionary order, and a change event for every write. */
@ApplicationScoped
public class TagService {

    private final TagRepository tags;
    private final JsonMergePatch mergePatch;
    private final Event<ContentChanged> changes;
    private final Clock clock;

    public TagService(TagRepository tags, JsonMergePatch mergePatch, Event<ContentChanged> changes, Clock clock) {
        this.tags = tags;
        this.mergePatch = mergePatch;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public ListResponse<TagResponse> list(PageRequest request) {
        Page<Tag> page = tags.page(request);
        Map<UUID, Long> counts = tags.publishedArticleCounts(page.items().stream().map(t -> t.id).toList());
        return page.toResponse(t -> TagMapper.toResponse(t, counts.getOrDefault(t.id, 0L)));
    }

    @Transactional
    public TagResponse get(UUID id) {
        return respond(find(id));
    }

    @Transactional
    public TagResponse getBySlug(String slug) {
        return respond(tags.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("tag", "slug " + slug)));
    }

    @Transactional
    public TagResponse create(TagRequest request) {
        Tag tag = new Tag();
        tag.id = UUID.randomUUID();
        tag.createdAt = OffsetDateTime.now(clock);
        write(tag, request);
        tags.persist(tag);
        changes.fire(new ContentChanged(ContentType.TAG, tag.id, Change.CREATED));
        return respond(tag);
    }

    @Transactional
    public TagResponse replace(UUID id, TagRequest request) {
        Tag tag = find(id);
        write(tag, request);
        changes.fire(new ContentChanged(ContentType.TAG, tag.id, Change.UPDATED));
        return respond(tag);
    }

    @Transactional
    public TagResponse patch(UUID id, JsonNode patch) {
        Tag tag = find(id);
        return replace(id, mergePatch.applyTo(TagMapper.toRequest(tag), patch, TagRequest.class));
    }

    @Transactional
    public void delete(UUID id) {
        Tag tag = find(id);
        tags.delete(tag);
        changes.fire(new ContentChanged(ContentType.TAG, id, Change.DELETED));
    }

    private void write(Tag tag, TagRequest request) {
        TagMapper.apply(request, tag);
        tag.slug = Slugs.forWrite(request.slug(), tag.slug, tag.name, "tag",
                candidate -> tags.slugTaken(candidate, tag.id));
        tag.nameSortKey = SortKeys.of(tag.name);
        tag.updatedAt = OffsetDateTime.now(clock);
    }

    private Tag find(UUID id) {
        Tag tag = tags.findById(id);
        if (tag == null) {
            throw ProblemException.notFound("tag", "id " + id);
        }
        return tag;
    }

    private TagResponse respond(Tag tag) {
        return TagMapper.toResponse(tag, tags.publishedArticleCounts(List.of(tag.id)).getOrDefault(tag.id, 0L));
    }
}
