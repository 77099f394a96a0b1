package dev.khao.search;

import java.util.List;

/** Names similar to a query that found nothing, for a 'did you mean' hint. */
public interface SpellingSuggestions {
    List<String> suggest(String query, int max);
}
