package dev.khao.search.query;

import java.util.List;

/**
 * "Did you mean" for a query that found nothing: alternative queries to offer the reader, best first. The
 * default offers none; a real implementation replaces it by being a bean of this type.
 */
public interface SpellingSuggestions {

    /**
     * Suggestions for {@code query} (as typed), given the words it searched for (each a word or quoted
     * phrase as typed, exclusions left out).
     */
    List<String> suggest(String query, List<String> words);
}
