package dev.khao.tag;

/** The one place where tags cross between storage and HTTP. */
final class TagMapper {

    private TagMapper() {
    }

    static TagResponse toResponse(Tag tag, long articleCount) {
        return new TagResponse(tag.id, tag.slug, tag.name, tag.description, articleCount, tag.createdAt, tag.updatedAt, tag.createdBy, tag.updatedBy, tag.version);
    }

    /** The current state in request form, the document a merge patch applies to. */
    static TagRequest toRequest(Tag tag) {
        return new TagRequest(tag.slug, tag.name, tag.description, null);
    }

    static void apply(TagRequest request, Tag tag) {
        tag.name = request.name().strip();
        tag.description = request.description();
    }
}
