package dev.khao.section;

import dev.khao.common.CatalogRepository;
import dev.khao.common.CatalogService;
import dev.khao.common.ContentChanged.ContentType;
import jakarta.enterprise.context.ApplicationScoped;

/** Rules for sections: those every catalog type shares (see {@link CatalogService}). */
@ApplicationScoped
public class SectionService extends CatalogService<Section, SectionRequest, SectionResponse> {

    private static final Kind<SectionRequest> KIND = new Kind<>(ContentType.SECTION, "section", SectionRequest.class);

    private final SectionRepository sections;

    public SectionService(SectionRepository sections) {
        this.sections = sections;
    }

    @Override
    protected Kind<SectionRequest> kind() {
        return KIND;
    }

    @Override
    protected CatalogRepository<Section> repository() {
        return sections;
    }

    @Override
    protected Section newEntity() {
        return new Section();
    }

    @Override
    protected void apply(SectionRequest request, Section section) {
        SectionMapper.apply(request, section);
    }

    @Override
    protected String requestedSlug(SectionRequest request) {
        return request.slug();
    }

    @Override
    protected String displayName(Section section) {
        return section.name;
    }

    @Override
    protected SectionRequest toRequest(Section section) {
        return SectionMapper.toRequest(section);
    }

    @Override
    protected SectionResponse toResponse(Section section, long articleCount) {
        return SectionMapper.toResponse(section, articleCount);
    }
}
