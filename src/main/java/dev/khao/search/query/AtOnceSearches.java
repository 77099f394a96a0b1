package dev.khao.search.query;

import dev.khao.article.ArticleFilter;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The searches whose matches are best read all at once rather than era by era (see SearchRepository#newest), as their
 * last run showed: how many rows a search has only shows once it has run, like the statistics a planner keeps. Only a
 * choice of reading: both ways give the same rows, so a stale or forgotten entry costs time, never a wrong answer.
 */
@ApplicationScoped
public class AtOnceSearches {

    /** Searches remembered, the least recently used forgotten first: a few hundred bytes each. */
    static final int REMEMBERED = 4096;

    private final Map<String, Boolean> atOnce = new LinkedHashMap<>(REMEMBERED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** Whether this search's matches should be read all at once; era by era when it has not run yet. */
    public synchronized boolean atOnce(String matchQuery, ArticleFilter filter) {
        return atOnce.getOrDefault(key(matchQuery, filter), false);
    }

    /** How the next run of this search should read its matches. */
    public synchronized void remember(String matchQuery, ArticleFilter filter, boolean atOnceNextTime) {
        atOnce.put(key(matchQuery, filter), atOnceNextTime);
    }

    private static String key(String matchQuery, ArticleFilter filter) {
        return filter + "\n" + matchQuery;
    }
}
