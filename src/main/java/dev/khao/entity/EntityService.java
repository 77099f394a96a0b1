package dev.khao.entity;

import dev.khao.common.CatalogRepository;
import dev.khao.common.CatalogService;
import dev.khao.common.ContentChanged.ContentType;
import dev.khao.common.Slugs;
import dev.khao.common.paging.ListResponse;
import dev.khao.common.paging.Page;
import dev.khao.common.paging.PageRequest;
import dev.khao.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.stream.Stream;

/** Rules for named entities: slugs from the English or Thai name, type and similarity lookups, and the catalog rules. */
@ApplicationScoped
public class EntityService extends CatalogService<NamedEntity, EntityRequest, EntityResponse> {

    /** Longest name query accepted; names are at most a few hundred characters, and trigram work grows with length. */
    public static final int MAX_QUERY_LENGTH = 100;

    private static final Kind<EntityRequest> KIND = new Kind<>(ContentType.ENTITY, "entity", EntityRequest.class);

    private final EntityRepository entities;

    public EntityService(EntityRepository entities) {
        this.entities = entities;
    }

    /**
     * A page of entities, of one type when {@code type} is not null: in dictionary order, or when {@code query} is
     * not null those whose names or aliases resemble it, most similar first.
     */
    @Transactional
    public ListResponse<EntityResponse> list(PageRequest request, EntityType type, String query) {
        Page<NamedEntity> page = query == null ? entities.page(request, type) : entities.matching(checkedQuery(query), type, request);
        return respond(page);
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

    @Override
    protected Kind<EntityRequest> kind() {
        return KIND;
    }

    @Override
    protected CatalogRepository<NamedEntity> repository() {
        return entities;
    }

    @Override
    protected NamedEntity newEntity() {
        return new NamedEntity();
    }

    @Override
    protected void apply(EntityRequest request, NamedEntity entity) {
        EntityMapper.apply(request, entity);
    }

    @Override
    protected String requestedSlug(EntityRequest request) {
        return request.slug();
    }

    @Override
    protected String displayName(NamedEntity entity) {
        return entity.displayName();
    }

    /**
     * English first: Latin slugs are what other sites and search engines already use for international names;
     * an English name of only punctuation falls back to the display name.
     */
    @Override
    protected String slugSource(NamedEntity entity) {
        return Stream.of(entity.name.get(NamedEntity.ENGLISH), entity.displayName())
                .filter(name -> name != null && !Slugs.fromTitle(name).isEmpty())
                .findFirst().orElse("");
    }

    @Override
    protected EntityRequest toRequest(NamedEntity entity) {
        return EntityMapper.toRequest(entity);
    }

    @Override
    protected EntityResponse toResponse(NamedEntity entity, long articleCount) {
        return EntityMapper.toResponse(entity, articleCount);
    }
}
