package dev.khao.section;

/** The one place where sections cross between storage and HTTP. */
final class SectionMapper {

    private SectionMapper() {
    }

    static SectionResponse toResponse(Section section, long articleCount) {
        return new SectionResponse(section.id, section.slug, section.name, section.description, articleCount,
                section.createdAt, section.updatedAt, section.createdBy, section.updatedBy, section.version);
    }

    /** The current state in request form, the document a merge patch applies to. */
    static SectionRequest toRequest(Section section) {
        return new SectionRequest(section.slug, section.name, section.description, null);
    }

    static void apply(SectionRequest request, Section section) {
        section.name = request.name().strip();
        section.description = request.description();
    }
}
