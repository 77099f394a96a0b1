package dev.khao.article.revision;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries over article revisions. */
@ApplicationScoped
public class RevisionRepository implements PanacheRepositoryBase<ArticleRevision, ArticleRevision.Key> {

    /**
     * Locks the article's row for the rest of the transaction (a write holds it already) so that revision numbers
     * are taken one writer at a time; false when the article no longer exists.
     */
    boolean lockArticle(UUID articleId) {
        return !getEntityManager().createNativeQuery("SELECT 1 FROM articles WHERE id = ?1 FOR UPDATE")
                .setParameter(1, articleId).getResultList().isEmpty();
    }

    boolean articleExists(UUID articleId) {
        return !getEntityManager().createNativeQuery("SELECT 1 FROM articles WHERE id = ?1")
                .setParameter(1, articleId).getResultList().isEmpty();
    }

    Optional<ArticleRevision> latest(UUID articleId) {
        return find("articleId = ?1 order by number desc", articleId).firstResultOptional();
    }

    Optional<ArticleRevision> find(UUID articleId, int number) {
        return find("articleId = ?1 and number = ?2", articleId, number).firstResultOptional();
    }

    long countFor(UUID articleId) {
        return count("articleId", articleId);
    }

    /** Up to {@code limit} revisions numbered below {@code before} (all when null), newest first, without their snapshots. */
    List<RevisionSummary> page(UUID articleId, Integer before, int limit) {
        return getEntityManager().createQuery("select r.number, r.change, r.changedFields, r.createdBy, r.createdAt"
                        + " from ArticleRevision r where r.articleId = ?1 and r.number < ?2 order by r.number desc", Object[].class)
                .setParameter(1, articleId)
                .setParameter(2, before == null ? Integer.MAX_VALUE : before)
                .setMaxResults(limit)
                .getResultList().stream()
                .map(RevisionSummary::of)
                .toList();
    }
}
