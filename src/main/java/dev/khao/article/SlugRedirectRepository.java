package dev.khao.article;

import dev.khao.common.SqlTimestamps;
import dev.khao.common.paging.Cursor;
import dev.khao.common.paging.Page;
import dev.khao.common.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The old slugs of renamed articles ({@code article_slug_redirects}), each pointing at its article. */
@ApplicationScoped
public class SlugRedirectRepository {

    private static final String BY_RENAME = "renamed";

    private final EntityManager em;

    public SlugRedirectRepository(EntityManager em) {
        this.em = em;
    }

    /** One old slug of an article. */
    public record Redirect(String slug, ArticleLanguage language, UUID articleId, OffsetDateTime createdAt, String createdBy) {
    }

    /** The article an old slug leads to; without a language, a Thai slug wins over an English one. */
    public Optional<Redirect> find(String slug, ArticleLanguage language) {
        // Languages always named: the key is (language, slug), which a slug alone cannot use.
        String[] languages = (language == null ? EnumSet.allOf(ArticleLanguage.class) : EnumSet.of(language)).stream()
                .map(ArticleLanguage::toString).toArray(String[]::new);
        var query = em.createNativeQuery("SELECT slug, language, article_id, created_at, created_by FROM article_slug_redirects"
                + " WHERE slug = ?1 AND language = ANY(?2) ORDER BY CASE WHEN language = 'th' THEN 0 ELSE 1 END LIMIT 1")
                .setParameter(1, slug).setParameter(2, languages);
        return rows(query.getResultList()).stream().findFirst();
    }

    /**
     * One page of an article's old slugs, newest first: the cursor holds the last one's time, language and slug (no
     * slug holds a space) and the article's id, so it never pages another article's list.
     */
    public Page<Redirect> ofArticle(UUID articleId, PageRequest request) {
        Cursor after = Cursor.decode(request.cursor(), BY_RENAME);
        String where = "WHERE article_id = ?1";
        Object[] position = {};
        if (after != null) {
            String[] key = after.key().split(" ", 3);
            if (!after.id().equals(articleId) || key.length != 3) {
                throw Cursor.invalid();
            }
            where += " AND (created_at, language, slug) < (?2, ?3, ?4)";
            position = new Object[]{Cursor.time(key[0]), key[1], key[2]};
        }
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM article_slug_redirects WHERE article_id = ?1")
                .setParameter(1, articleId).getSingleResult()).longValue();
        var query = em.createNativeQuery("SELECT slug, language, article_id, created_at, created_by FROM article_slug_redirects "
                + where + " ORDER BY created_at DESC, language DESC, slug DESC LIMIT " + (request.limit() + 1)).setParameter(1, articleId);
        for (int i = 0; i < position.length; i++) {
            query.setParameter(i + 2, position[i]);
        }
        return Page.fromOverfetch(rows(query.getResultList()), total, request.limit(),
                r -> new Cursor(BY_RENAME, r.createdAt() + " " + r.language() + " " + r.slug(), articleId));
    }

    /** Whether the slug still redirects to an article other than {@code except}. */
    public boolean heldByOther(String slug, ArticleLanguage language, UUID except) {
        // Asked halfway through writing an article: a native query would flush its half-written state first, costing
        // a second UPDATE (and version) per write. Redirects only change after that write is flushed.
        return ((Number) em.createNativeQuery("SELECT count(*) FROM article_slug_redirects WHERE slug = ?1 AND language = ?2 AND article_id <> ?3")
                .setParameter(1, slug).setParameter(2, language.toString()).setParameter(3, except)
                .setFlushMode(FlushModeType.COMMIT).getSingleResult()).longValue() > 0;
    }

    /** Records that the article's old slug leads to it, and drops the redirect of the slug it now has (renamed back). */
    public void renamed(UUID articleId, ArticleLanguage oldLanguage, String oldSlug, ArticleLanguage newLanguage, String newSlug,
                        OffsetDateTime now, String by) {
        em.createNativeQuery("DELETE FROM article_slug_redirects WHERE language = ?1 AND slug = ?2 AND article_id = ?3")
                .setParameter(1, newLanguage.toString()).setParameter(2, newSlug).setParameter(3, articleId).executeUpdate();
        em.createNativeQuery("""
                INSERT INTO article_slug_redirects (language, slug, article_id, created_at, created_by) VALUES (?1, ?2, ?3, ?4, ?5)
                ON CONFLICT (language, slug) DO UPDATE SET article_id = excluded.article_id, created_at = excluded.created_at,
                created_by = excluded.created_by""")
                .setParameter(1, oldLanguage.toString()).setParameter(2, oldSlug).setParameter(3, articleId)
                .setParameter(4, now).setParameter(5, by).executeUpdate();
    }

    /** Removes a redirect so the slug can be used again; whether there was one. */
    public boolean free(String slug, ArticleLanguage language) {
        String where = language == null ? "slug = ?1" : "slug = ?1 AND language = ?2";
        var query = em.createNativeQuery("DELETE FROM article_slug_redirects WHERE " + where).setParameter(1, slug);
        if (language != null) {
            query.setParameter(2, language.toString());
        }
        return query.executeUpdate() > 0;
    }

    @SuppressWarnings("unchecked")
    private static List<Redirect> rows(List<?> result) {
        return ((List<Object[]>) result).stream().map(r -> new Redirect((String) r[0],
                "en".equals(r[1]) ? ArticleLanguage.EN : ArticleLanguage.TH, (UUID) r[2], SqlTimestamps.of(r[3]), (String) r[4])).toList();
    }
}
