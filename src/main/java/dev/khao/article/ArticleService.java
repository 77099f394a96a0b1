package dev.khao.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.khao.article.ArticleRequest.EntityLinkRequest;
import dev.khao.article.ArticleRequest.RelatedRequest;
import dev.khao.author.Author;
import dev.khao.author.AuthorRepository;
import dev.khao.article.body.ArticleBody;
import dev.khao.article.body.ThaiWords;
import dev.khao.common.ContentChanged;
import dev.khao.common.ContentChanged.Change;
import dev.khao.common.ContentChanged.ContentType;
import dev.khao.common.JsonMergePatch;
import dev.khao.common.Slugs;
import dev.khao.common.SortKeys;
import dev.khao.common.paging.ListResponse;
import dev.khao.common.paging.PageRequest;
import dev.khao.common.problem.Problem.FieldError;
import dev.khao.common.problem.ProblemException;
import dev.khao.common.problem.ProblemType;
import dev.khao.concurrency.Precondition;
import dev.khao.concurrency.Preconditions;
import dev.khao.entity.EntityRepository;
import dev.khao.entity.NamedEntity;
import dev.khao.section.Section;
import dev.khao.section.SectionRepository;
import dev.khao.tag.Tag;
import dev.khao.tag.TagRepository;
import org.hibernate.SessionCheckMode;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Rules for articles: body sanitising and counting, slugs, references that must exist, publication times. */
@ApplicationScoped
public class ArticleService {

    private final ArticleRepository articles;
    private final SectionRepository sections;
    private final TagRepository tags;
    private final AuthorRepository authors;
    private final EntityRepository entities;
    private final JsonMergePatch mergePatch;
    private final Event<ContentChanged> changes;
    private final Clock clock;
    private final Preconditions preconditions;

    public ArticleService(ArticleRepository articles, SectionRepository sections, TagRepository tags, AuthorRepository authors,
                          EntityRepository entities, JsonMergePatch mergePatch, Event<ContentChanged> changes, Clock clock,
                          Preconditions preconditions) {
        this.articles = articles;
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
        this.entities = entities;
        this.mergePatch = mergePatch;
        this.changes = changes;
        this.clock = clock;
        this.preconditions = preconditions;
    }

    @Transactional
    public ListResponse<ArticleResponse> list(ArticleFilter filter, ArticleSort sort, PageRequest request) {
        return articles.page(filter, sort, request, OffsetDateTime.now(clock)).toResponse(ArticleMapper::toResponse);
    }

    @Transactional
    public ArticleResponse get(UUID id) {
        return ArticleMapper.toResponse(find(id));
    }

    @Transactional
    public ArticleResponse getBySlug(String slug, ArticleLanguage language) {
        return ArticleMapper.toResponse(articles.findBySlug(slug, language)
                .orElseThrow(() -> ProblemException.notFound("article", "slug " + slug)));
    }

    @Transactional
    public ArticleResponse create(ArticleRequest request) {
        return ArticleMapper.toResponse(insert(request));
    }

    @Transactional
    public ArticleResponse replace(UUID id, ArticleRequest request, Precondition precondition) {
        return ArticleMapper.toResponse(update(lock(id, precondition), request));
    }

    /**
     * Writes the content of an earlier representation (a revision's snapshot) over the article, keeping what is its
     * identity and lifecycle now: slug, language, status, publication time and external key.
     */
    @Transactional
    public ArticleResponse replaceContent(UUID id, ArticleResponse earlier, Precondition precondition) {
        Article article = lock(id, precondition);
        return ArticleMapper.toResponse(update(article, ArticleMapper.contentOf(earlier, article)));
    }

