package dev.khao.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.khao.article.ArticleRequest.EntityLinkRequest;
import dev.khao.article.ArticleRequest.RelatedRequest;
import dev.khao.author.Author;
import dev.khao.author.AuthorRepository;
import dev.khao.article.body.ArticleBody;
import dev.khao.article.body.ThaiWords;
import dev.khao.article.SlugRedirectRepository.Redirect;
import dev.khao.auth.Actors;
import dev.khao.auth.Role;
import dev.khao.common.CatalogEntity;
import dev.khao.common.CatalogRepository;
import dev.khao.common.ContentChanged;
import dev.khao.common.ContentChanged.Change;
import dev.khao.common.ContentChanged.ContentType;
import dev.khao.common.JsonMergePatch;
import dev.khao.common.LinkedRowLocks;
import dev.khao.common.Slugs;
import dev.khao.common.SortKeys;
import dev.khao.common.paging.ListResponse;
import dev.khao.common.paging.Page;
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
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Rules for articles: body sanitising and counting, slugs, references that must exist, publication times. */
@ApplicationScoped
public class ArticleService {

    private static final Pattern CANONICAL_UUID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    private final ArticleRepository articles;
    private final SectionRepository sections;
    private final TagRepository tags;
    private final AuthorRepository authors;
    private final EntityRepository entities;
    private final JsonMergePatch mergePatch;
    private final Event<ContentChanged> changes;
    private final Clock clock;
    private final Actors actors;
    private final SlugRedirectRepository redirects;
    private final Preconditions preconditions;
    private final LinkedRowLocks linkedRows;

