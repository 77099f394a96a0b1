package dev.khao.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khao.article.ArticleLanguage;
import dev.khao.article.ArticleRepository;
import dev.khao.article.ArticleRequest;
import dev.khao.article.ArticleRequest.EntityLinkRequest;
import dev.khao.article.ArticleRequest.RelatedRequest;
import dev.khao.article.ArticleResponse;
import dev.khao.article.ArticleService;
import dev.khao.article.ArticleStatus;
import dev.khao.article.EntityRole;
import dev.khao.author.AuthorRequest;
import dev.khao.author.AuthorService;
import dev.khao.common.KhaoConfig;
import dev.khao.database.EmbeddedDatabaseConfigSourceFactory;
import dev.khao.entity.EntityRequest;
import dev.khao.entity.EntityService;
import dev.khao.entity.EntityType;
import dev.khao.section.SectionRequest;
import dev.khao.section.SectionService;
import dev.khao.tag.TagRequest;
import dev.khao.tag.TagService;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Gives a first start something to look at: the scraped page this project started from, cleaned into an
 * article with its section, tags, byline and named entities, loaded into an empty embedded database.
 */
@ApplicationScoped
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class);
    private static final String MANIFEST = "demo/seed-article.json";

    private final KhaoConfig config;
    private final ObjectMapper json;
    private final ArticleRepository articles;
    private final ArticleService articleService;
    private final SectionService sections;
    private final TagService tags;
    private final AuthorService authors;
    private final EntityService entities;

    public DemoContent(KhaoConfig config, ObjectMapper json, ArticleRepository articles, ArticleService articleService,
                       SectionService sections, TagService tags, AuthorService authors, EntityService entities) {
        this.config = config;
        this.json = json;
        this.articles = articles;
        this.articleService = articleService;
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
        this.entities = entities;
    }

    void onStart(@Observes StartupEvent event) {
        // Only the zero-config database is a playground; an external database is never written to unasked.
        if (config.demo().enabled() && EmbeddedDatabaseConfigSourceFactory.isRunning() && isEmpty()) {
            ArticleResponse article = load();
            LOG.infof("Loaded demo content: %s (/v1/articles/%s); set KHAO_DEMO_ENABLED=false to skip", article.title(), article.id());
        }
    }

    @Transactional
    boolean isEmpty() {
        return articles.count() == 0;
    }

    /** Creates the demo article and everything it links to, in one transaction. */
    @Transactional
    public ArticleResponse load() {
        Manifest manifest = read(MANIFEST, Manifest.class);
        ScrapedPage page = ScrapedPage.parse(readText(manifest.scrapedPage()));

        UUID sectionId = sections.create(new SectionRequest(null, manifest.section().name(), manifest.section().description(), null)).id();
        List<UUID> tagIds = manifest.tags().stream().map(name -> tags.create(new TagRequest(null, name, null, null)).id()).toList();
        List<UUID> authorIds = manifest.authors().stream()
                .map(a -> authors.create(new AuthorRequest(null, a.name(), a.bio(), null, null, null)).id()).toList();
        List<EntityLinkRequest> links = manifest.entities().stream()
                .map(e -> new EntityLinkRequest(entities.create(new EntityRequest(null, e.type(), e.name(),
                        e.aliases() == null ? List.of() : e.aliases(), e.description(), e.externalIds(), null)).id(), e.role()))
                .toList();
        List<RelatedRequest> related = page.relatedHeadlines().stream().map(h -> new RelatedRequest(null, h, null)).toList();

        return articleService.create(new ArticleRequest(null, manifest.language(), page.title(), null, null, null, page.bodyText(),
                null, sectionId, tagIds, authorIds, links, ArticleStatus.PUBLISHED, manifest.publishedAt(),
                null, null, null, null, related, null));
    }

    private <T> T read(String resource, Class<T> type) {
        try {
            return json.readValue(readText(resource), type);
        } catch (IOException e) {
            throw new UncheckedIOException("Demo manifest " + resource + " is unreadable", e);
        }
    }

    private static String readText(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo article's metadata, which a scraped page does not carry. */
    record Manifest(String scrapedPage, ArticleLanguage language, OffsetDateTime publishedAt, SectionSeed section,
                    List<String> tags, List<AuthorSeed> authors, List<EntitySeed> entities) {
    }

    record SectionSeed(String name, String description) {
    }

    record AuthorSeed(String name, String bio) {
    }

    record EntitySeed(EntityType type, EntityRole role, Map<String, String> name, List<String> aliases, String description,
                      Map<String, String> externalIds) {
    }
}
