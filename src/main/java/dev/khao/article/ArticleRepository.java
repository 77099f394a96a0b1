package dev.khao.article;

import dev.khao.common.paging.Cursor;
import dev.khao.common.paging.Page;
import dev.khao.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries over articles. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {

    /** By slug; when the language is not given and both have the slug, Thai wins. */
    public Optional<Article> findBySlug(String slug, ArticleLanguage language) {
        if (language != null) {
            return find("slug = ?1 and language = ?2", slug, language).firstResultOptional();
        }
        return find("slug = ?1 order by case when language = ?2 then 0 else 1 end", slug, ArticleLanguage.TH).firstResultOptional();
    }

    // Both are asked halfway through writing an article: flushing its half-written state first (the default before a
    // query) would cost a second UPDATE, and a second version, per write. Other articles of the session are flushed already.

    public boolean slugTaken(String slug, ArticleLanguage language, UUID except) {
        return getEntityManager().createQuery("select count(a) from Article a where a.slug = ?1 and a.language = ?2 and a.id <> ?3", Long.class)
                .setParameter(1, slug).setParameter(2, language).setParameter(3, except)
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult() > 0;
    }

    public Optional<Article> findByExternalId(String source, String externalId) {
        return getEntityManager().createQuery("from Article a where a.externalSource = ?1 and a.externalId = ?2", Article.class)
                .setParameter(1, source).setParameter(2, externalId)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream().findFirst();
    }

    public Page<Article> page(ArticleFilter filter, ArticleSort sort, PageRequest request, OffsetDateTime now) {
        Cursor after = Cursor.decode(request.cursor(), sort.param());
        List<Object> params = new ArrayList<>();
        List<String> where = conditions(filter, now, params);
        long total = where.isEmpty() ? count() : count(String.join(" and ", where), params.toArray());

        if (after != null) {
            String cmp = sort.descending() ? "<" : ">";
            int key = params.size() + 1;
            params.add(sort.byTime() ? OffsetDateTime.parse(after.key()) : after.key());
            params.add(after.id());
            where.add("(" + sort.property() + " " + cmp + " ?" + key + " or (" + sort.property() + " = ?" + key
                    + " and id " + cmp + " ?" + (key + 1) + "))");
        }
        String direction = sort.descending() ? " desc" : "";
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ")
                + "order by " + sort.property() + direction + ", id" + direction;
        List<Article> rows = find(query, params.toArray()).range(0, request.limit()).list();
        return Page.fromOverfetch(rows, total, request.limit(), a -> new Cursor(sort.param(),
                sort.byTime() ? a.sortAt.toInstant().toString() : a.titleSortKey, a.id));
    }

    private static List<String> conditions(ArticleFilter filter, OffsetDateTime now, List<Object> params) {
        List<String> where = new ArrayList<>();
        if (filter.statuses().isEmpty()) {
            where.add("status = ?" + add(params, ArticleStatus.PUBLISHED) + " and publishedAt <= ?" + add(params, now));
        } else {
            where.add("status in ?" + add(params, filter.statuses()));
        }
        if (filter.sectionId() != null) {
            where.add("section.id = ?" + add(params, filter.sectionId()));
        }
        if (filter.tagId() != null) {
            where.add("id in (select a.id from Article a join a.tags t where t.id = ?" + add(params, filter.tagId()) + ")");
        }
        if (filter.authorId() != null) {
            where.add("id in (select a.id from Article a join a.authors w where w.id = ?" + add(params, filter.authorId()) + ")");
        }
        if (filter.entityId() != null) {
            where.add("id in (select a.id from Article a join a.entityLinks l where l.entity.id = ?" + add(params, filter.entityId()) + ")");
        }
        if (filter.language() != null) {
            where.add("language = ?" + add(params, filter.language()));
        }
        if (filter.publishedFrom() != null) {
            where.add("publishedAt >= ?" + add(params, filter.publishedFrom()));
        }
        if (filter.publishedTo() != null) {
            where.add("publishedAt < ?" + add(params, filter.publishedTo()));
        }
        return where;
    }

    private static int add(List<Object> params, Object value) {
        params.add(value);
        return params.size();
    }
}