    public ArticleService(ArticleRepository articles, SectionRepository sections, TagRepository tags, AuthorRepository authors,
                          EntityRepository entities, JsonMergePatch mergePatch, Event<ContentChanged> changes, Clock clock,
                          Actors actors, SlugRedirectRepository redirects, Preconditions preconditions, LinkedRowLocks linkedRows) {
        this.linkedRows = linkedRows;
        this.actors = actors;
        this.redirects = redirects;
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

    /** The representations of those of these articles the public view shows now; the others are absent. */
    @Transactional
    public Map<UUID, ArticleResponse> publicView(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return articles.findPublic(ids, OffsetDateTime.now(clock)).stream()
                .collect(Collectors.toMap(a -> a.id, ArticleMapper::toResponse));
    }

    /** See {@link ArticleRepository#becamePublic}: up to {@code limit} articles public now that no write announced. */
    @Transactional
    public List<ArticleResponse> becamePublic(OffsetDateTime after, UUID afterId, int limit) {
        return articles.becamePublic(after, afterId, OffsetDateTime.now(clock), limit).stream().map(ArticleMapper::toResponse).toList();
    }

    /** The article, if the caller may see it: editors see every status, everyone else only visible articles. */
    @Transactional
    public ArticleResponse get(UUID id) {
        Article article = find(id);
        if (!readable(article)) {
            throw ProblemException.notFound("article", "id " + id);
        }
        return ArticleMapper.toResponse(article);
    }

    /**
     * The article with this slug, or the article that had it before a rename (then {@link BySlug#moved()} is
     * true and the client is redirected to its current slug); only articles the caller may see.
     */
    @Transactional
    public BySlug getBySlug(String slug, ArticleLanguage language) {
        Optional<Article> current = articles.findBySlug(slug, language).filter(this::readable);
        if (current.isPresent()) {
            return new BySlug(ArticleMapper.toResponse(current.get()), false);
        }
        return redirects.find(slug, language)
                .map(redirect -> articles.findById(redirect.articleId()))
                .filter(article -> article.deletedAt == null && readable(article))
                .map(article -> new BySlug(ArticleMapper.toResponse(article), true))
                .orElseThrow(() -> ProblemException.notFound("article", "slug " + slug));
    }

    /** An article found by slug: {@code moved} when the slug was an old one. */
    public record BySlug(ArticleResponse article, boolean moved) {
    }

    @Transactional
    public ArticleResponse create(ArticleRequest request) {
        return ArticleMapper.toResponse(insert(newArticle(), request, actors.name()));
    }

    @Transactional
    public ArticleResponse replace(UUID id, ArticleRequest request, Precondition precondition) {
        return ArticleMapper.toResponse(update(lock(id, precondition), request, actors.name()));
    }

    /**
     * Writes the content of an earlier representation (a revision's snapshot) over the article, keeping what is its
     * identity and lifecycle now: slug, language, status, publication time and external key.
     */
    @Transactional
    public ArticleResponse replaceContent(UUID id, ArticleResponse earlier, Precondition precondition) {
        Article article = lock(id, precondition);
        return ArticleMapper.toResponse(update(article, ArticleMapper.contentOf(earlier, article), actors.name()));
    }

    /** The article as clients see it now, trashed or not, within the calling write; empty once it is deleted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ArticleResponse> snapshot(UUID id) {
        return Optional.ofNullable(articles.findById(id)).map(ArticleMapper::toResponse);
    }

    /**
     * Creates the article that the request's external key (externalSource, externalId) names, or replaces it when
     * one exists: the write of imports and feeds, under the same rules and with the same events as create and replace.
     * {@code by} is recorded as the writer: imports write from threads of their own, outside the request.
     */
    @Transactional
    public Upserted upsertByExternalKey(ArticleRequest request, String by) {
        if (request.externalSource() == null || request.externalId() == null) {
            throw ProblemException.invalidField("externalId", "and externalSource are required to upsert by external key");
        }
        Optional<Article> existing = articles.findByExternalId(request.externalSource(), request.externalId());
        if (existing.isPresent()) {
            if (existing.get().deletedAt != null) {
                throw new ProblemException(ProblemType.CONFLICT, "Article " + existing.get().id + " with this external id is in the trash;"
                        + " restore or purge it first");
            }
            return new Upserted(update(existing.get(), request, by).id, false);
        }
        Article article = newArticle();
        // Just looked up and free: the key is the article's already, which spares write() checking it again.
        article.externalSource = request.externalSource();
        article.externalId = request.externalId();
        return new Upserted(insert(article, request, by).id, true);
    }

    /**
     * A merge patch's null removes a field, and a write without them would unpublish the article (no status is a
     * draft) or date its publication anew (no time is "now"): a slip in a client, not what anyone means by "remove".
     * Both are refused unless the article ends up a draft, where a planned time may be dropped.
     */
    private static void refuseRemovingPublication(Article article, JsonNode patch) {
        if (!(patch instanceof ObjectNode object)) {
            return;
        }
        JsonNode status = object.get("status");
        if (status != null && status.isNull()) {
            throw ProblemException.invalidField("status", "cannot be removed; send \"draft\" to unpublish");
        }
        JsonNode publishedAt = object.get("publishedAt");
        boolean draftAfter = status == null ? article.status == ArticleStatus.DRAFT : ArticleStatus.DRAFT.toString().equals(status.asText());
        if (publishedAt != null && publishedAt.isNull() && !draftAfter) {
            throw ProblemException.invalidField("publishedAt", "can be removed only from a draft; send a new time to re-date the article");
        }
    }

    /** What an upsert did: the article's id, and whether it was created rather than replaced. */
    public record Upserted(UUID id, boolean created) {
    }

    @Transactional
    public ArticleResponse patch(UUID id, JsonNode patch, Precondition precondition) {
        Article article = lock(id, precondition);
        refuseRemovingPublication(article, patch);
        ArticleRequest current = ArticleMapper.toRequest(article);
        if (patch instanceof ObjectNode object && object.hasNonNull("bodyText") && !object.has("bodyHtml")) {
            // The stored body is HTML; a patch that sends text replaces it rather than conflicting with it.
            object.putNull("bodyHtml");
        }
        return ArticleMapper.toResponse(update(article, mergePatch.applyTo(current, patch, ArticleRequest.class), actors.name()));
    }

    /** Moves the article to the trash, or with {@code purge} (admins only) removes it for good, trashed or not. */
    @Transactional
    public void delete(UUID id, Precondition precondition, boolean purge) {
        if (purge && !actors.has(Role.ADMIN)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only admins may purge; editors move articles to the trash");
        }
        Article article = lock(id, precondition, purge);
        if (purge) {
            purge(id);
            return;
        }
        article.deletedAt = OffsetDateTime.now(clock);
        article.deletedBy = actors.name();
        articles.flush();
        changes.fire(new ContentChanged(ContentType.ARTICLE, id, Change.DELETED));
    }

    /** Removes an article for good (an explicit purge or the trash's retention); its links, redirects and revisions go with it. */
    @Transactional
    public void purge(UUID id) {
        Article article = articles.findById(id);
        if (article == null) {
            return;
        }
        articles.delete(article);
        articles.flush();
        changes.fire(new ContentChanged(ContentType.ARTICLE, id, Change.PURGED));
    }

    /** Brings an article back from the trash with everything it linked to; it is as visible as it was before. */
    @Transactional
    public ArticleResponse restore(UUID id) {
        Article article = findIncludingTrash(id);
        if (article.deletedAt == null) {
            throw new ProblemException(ProblemType.CONFLICT, "Article " + id + " is not in the trash");
        }
        article.deletedAt = null;
        article.deletedBy = null;
        article.updatedAt = OffsetDateTime.now(clock);
        article.updatedBy = actors.name();
        articles.flush();
        changes.fire(new ContentChanged(ContentType.ARTICLE, id, Change.RESTORED));
        return ArticleMapper.toResponse(article);
    }

    /** A page of the old slugs that still lead to the article, newest first. */
    @Transactional
    public Page<Redirect> oldSlugs(UUID id, PageRequest request) {
        find(id);
        return redirects.ofArticle(id, request);
    }

    /** Lets another article take an old slug; a 404 when the slug redirects nowhere. */
    @Transactional
    public void freeSlug(String slug, ArticleLanguage language) {
        if (!redirects.free(slug, language)) {
            throw ProblemException.notFound("slug redirect", "slug " + slug);
        }
    }

    /**
     * Resolves filter values given as slugs; widening the view with {@code status} is for editors (403 for others,
     * who only ever see visible articles).
     */
    @Transactional
    public ArticleFilter resolveFilter(ArticleFilter filter, String section, String tag, String author, String entity) {
        if (!filter.statuses().isEmpty() && !actors.has(Role.EDITOR)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only editors may list articles by status; without status,"
                    + " the published articles are listed");
        }
        return new ArticleFilter(
                resolve(section, "section", sections),
                resolve(tag, "tag", tags),
                resolve(author, "author", authors),
                resolve(entity, "entity", entities),
                filter.language(), filter.statuses(), filter.publishedFrom(), filter.publishedTo());
    }

