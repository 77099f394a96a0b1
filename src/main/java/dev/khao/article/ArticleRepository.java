package dev.khao.article;

import dev.khao.common.paging.Cursor;
import dev.khao.common.paging.Page;
import dev.khao.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries over articles. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {

    /** By slug, out of the trash; when the language is not given and both have the slug, Thai wins. */
    public Optional<Article> findBySlug(String slug, ArticleLanguage language) {
        if (language != null) {
            return find("slug = ?1 and language = ?2 and deletedAt is null", slug, language).firstResultOptional();
        }
        return find("slug = ?1 and deletedAt is null order by case when language = ?2 then 0 else 1 end", slug, ArticleLanguage.TH)
                .firstResultOptional();
    }

    /** Whether another article has the slug, in the trash or not: a restored article gets its URL back. */
    public boolean slugTaken(String slug, ArticleLanguage language, UUID except) {
        return count("slug = ?1 and language = ?2 and id <> ?3", slug, language, except) > 0;
    }

    /**
     * Locks and returns up to {@code limit} scheduled articles due at {@code now}, oldest first; rows another
     * transaction holds are skipped, so concurrent schedulers never publish the same article twice.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> lockDueScheduled(OffsetDateTime now, int limit) {
        return getEntityManager().createNativeQuery("SELECT id FROM articles WHERE status = 'scheduled' AND published_at <= ?1"
                        + " AND deleted_at IS NULL ORDER BY published_at, id LIMIT ?2 FOR UPDATE SKIP LOCKED")
                .setParameter(1, now).setParameter(2, limit).getResultList();
    }

    public Optional<Article> findByExternalId(String source, String externalId) {
        return find("externalSource = ?1 and externalId = ?2", source, externalId).firstResultOptional();
    }

    public Page<Article> page(ArticleFilter filter, ArticleSort sort, PageRequest request, OffsetDateTime now) {
        Cursor after = Cursor.decode(request.cursor(), sort.param());
        List<Object> params = new ArrayList<>();
        List<String> where = conditions(filter, now, params);
        long total = count(String.join(" and ", where), params.toArray());

        if (after != null) {
            String cmp = sort.descending() ? "<" : ">";
            int key = params.size() + 1;
            params.add(sort.byTime() ? OffsetDateTime.parse(after.key()) : after.key());
            params.add(after.id());
            where.add("(" + sort.property() + " " + cmp + " ?" + key + " or (" + sort.property() + " = ?" + key
                    + " and id " + cmp + " ?" + (key + 1) + "))");
        }
        String direction = sort.descending() ? " desc" : "";
        String query = String.join(" and ", where) + " order by " + sort.property() + direction + ", id" + direction;
        List<Article> rows = find(query, params.toArray()).range(0, request.limit()).list();
        return Page.fromOverfetch(rows, total, request.limit(), a -> new Cursor(sort.param(),
                sort.byTime() ? a.sortAt.toInstant().toString() : a.titleSortKey, a.id));
    }

    private static List<String> conditions(ArticleFilter filter, OffsetDateTime now, List<Object> params) {
        List<String> where = new ArrayList<>();
        where.add("deletedAt is null");
        if (filter.statuses().isEmpty()) {
            // The JPQL form of dev.khao.common.ArticleVisibility: a scheduled article is public from its time on.
            where.add("status in ?" + add(params, List.of(ArticleStatus.PUBLISHED, ArticleStatus.SCHEDULED))
                    + " and publishedAt <= ?" + add(params, now));
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
