package dev.khao.article;

import dev.khao.article.ArticleRequest.CoverImageRequest;
import dev.khao.article.ArticleRequest.EntityLinkRequest;
import dev.khao.article.ArticleRequest.RelatedRequest;
import dev.khao.article.ArticleResponse.ArticleRef;
import dev.khao.article.ArticleResponse.CatalogRef;
import dev.khao.article.ArticleResponse.CoverImageResponse;
import dev.khao.article.ArticleResponse.EntityRef;
import dev.khao.article.ArticleResponse.RelatedResponse;
import dev.khao.article.ArticleResponse.SectionRef;

import java.util.List;

/** The one place where articles cross between storage and HTTP. */
final class ArticleMapper {

    private ArticleMapper() {
    }

    static ArticleResponse toResponse(Article a) {
        return new ArticleResponse(a.id, a.slug, a.language, a.title, a.subtitle, a.summary, a.bodyHtml, a.bodyText,
                a.cover == null || a.cover.url == null ? null : new CoverImageResponse(a.cover.url, a.cover.alt, a.cover.caption, a.cover.credit),
                a.section == null ? null : new SectionRef(a.section.id, a.section.slug, a.section.name),
                a.tags.stream().map(t -> new CatalogRef(t.id, t.slug, t.name)).toList(),
                a.authors.stream().map(w -> new CatalogRef(w.id, w.slug, w.name)).toList(),
                a.entityLinks.stream().map(l -> new EntityRef(l.entity.id, l.entity.slug, l.entity.name, l.entity.type.toString(), l.role)).toList(),
                a.status, a.publishedAt, a.createdAt, a.updatedAt, a.createdBy, a.updatedBy, a.canonicalUrl, a.sourceUrl,
                a.externalSource, a.externalId,
                // A trashed article is gone from every read, links to it included, until it is restored.
                a.related.stream().filter(r -> r.article == null || r.article.deletedAt == null).map(ArticleMapper::toResponse).toList(),
                a.wordCount, a.readingTimeMinutes, a.version);
    }

    private static RelatedResponse toResponse(RelatedLink link) {
        if (link.article != null) {
            Article target = link.article;
            return new RelatedResponse("article", new ArticleRef(target.id, target.slug, target.language, target.title), null, null);
        }
        return new RelatedResponse("external", null, link.headline, link.url);
    }

    /** The current state in request form, the document a merge patch applies to. */
    static ArticleRequest toRequest(Article a) {
        return new ArticleRequest(a.slug, a.language, a.title, a.subtitle, a.summary, a.bodyHtml, null,
                a.cover == null || a.cover.url == null ? null : new CoverImageRequest(a.cover.url, a.cover.alt, a.cover.caption, a.cover.credit),
                a.section == null ? null : a.section.id,
                a.tags.stream().map(t -> t.id).toList(),
                a.authors.stream().map(w -> w.id).toList(),
                a.entityLinks.stream().map(l -> new EntityLinkRequest(l.entity.id, l.role)).toList(),
                a.status, a.publishedAt, a.canonicalUrl, a.sourceUrl, a.externalSource, a.externalId,
                a.related.stream().map(r -> r.article != null
                        ? new RelatedRequest(r.article.id, null, null)
                        : new RelatedRequest(null, r.headline, r.url)).toList(), null);
    }

    /** The content of an earlier representation over the current article's slug, language, lifecycle and external key. */
    static ArticleRequest contentOf(ArticleResponse earlier, Article current) {
        CoverImageResponse cover = earlier.coverImage();
        return new ArticleRequest(current.slug, current.language, earlier.title(), earlier.subtitle(), earlier.summary(), earlier.bodyHtml(), null,
                cover == null ? null : new CoverImageRequest(cover.url(), cover.alt(), cover.caption(), cover.credit()),
                earlier.section() == null ? null : earlier.section().id(),
                listOf(earlier.tags()).stream().map(CatalogRef::id).toList(),
                listOf(earlier.authors()).stream().map(CatalogRef::id).toList(),
                listOf(earlier.entities()).stream().map(e -> new EntityLinkRequest(e.id(), e.role())).toList(),
                current.status, current.publishedAt, earlier.canonicalUrl(), earlier.sourceUrl(), current.externalSource, current.externalId,
                listOf(earlier.related()).stream().map(r -> r.article() != null
                        ? new RelatedRequest(r.article().id(), null, null)
                        : new RelatedRequest(null, r.headline(), r.url())).toList(), null);
    }

    /** Snapshots are stored for good, so a list a later version of the API added may be missing from one. */
    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }

    static CoverImage toCover(CoverImageRequest request) {
        if (request == null) {
            return null;
        }
        CoverImage cover = new CoverImage();
        cover.url = request.url();
        cover.alt = request.alt();
        cover.caption = request.caption();
        cover.credit = request.credit();
        return cover;
    }
}