    /** The article as clients see it now, trashed or not, within the calling write; empty once it is deleted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ArticleResponse> snapshot(UUID id) {
        return Optional.ofNullable(articles.findById(id)).map(ArticleMapper::toResponse);
    }

    /**
     * Creates the article that the request's external key (externalSource, externalId) names, or replaces it when
     * one exists: the write of imports and feeds, under the same rules and with the same events as create and replace.
     */
    @Transactional
    public Upserted upsertByExternalKey(ArticleRequest request) {
        if (request.externalSource() == null || request.externalId() == null) {
            throw ProblemException.invalidField("externalId", "and externalSource are required to upsert by external key");
        }
        Optional<Article> existing = articles.findByExternalId(request.externalSource(), request.externalId());
        if (existing.isPresent()) {
            return new Upserted(update(existing.get(), request).id, false);
        }
        Article article = newArticle();
        // Just looked up and free: the key is the article's already, which spares write() checking it again.
        article.externalSource = request.externalSource();
        article.externalId = request.externalId();
        return new Upserted(insert(article, request).id, true);
    }

    /** What an upsert did: the article's id, and whether it was created rather than replaced. */
    public record Upserted(UUID id, boolean created) {
    }

    @Transactional
    public ArticleResponse patch(UUID id, JsonNode patch, Precondition precondition) {
        Article article = lock(id, precondition);
        ArticleRequest current = ArticleMapper.toRequest(article);
        if (patch instanceof ObjectNode object && object.hasNonNull("bodyText") && !object.has("bodyHtml")) {
            // The stored body is HTML; a patch that sends text replaces it rather than conflicting with it.
            object.putNull("bodyHtml");
        }
        return ArticleMapper.toResponse(update(article, mergePatch.applyTo(current, patch, ArticleRequest.class)));
    }

    @Transactional
    public void delete(UUID id, Precondition precondition) {
        articles.delete(lock(id, precondition));
        changes.fire(new ContentChanged(ContentType.ARTICLE, id, Change.DELETED));
    }

    @Transactional
    public ArticleFilter resolveFilter(ArticleFilter filter, String section, String tag, String author, String entity) {
        return new ArticleFilter(
                resolve(section, "section", s -> sections.findBySlug(s).map(x -> x.id)),
                resolve(tag, "tag", s -> tags.findBySlug(s).map(x -> x.id)),
                resolve(author, "author", s -> authors.findBySlug(s).map(x -> x.id)),
                resolve(entity, "entity", s -> entities.findBySlug(s).map(x -> x.id)),
                filter.language(), filter.statuses(), filter.publishedFrom(), filter.publishedTo());
    }

    /** Lists an entity's articles; the entity itself must exist. */
    @Transactional
    public ListResponse<ArticleResponse> listForEntity(UUID entityId, ArticleFilter filter, ArticleSort sort, PageRequest request) {
        if (entities.findById(entityId) == null) {
            throw ProblemException.notFound("entity", "id " + entityId);
        }
        return list(filter.withEntity(entityId), sort, request);
    }

    private Article newArticle() {
        Article article = new Article();
        article.id = UUID.randomUUID();
        return article;
    }

    private Article insert(ArticleRequest request) {
        return insert(newArticle(), request);
    }

    private Article insert(Article article, ArticleRequest request) {
        write(article, request);
        article.createdAt = article.updatedAt;
        articles.persist(article);
        articles.flush();
        changes.fire(new ContentChanged(ContentType.ARTICLE, article.id, Change.CREATED));
        return article;
    }

    private Article update(Article article, ArticleRequest request) {
        write(article, request);
        articles.flush();
        changes.fire(new ContentChanged(ContentType.ARTICLE, article.id, Change.UPDATED));
        return article;
    }

