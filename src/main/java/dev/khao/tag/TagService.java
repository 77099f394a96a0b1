package dev.khao.tag;

import dev.khao.common.CatalogRepository;
import dev.khao.common.CatalogService;
import dev.khao.common.ContentChanged.ContentType;
import jakarta.enterprise.context.ApplicationScoped;

/** Rules for tags: those every catalog type shares (see {@link CatalogService}). */
@ApplicationScoped
public class TagService extends CatalogService<Tag, TagRequest, TagResponse> {

    private static final Kind<TagRequest> KIND = new Kind<>(ContentType.TAG, "tag", TagRequest.class);

    private final TagRepository tags;

    public TagService(TagRepository tags) {
        this.tags = tags;
    }

    @Override
    protected Kind<TagRequest> kind() {
        return KIND;
    }

    @Override
    protected CatalogRepository<Tag> repository() {
        return tags;
    }

    @Override
    protected Tag newEntity() {
        return new Tag();
    }

    @Override
    protected void apply(TagRequest request, Tag tag) {
        TagMapper.apply(request, tag);
    }

    @Override
    protected String requestedSlug(TagRequest request) {
        return request.slug();
    }

    @Override
    protected String displayName(Tag tag) {
        return tag.name;
    }

    @Override
    protected TagRequest toRequest(Tag tag) {
        return TagMapper.toRequest(tag);
    }

    @Override
    protected TagResponse toResponse(Tag tag, long articleCount) {
        return TagMapper.toResponse(tag, articleCount);
    }
}
