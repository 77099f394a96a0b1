package dev.khao.section;

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

/** Rules for sections: unique slugs, dictionary order, and a change event for every write. */
@ApplicationScoped
public class SectionService {

    private final SectionRepository sections;
    private final JsonMergePatch mergePatch;
    private final Event<ContentChanged> changes;
    private final Clock clock;

    public SectionService(SectionRepository sections, JsonMergePatch mergePatch, Event<ContentChanged> changes, Clock clock) {
        this.sections = sections;
        this.mergePatch = mergePatch;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public ListResponse<SectionResponse> list(PageRequest request) {
        Page<Section> page = sections.page(request);
        Map<UUID, Long> counts = sections.publishedArticleCounts(page.items().stream().map(s -> s.id).toList());
        return page.toResponse(s -> SectionMapper.toResponse(s, counts.getOrDefault(s.id, 0L)));
    }

    @Transactional
    public SectionResponse get(UUID id) {
        return respond(find(id));
    }

    @Transactional
    public SectionResponse getBySlug(String slug) {
        return respond(sections.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("section", "slug " + slug)));
    }

    @Transactional
    public SectionResponse create(SectionRequest request) {
        Section section = new Section();
        section.id = UUID.randomUUID();
        section.createdAt = OffsetDateTime.now(clock);
        write(section, request);
        sections.persist(section);
        changes.fire(new ContentChanged(ContentType.SECTION, section.id, Change.CREATED));
        return respond(section);
    }

    @Transactional
    public SectionResponse replace(UUID id, SectionRequest request) {
        Section section = find(id);
        write(section, request);
        changes.fire(new ContentChanged(ContentType.SECTION, section.id, Change.UPDATED));
        return respond(section);
    }

    @Transactional
    public SectionResponse patch(UUID id, JsonNode patch) {
        Section section = find(id);
        return replace(id, mergePatch.applyTo(SectionMapper.toRequest(section), patch, SectionRequest.class));
    }

    @Transactional
    public void delete(UUID id) {
        Section section = find(id);
        sections.delete(section);
        changes.fire(new ContentChanged(ContentType.SECTION, id, Change.DELETED));
    }

    private void write(Section section, SectionRequest request) {
        SectionMapper.apply(request, section);
        section.slug = Slugs.forWrite(request.slug(), section.slug, section.name, "section",
                candidate -> sections.slugTaken(candidate, section.id));
        section.nameSortKey = SortKeys.of(section.name);
        section.updatedAt = OffsetDateTime.now(clock);
    }

    private Section find(UUID id) {
        Section section = sections.findById(id);
        if (section == null) {
            throw ProblemException.notFound("section", "id " + id);
        }
        return section;
    }

    private SectionResponse respond(Section section) {
        return SectionMapper.toResponse(section, sections.publishedArticleCounts(List.of(section.id)).getOrDefault(section.id, 0L));
    }
}