    private void write(Article article, ArticleRequest request) {
        if (request.bodyHtml() != null && request.bodyText() != null) {
            throw new ProblemException(ProblemType.VALIDATION, "Send the body as bodyHtml or as bodyText, not both",
                    List.of(new FieldError("bodyText", "cannot be sent together with bodyHtml")));
        }
        List<FieldError> missing = new ArrayList<>();
        ArticleBody body = request.bodyHtml() != null ? ArticleBody.fromHtml(request.bodyHtml())
                : request.bodyText() != null ? ArticleBody.fromText(request.bodyText()) : ArticleBody.fromText("");
        article.bodyHtml = body.html();
        article.bodyText = body.text();
        article.wordCount = ThaiWords.count(body.text());
        article.readingTimeMinutes = ThaiWords.readingTimeMinutes(article.wordCount);

        article.title = request.title().strip();
        article.subtitle = blankToNull(request.subtitle());
        article.summary = blankToNull(request.summary());
        article.language = Objects.requireNonNullElse(request.language(), ArticleLanguage.TH);
        article.slug = slugFor(request.slug(), article);
        article.titleSortKey = SortKeys.of(article.title);
        article.cover = ArticleMapper.toCover(request.coverImage());
        article.canonicalUrl = request.canonicalUrl();
        article.sourceUrl = request.sourceUrl();
        writeExternalKey(article, request);
        writeStatus(article, request);

        article.section = request.sectionId() == null ? null
                : lookup(List.of(request.sectionId()), sections, Section.class, s -> s.id, "sectionId", "section", missing, false).stream().findFirst().orElse(null);
        article.tags = new ArrayList<>(lookup(request.tagIds(), tags, Tag.class, t -> t.id, "tagIds", "tag", missing, true));
        article.authors = new ArrayList<>(lookup(request.authorIds(), authors, Author.class, w -> w.id, "authorIds", "author", missing, true));
        article.entityLinks = new ArrayList<>(entityLinks(request.entities(), missing));
        article.related = new ArrayList<>(relatedLinks(article, request.related(), missing));
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE,
                    missing.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")), missing);
        }
        article.updatedAt = OffsetDateTime.now(clock);
    }

    private void writeStatus(Article article, ArticleRequest request) {
        article.status = Objects.requireNonNullElse(request.status(), ArticleStatus.DRAFT);
        article.publishedAt = request.publishedAt();
        if (article.status == ArticleStatus.PUBLISHED && article.publishedAt == null) {
            article.publishedAt = OffsetDateTime.now(clock);
        }
        if (article.status == ArticleStatus.SCHEDULED && article.publishedAt == null) {
            throw ProblemException.invalidField("publishedAt", "is required to schedule an article");
        }
    }

    private void writeExternalKey(Article article, ArticleRequest request) {
        if (request.externalId() != null && request.externalSource() == null) {
            throw ProblemException.invalidField("externalSource", "is required with externalId");
        }
        // An article keeping its key cannot conflict: the key is unique among articles.
        boolean unchanged = Objects.equals(article.externalSource, request.externalSource()) && Objects.equals(article.externalId, request.externalId());
        article.externalSource = request.externalSource();
        article.externalId = request.externalId();
        if (article.externalId != null && !unchanged) {
            articles.findByExternalId(article.externalSource, article.externalId)
                    .filter(other -> !other.id.equals(article.id))
                    .ifPresent(other -> {
                        throw new ProblemException(ProblemType.CONFLICT, "Article " + other.id + " already has externalId '"
                                + article.externalId + "' from source '" + article.externalSource + "'");
                    });
        }
    }

    private String slugFor(String requested, Article article) {
        Predicate<String> taken = candidate -> articles.slugTaken(candidate, article.language, article.id);
        // A language change can move the article onto a slug its new language already uses.
        String current = article.slug != null && !taken.test(article.slug) ? article.slug : null;
        return Slugs.forWrite(requested, current, article.title, article.language + " article", taken);
    }

    private List<EntityLink> entityLinks(List<EntityLinkRequest> requested, List<FieldError> missing) {
        if (requested == null) {
            return List.of();
        }
        List<EntityLinkRequest> unique = requested.stream()
                .collect(Collectors.toMap(EntityLinkRequest::id, r -> r, (first, again) -> first, java.util.LinkedHashMap::new))
                .values().stream().toList();
        List<NamedEntity> found = lookup(unique.stream().map(EntityLinkRequest::id).toList(), entities, NamedEntity.class, e -> e.id, "entities", "entity", missing, true);
        Map<UUID, NamedEntity> byId = found.stream().collect(Collectors.toMap(e -> e.id, e -> e));
        return unique.stream().filter(r -> byId.containsKey(r.id()))
                .map(r -> new EntityLink(byId.get(r.id()), Objects.requireNonNullElse(r.role(), EntityRole.MENTIONED)))
                .toList();
    }

    private List<RelatedLink> relatedLinks(Article article, List<RelatedRequest> requested, List<FieldError> missing) {
        List<RelatedLink> links = new ArrayList<>();
        if (requested == null) {
            return links;
        }
        for (int i = 0; i < requested.size(); i++) {
            RelatedRequest r = requested.get(i);
            String field = "related[" + i + "]";
            boolean hasHeadline = r.headline() != null && !r.headline().isBlank();
            if ((r.articleId() == null) == !hasHeadline) {
                throw ProblemException.invalidField(field, "must have either articleId or headline");
            }
            if (r.articleId() != null && r.url() != null) {
                throw ProblemException.invalidField(field + ".url", "only goes with an external headline");
            }
            if (r.articleId() == null) {
                links.add(RelatedLink.external(r.headline().strip(), r.url()));
            } else if (r.articleId().equals(article.id)) {
                throw ProblemException.invalidField(field + ".articleId", "cannot be the article itself");
            } else {
                Article target = articles.findById(r.articleId());
                if (target == null) {
                    missing.add(new FieldError(field + ".articleId", "no article with id " + r.articleId()));
                } else {
                    links.add(RelatedLink.toArticle(target));
                }
            }
        }
        return links;
    }

    /**
     * Loads referenced rows in the order given, dropping repeats; ids that do not exist are added to
     * {@code missing} as {@code field[i]} errors so one response lists every bad reference.
     */
    private static <T> List<T> lookup(List<UUID> ids, PanacheRepositoryBase<T, UUID> repository, Class<T> type, Function<T, UUID> idOf,
                                      String field, String what, List<FieldError> missing, boolean indexed) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<UUID> distinct = List.copyOf(new LinkedHashSet<>(ids));
        // Rows the session already holds are not read again: bulk writes (imports) name the same few sections and tags over and over.
        Map<UUID, T> found = repository.getSession().findMultiple(type, distinct, SessionCheckMode.ENABLED).stream()
                .filter(Objects::nonNull).collect(Collectors.toMap(idOf, t -> t));
        for (int i = 0; i < ids.size(); i++) {
            if (!found.containsKey(ids.get(i))) {
                missing.add(new FieldError(indexed ? field + "[" + i + "]" : field, "no " + what + " with id " + ids.get(i)));
            }
        }
        return distinct.stream().filter(found::containsKey).map(found::get).toList();
    }

    /** A filter value is an id or a slug, so frontends can filter by what is in their URLs. */
    private static UUID resolve(String idOrSlug, String what, Function<String, Optional<UUID>> bySlug) {
        if (idOrSlug == null || idOrSlug.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(idOrSlug);
        } catch (IllegalArgumentException notAnId) {
            String message = "no " + what + " with slug '" + idOrSlug + "'";
            return bySlug.apply(idOrSlug).orElseThrow(() -> new ProblemException(ProblemType.BAD_PARAMETER,
                    what + ": " + message, List.of(new FieldError(what, message))));
        }
    }

    private Article find(UUID id) {
        Article article = articles.findById(id);
        if (article == null) {
            throw ProblemException.notFound("article", "id " + id);
        }
        return article;
    }

    /**
     * The article a write will change, locked until the transaction ends, once the write's precondition holds for
     * it: concurrent writes take turns, each compares against the state it overwrites, and none is lost.
     */
    private Article lock(UUID id, Precondition precondition) {
        Article article = articles.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (article == null) {
            throw ProblemException.notFound("article", "id " + id);
        }
        preconditions.check(precondition, ArticleMapper.toResponse(article), article.updatedAt, article.version);
        return article;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