    /** Lists an entity's articles; the entity itself must exist. */
    @Transactional
    public ListResponse<ArticleResponse> listForEntity(UUID entityId, ArticleFilter filter, ArticleSort sort, PageRequest request) {
        if (entities.findLive(entityId) == null) {
            throw ProblemException.notFound("entity", "id " + entityId);
        }
        return list(filter.withEntity(entityId), sort, request);
    }

    private Article newArticle() {
        Article article = new Article();
        article.id = UUID.randomUUID();
        return article;
    }

    private Article insert(Article article, ArticleRequest request, String by) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        write(article, request, now, by);
        article.createdAt = article.updatedAt;
        article.createdBy = by;
        articles.persist(article);
        articles.flush();
        changes.fire(new ContentChanged(ContentType.ARTICLE, article.id,
                ArticleLifecycle.announced(article, now) ? Change.PUBLISHED : Change.CREATED));
        return article;
    }

    private Article update(Article article, ArticleRequest request, String by) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean wasAnnounced = ArticleLifecycle.announced(article, now);
        ArticleLanguage oldLanguage = article.language;
        String oldSlug = article.slug;
        write(article, request, now, by);
        articles.flush();
        if (!oldSlug.equals(article.slug) || oldLanguage != article.language) {
            redirects.renamed(article.id, oldLanguage, oldSlug, article.language, article.slug, now, by);
        }
        boolean announced = ArticleLifecycle.announced(article, now);
        Change change = announced && !wasAnnounced ? Change.PUBLISHED : wasAnnounced && !announced ? Change.UNPUBLISHED : Change.UPDATED;
        changes.fire(new ContentChanged(ContentType.ARTICLE, article.id, change));
        return article;
    }

    private void write(Article article, ArticleRequest request, OffsetDateTime now, String by) {
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
        writeStatus(article, request, now);

        article.section = request.sectionId() == null ? null
                : lookup(List.of(request.sectionId()), sections, Section.class, "sectionId", "section", missing, false).stream().findFirst().orElse(null);
        article.tags = new ArrayList<>(lookup(request.tagIds(), tags, Tag.class, "tagIds", "tag", missing, true));
        article.authors = new ArrayList<>(lookup(request.authorIds(), authors, Author.class, "authorIds", "author", missing, true));
        article.entityLinks = new ArrayList<>(entityLinks(request.entities(), missing));
        article.related = new ArrayList<>(relatedLinks(article, request.related(), missing));
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE,
                    missing.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")), missing);
        }
        article.updatedAt = now;
        article.updatedBy = by;
    }

    private void writeStatus(Article article, ArticleRequest request, OffsetDateTime now) {
        ArticleStatus requested = Objects.requireNonNullElse(request.status(), ArticleStatus.DRAFT);
        OffsetDateTime publishedAt = request.publishedAt();
        if (requested == ArticleStatus.PUBLISHED && publishedAt == null) {
            publishedAt = now;
        }
        if (requested == ArticleStatus.SCHEDULED && publishedAt == null) {
            throw ProblemException.invalidField("publishedAt", "is required to schedule an article");
        }
        ArticleStatus status = ArticleLifecycle.effective(requested, publishedAt, now);
        ArticleLifecycle.checkTransition(article.status, status);
        article.status = status;
        article.publishedAt = publishedAt;
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
        if (requested != null && redirects.heldByOther(requested, article.language, article.id)) {
            throw new ProblemException(ProblemType.CONFLICT, "Slug '" + requested + "' still redirects to the article that had it;"
                    + " free it first (DELETE /v1/articles/slug-redirects/{slug}) to give it to another article");
        }
        // An old slug of another article is not free either: its links must keep leading to that article.
        Predicate<String> taken = candidate -> articles.slugTaken(candidate, article.language, article.id)
                || redirects.heldByOther(candidate, article.language, article.id);
        // A language change can move the article onto a slug its new language already uses.
        String current = article.slug != null && !taken.test(article.slug) ? article.slug : null;
        return Slugs.forWrite(requested, current, article.title, article.language + " article", taken);
    }

    private List<EntityLink> entityLinks(List<EntityLinkRequest> requested, List<FieldError> missing) {
        if (requested == null) {
            return List.of();
        }
        // The same entity twice is one link; twice with different roles is a contradiction, not a choice to guess at.
        Map<UUID, EntityLinkRequest> byRequest = new java.util.LinkedHashMap<>();
        for (int i = 0; i < requested.size(); i++) {
            EntityLinkRequest link = requested.get(i);
            EntityLinkRequest earlier = byRequest.putIfAbsent(link.id(), link);
            if (earlier != null && role(earlier) != role(link)) {
                throw ProblemException.invalidField("entities[" + i + "]", "links entity " + link.id() + " again with another role ("
                        + role(link) + ", not " + role(earlier) + "); an article gives an entity one role");
            }
        }
        List<EntityLinkRequest> unique = List.copyOf(byRequest.values());
        List<NamedEntity> found = lookup(unique.stream().map(EntityLinkRequest::id).toList(), entities, NamedEntity.class, "entities", "entity", missing, true);
        Map<UUID, NamedEntity> byId = found.stream().collect(Collectors.toMap(e -> e.id, e -> e));
        return unique.stream().filter(r -> byId.containsKey(r.id()))
                .map(r -> new EntityLink(byId.get(r.id()), role(r)))
                .toList();
    }

    private static EntityRole role(EntityLinkRequest link) {
        return Objects.requireNonNullElse(link.role(), EntityRole.MENTIONED);
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
                // A link kept through a patch may lead into the trash (it shows again on restore); a new one may not.
                if (target == null || (target.deletedAt != null && article.related.stream().noneMatch(l -> l.article == target))) {
                    missing.add(new FieldError(field + ".articleId", "no article with id " + r.articleId()));
                } else {
                    links.add(RelatedLink.toArticle(target));
                }
            }
        }
        return links;
    }

    /**
     * Loads referenced rows in the order given, dropping repeats, each locked against trashing until the write commits
     * ({@link LinkedRowLocks}); ids of rows that do not exist or are in the trash are added to {@code missing} as
     * {@code field[i]} errors so one response lists every bad reference.
     */
    private <T extends CatalogEntity> List<T> lookup(List<UUID> ids, CatalogRepository<T> repository, Class<T> type,
                                                     String field, String what, List<FieldError> missing, boolean indexed) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<UUID> distinct = List.copyOf(new LinkedHashSet<>(ids));
        Set<UUID> live = linkedRows.live(repository, distinct);
        // Rows the session already holds are not read again: bulk writes (imports) name the same few sections and tags over and over.
        Map<UUID, T> found = repository.getSession().findMultiple(type, distinct.stream().filter(live::contains).toList(), SessionCheckMode.ENABLED)
                .stream().filter(Objects::nonNull).collect(Collectors.toMap(t -> t.id, t -> t));
        for (int i = 0; i < ids.size(); i++) {
            if (!found.containsKey(ids.get(i))) {
                missing.add(new FieldError(indexed ? field + "[" + i + "]" : field, "no " + what + " with id " + ids.get(i)));
            }
        }
        return distinct.stream().filter(found::containsKey).map(found::get).toList();
    }

    /**
     * The id of the live row a filter names: by id or by slug, so frontends can filter by what is in their URLs. Either
     * way one that names nothing (or something in the trash) is a 400: an empty list would look like an answer. Only
     * the canonical form is read as an id, since {@link UUID#fromString} also takes slugs such as {@code 1-2-3-4-5}.
     */
    private static <E extends CatalogEntity> UUID resolve(String idOrSlug, String what, CatalogRepository<E> rows) {
        if (idOrSlug == null || idOrSlug.isBlank()) {
            return null;
        }
        boolean byId = CANONICAL_UUID.matcher(idOrSlug).matches();
        Optional<E> row = byId ? Optional.ofNullable(rows.findLive(UUID.fromString(idOrSlug))) : rows.findBySlug(idOrSlug);
        String message = "no " + what + " with " + (byId ? "id" : "slug") + " '" + idOrSlug + "'";
        return row.map(e -> e.id).orElseThrow(() -> new ProblemException(ProblemType.BAD_PARAMETER,
                what + ": " + message, List.of(new FieldError(what, message))));
    }

    /** The article unless it does not exist or is in the trash (both 404: the trash is seen through /v1/trash). */
    private Article find(UUID id) {
        Article article = findIncludingTrash(id);
        if (article.deletedAt != null) {
            throw actors.has(Role.EDITOR) ? new ProblemException(ProblemType.NOT_FOUND, "Article " + id + " is in the trash")
                    : ProblemException.notFound("article", "id " + id);
        }
        return article;
    }

    private Article findIncludingTrash(UUID id) {
        Article article = articles.findById(id);
        if (article == null) {
            throw ProblemException.notFound("article", "id " + id);
        }
        return article;
    }

    /** Editors read every status; everyone else only what is publicly visible now. */
    private boolean readable(Article article) {
        return actors.has(Role.EDITOR) || ArticleLifecycle.visible(article, OffsetDateTime.now(clock));
    }

    /**
     * The article a write will change, locked until the transaction ends, once the write's precondition holds for
     * it: concurrent writes take turns, each compares against the state it overwrites, and none is lost.
     */
    private Article lock(UUID id, Precondition precondition) {
        return lock(id, precondition, false);
    }

    /** As {@link #lock(UUID, Precondition)}; with {@code includingTrash}, a trashed article is locked too rather than a 404. */
    private Article lock(UUID id, Precondition precondition, boolean includingTrash) {
        Article article = articles.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (article == null) {
            throw ProblemException.notFound("article", "id " + id);
        }
        if (article.deletedAt != null && !includingTrash) {
            throw actors.has(Role.EDITOR) ? new ProblemException(ProblemType.NOT_FOUND, "Article " + id + " is in the trash")
                    : ProblemException.notFound("article", "id " + id);
        }
        preconditions.check(precondition, ArticleMapper.toResponse(article), article.updatedAt, article.version);
        return article;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
