package dev.khao.search.query;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Suggests nothing; stands in until a real {@link SpellingSuggestions} bean exists. */
@DefaultBean
@ApplicationScoped
public class NoSpellingSuggestions implements SpellingSuggestions {

    @Override
    public List<String> suggest(String query, List<String> words) {
        return List.of();
    }
}
