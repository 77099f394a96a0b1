package dev.khao.search.query;

import dev.khao.article.ArticleFilter;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AtOnceSearchesTest {

    private static final ArticleFilter PUBLIC = ArticleFilter.published();
    private static final ArticleFilter SECTION = new ArticleFilter(UUID.randomUUID(), null, null, null, null, Set.of(), null, null);

    @Test
    void remembersPerWordsAndFiltersHowTheNextRunShouldRead() {
        AtOnceSearches searches = new AtOnceSearches();
        assertFalse(searches.atOnce("'ทุเรียน'", PUBLIC), "a search not run yet reads era by era");

        searches.remember("'ทุเรียน'", PUBLIC, true);
        assertTrue(searches.atOnce("'ทุเรียน'", PUBLIC));
        assertFalse(searches.atOnce("'ทุเรียน'", SECTION), "other filters, another search");
        assertFalse(searches.atOnce("'มังคุด'", PUBLIC), "other words, another search");

        searches.remember("'ทุเรียน'", PUBLIC, false);
        assertFalse(searches.atOnce("'ทุเรียน'", PUBLIC), "the last run decides");
    }

    @Test
    void forgetsTheLeastRecentlyUsedSearchesBeyondItsBound() {
        AtOnceSearches searches = new AtOnceSearches();
        searches.remember("'first'", PUBLIC, true);
        searches.remember("'kept'", PUBLIC, true);
        for (int i = 0; i < AtOnceSearches.REMEMBERED - 2; i++) {
            searches.remember("'word" + i + "'", PUBLIC, true);
        }
        // Asking counts as use: 'kept' is now the most recent, 'first' the least.
        assertTrue(searches.atOnce("'kept'", PUBLIC));
        searches.remember("'one more'", PUBLIC, true);

        assertFalse(searches.atOnce("'first'", PUBLIC), "forgotten: read era by era again");
        assertTrue(searches.atOnce("'kept'", PUBLIC));
        assertTrue(searches.atOnce("'one more'", PUBLIC));
    }
}
