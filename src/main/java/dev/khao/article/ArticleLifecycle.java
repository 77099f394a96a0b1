package dev.khao.article;

import dev.khao.common.problem.ProblemException;
import dev.khao.common.problem.ProblemType;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The states an article moves through and the moves allowed between them. {@code scheduled} is "published at a
 * future time": a write stores a publication in the future as scheduled and one in the past as published,
 * whichever of the two was sent. Archived is reached only from published; an archived article goes back to
 * published (republish) or to draft (taken back for rework), never straight into the schedule.
 */
final class ArticleLifecycle {

    private static final Set<ArticleStatus> NEW = EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.SCHEDULED, ArticleStatus.PUBLISHED);

    private static final Map<ArticleStatus, Set<ArticleStatus>> ALLOWED = Map.of(
            ArticleStatus.DRAFT, EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.SCHEDULED, ArticleStatus.PUBLISHED),
            ArticleStatus.SCHEDULED, EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.SCHEDULED, ArticleStatus.PUBLISHED),
            // Back to draft is "unpublish"; back to scheduled moves the publication into the future (an embargo).
            ArticleStatus.PUBLISHED, EnumSet.allOf(ArticleStatus.class),
            ArticleStatus.ARCHIVED, EnumSet.of(ArticleStatus.ARCHIVED, ArticleStatus.PUBLISHED, ArticleStatus.DRAFT));

    private ArticleLifecycle() {
    }

    /** The status a write stores: published and scheduled follow the publication time. */
    static ArticleStatus effective(ArticleStatus requested, OffsetDateTime publishedAt, OffsetDateTime now) {
        if (requested == ArticleStatus.PUBLISHED || requested == ArticleStatus.SCHEDULED) {
            return publishedAt.isAfter(now) ? ArticleStatus.SCHEDULED : ArticleStatus.PUBLISHED;
        }
        return requested;
    }

    /** Throws a 409 problem unless an article may move {@code from} (null for a new article) {@code to}. */
    static void checkTransition(ArticleStatus from, ArticleStatus to) {
        Set<ArticleStatus> allowed = from == null ? NEW : ALLOWED.get(from);
        if (!allowed.contains(to)) {
            String detail = from == null
                    ? "A new article cannot be " + to + "; it starts as one of: " + names(NEW)
                    : "An article cannot go from " + from + " to " + to + "; from " + from + " it may go to: " + names(allowed);
            throw new ProblemException(ProblemType.CONFLICT, detail);
        }
    }

    /** Whether the public sees the article at {@code now}: published or scheduled, its time passed, not in the trash. */
    static boolean visible(Article article, OffsetDateTime now) {
        return (article.status == ArticleStatus.PUBLISHED || article.status == ArticleStatus.SCHEDULED)
                && article.publishedAt != null && !article.publishedAt.isAfter(now) && article.deletedAt == null;
    }

    /**
     * Whether the article's publication has been announced (a PUBLISHED event fired): published, not scheduled. A
     * scheduled article is already visible from its time on, but it is announced once, by the scheduler or by the
     * first write after its time, whichever comes first.
     */
    static boolean announced(Article article, OffsetDateTime now) {
        return article.status == ArticleStatus.PUBLISHED && visible(article, now);
    }

    private static String names(Set<ArticleStatus> statuses) {
        return String.join(", ", statuses.stream().map(ArticleStatus::toString).toList());
    }
}
