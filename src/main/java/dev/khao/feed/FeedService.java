package dev.khao.feed;

import dev.khao.article.ArticleFilter;
import dev.khao.article.ArticleResponse;
import dev.khao.article.ArticleService;
import dev.khao.article.ArticleSort;
import dev.khao.auth.Caller;
import dev.khao.auth.Role;
import dev.khao.author.AuthorRepository;
import dev.khao.common.CatalogEntity;
import dev.khao.common.CatalogRepository;
import dev.khao.common.KhaoConfig;
import dev.khao.common.NewsroomTime;
import dev.khao.common.paging.PageRequest;
import dev.khao.common.problem.ProblemException;
import dev.khao.entity.EntityRepository;
import dev.khao.entity.NamedEntity;
import dev.khao.section.Section;
import dev.khao.section.SectionRepository;
import dev.khao.tag.Tag;
import dev.khao.tag.TagRepository;
import dev.khao.author.Author;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Builds feeds: the newest public articles of the whole publication or of one section, tag, author or entity,
 * through the article list itself so that every visibility rule of the API applies to feeds too.
 */
@ApplicationScoped
public class FeedService {

    private final ArticleService articles;
    private final SectionRepository sections;
    private final TagRepository tags;
    private final AuthorRepository authors;
    private final EntityRepository entities;
    private final FeedConfig config;
    private final SiteConfig site;
    private final SiteLinks links;
    private final Caller caller;
    private final KhaoConfig khao;

    public FeedService(ArticleService articles, SectionRepository sections, TagRepository tags, AuthorRepository authors,
                       EntityRepository entities, FeedConfig config, SiteConfig site, SiteLinks links, Caller caller, KhaoConfig khao) {
        this.articles = articles;
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
        this.entities = entities;
        this.config = config;
        this.site = site;
        this.links = links;
        this.caller = caller;
        this.khao = khao;
    }

    /** The feed of the whole publication. */
    @Transactional
    public Feed everything() {
        return build(new Scope(null, null, null, site.name(), null, null), "/feeds");
    }

    /** The feed of one section, tag, author or entity, by slug; 404 when there is none. */
    @Transactional
    public Feed of(FeedScope kind, String slug) {
        Scope scope = switch (kind) {
            case SECTION -> scope(kind, sections, slug, (Section s) -> s.name, s -> s.description);
            case TAG -> scope(kind, tags, slug, (Tag t) -> t.name, t -> t.description);
            case AUTHOR -> scope(kind, authors, slug, (Author a) -> a.name, a -> a.bio);
            case ENTITY -> scope(kind, entities, slug, NamedEntity::displayName, e -> e.description);
        };
        return build(scope, "/feeds/" + kind.segment() + "/" + SiteLinks.pathSegment(slug));
    }

    private Feed build(Scope scope, String selfPath) {
        ArticleFilter filter = new ArticleFilter(
                scope.is(FeedScope.SECTION), scope.is(FeedScope.TAG), scope.is(FeedScope.AUTHOR), scope.is(FeedScope.ENTITY),
                null, Set.of(), null, null);
        List<ArticleResponse> newest = articles.list(filter, ArticleSort.NEWEST, new PageRequest(null, config.count())).data();
        // Full bodies are the partners' product; when every reader gets them, the response is the same for all.
        boolean full = config.fullContent() || caller.has(Role.PARTNER);
        boolean personal = full && !config.fullContent();
        List<Feed.Item> items = newest.stream().map(a -> item(a, full)).toList();
        // An article scheduled earlier becomes visible at publishedAt, after its last edit: that too changes the feed.
        OffsetDateTime updated = Stream.concat(Stream.ofNullable(scope.updatedAt()),
                        newest.stream().flatMap(a -> Stream.of(a.updatedAt(), a.publishedAt())))
                .filter(t -> t != null).max(OffsetDateTime::compareTo).orElse(null);
        String title = scope.kind() == null ? site.name() : site.name() + " – " + scope.name();
        String description = scope.description() != null && !scope.description().isBlank() ? scope.description()
                : scope.kind() == null ? "ข่าวล่าสุดจาก " + site.name() : title;
        return new Feed(feedId(scope), title, description, links.home(), selfPath, site.language(), local(updated), full, personal, items);
    }

    private Feed.Item item(ArticleResponse a, boolean full) {
        List<Feed.Category> categories = new ArrayList<>();
        if (a.section() != null) {
            categories.add(new Feed.Category(a.section().slug(), a.section().name(), "section"));
        }
        a.tags().forEach(t -> categories.add(new Feed.Category(t.slug(), t.name(), "tag")));
        ArticleResponse.CoverImageResponse cover = a.coverImage();
        Feed.Image image = cover == null ? null : new Feed.Image(cover.url(), imageType(cover.url()), cover.alt(), cover.credit());
        String url = links.article(a.id(), a.slug(), a.language(), a.section() == null ? null : a.section().slug(), a.publishedAt());
        return new Feed.Item(a.id().toString(), url, a.title(), summaryOf(a), full ? a.bodyHtml() : null, a.language().toString(),
                a.authors().stream().map(ArticleResponse.CatalogRef::name).toList(), categories, image, local(a.publishedAt()), local(a.updatedAt()));
    }

    /** The editor's summary, else the subtitle, else the opening of the body: a feed item always says what it is about. */
    private static String summaryOf(ArticleResponse a) {
        for (String candidate : new String[] {a.summary(), a.subtitle()}) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        String text = a.bodyText() == null ? "" : a.bodyText().strip();
        int cut = text.indexOf("\n\n");
        String first = cut < 0 ? text : text.substring(0, cut);
        // Thai has no spaces between words; cutting at a code point boundary is the best a plain cut can do.
        return first.length() <= 300 ? first : first.substring(0, first.offsetByCodePoints(0, first.codePointCount(0, 299))) + "…";
    }

    /** Feeds show times in the newsroom's zone, to the second (what RFC 822 dates can say). */
    private OffsetDateTime local(OffsetDateTime time) {
        return time == null ? null : NewsroomTime.of(time, khao.timeZone()).truncatedTo(ChronoUnit.SECONDS);
    }

    private static String imageType(String url) {
        String path = url.toLowerCase(Locale.ROOT).replaceAll("[?#].*$", "");
        if (path.endsWith(".png")) {
            return "image/png";
        }
        if (path.endsWith(".gif")) {
            return "image/gif";
        }
        if (path.endsWith(".webp")) {
            return "image/webp";
        }
        if (path.endsWith(".avif")) {
            return "image/avif";
        }
        if (path.endsWith(".svg")) {
            return "image/svg+xml";
        }
        return "image/jpeg";
    }

    /** A feed's id must survive renames of its slug: it is derived from the site and the scope's id. */
    private String feedId(Scope scope) {
        String name = site.url() + "|feed|" + (scope.kind() == null ? "all" : scope.kind().segment() + "|" + scope.id());
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static <E extends CatalogEntity> Scope scope(FeedScope kind, CatalogRepository<E> repository, String slug,
                                                         java.util.function.Function<E, String> name,
                                                         java.util.function.Function<E, String> description) {
        E row = repository.findBySlug(slug).orElseThrow(() -> ProblemException.notFound(kind.segment(), "slug " + slug));
        return new Scope(kind, row.id, row.slug, name.apply(row), description.apply(row), row.updatedAt);
    }

    private record Scope(FeedScope kind, UUID id, String slug, String name, String description, OffsetDateTime updatedAt) {
        UUID is(FeedScope wanted) {
            return kind == wanted ? id : null;
        }
    }
}
