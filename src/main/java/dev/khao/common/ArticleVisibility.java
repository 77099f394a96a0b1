package dev.khao.common;

/**
 * The one definition of a publicly visible article, for every native query that needs it (lists, counts, search):
 * published or scheduled, its publication time passed, not in the trash. A scheduled article is visible from its
 * time on, so visibility never waits for the scheduler that later marks it published.
 */
public final class ArticleVisibility {

    /** Condition on the article alias {@code a}; format it with the SQL expression (a parameter) giving "now". */
    public static final String SQL = "a.status IN ('published', 'scheduled') AND a.published_at <= %s AND a.deleted_at IS NULL";

    private ArticleVisibility() {
    }
}
