package dev.khao.search.suggest;

import dev.khao.search.query.SpellingSuggestions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * "Did you mean" from the catalog: entity names and aliases, tag and section names that are trigram-similar to the
 * query or to one of its words (pg_trgm works on Thai too, the database's ctype being C.UTF-8).
 */
@ApplicationScoped
public class TrigramSpellingSuggestions implements SpellingSuggestions {

    private final SuggestRepository lookup;

    public TrigramSpellingSuggestions(SuggestRepository lookup) {
        this.lookup = lookup;
    }

    /** How many names a search that found nothing offers. */
    static final int HINTS = 5;

    /** The query's own words are matched inside {@link SuggestRepository#similarNames}, so the whole query suffices. */
    @Override
    public List<String> suggest(String query, List<String> words) {
        return suggest(query, HINTS);
    }

    /** Up to {@code max} names resembling the query or one of its words, best first. */
    @Transactional
    public List<String> suggest(String query, int max) {
        if (query == null || query.isBlank() || max < 1) {
            return List.of();
        }
        String q = query.strip();
        // Its first words can still be misspelt names; cutting the rest bounds the trigram work like /v1/suggest's limit does.
        if (q.codePointCount(0, q.length()) > SuggestService.MAX_QUERY_LENGTH) {
            q = q.substring(0, q.offsetByCodePoints(0, SuggestService.MAX_QUERY_LENGTH));
        }
        return lookup.similarNames(q, max);
    }
}
