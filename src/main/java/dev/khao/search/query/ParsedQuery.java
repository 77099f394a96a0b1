package dev.khao.search.query;

import dev.khao.search.index.SearchDocument;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A search query after parsing: groups that must all match, each group a choice of terms ({@code OR}), and
 * terms that must not match. Renders itself as a {@code tsquery} literal of quoted lexemes, never through
 * PostgreSQL's parser, which cannot segment Thai.
 */
public record ParsedQuery(List<List<Term>> allOf, List<Term> noneOf) {

    public ParsedQuery {
        allOf = allOf.stream().map(List::copyOf).toList();
        noneOf = List.copyOf(noneOf);
    }

    /**
     * One word position of a phrase: the lexeme, the ICU segments it was merged from (older documents, indexed
     * before the name was known, hold those instead), and compounds from tag and section names containing it.
     */
    public record Slot(String lexeme, List<String> parts, Set<String> compounds) {
        public Slot {
            parts = List.copyOf(parts);
            compounds = Set.copyOf(compounds);
        }
    }

    /** Consecutive words; a single word is a phrase of one. */
    public record Phrase(List<Slot> slots) {
        public Phrase {
            slots = List.copyOf(slots);
        }

        public List<String> lexemes() {
            return slots.stream().map(Slot::lexeme).toList();
        }

        String tsquery() {
            List<String> rendered = slots.stream().map(Phrase::slot).toList();
            return rendered.size() == 1 ? rendered.get(0) : "(" + String.join(" <-> ", rendered) + ")";
        }

        private static String slot(Slot slot) {
            Set<String> alternatives = new LinkedHashSet<>();
            alternatives.add(quote(slot.lexeme()));
            if (!slot.parts().isEmpty()) {
                alternatives.add(slot.parts().stream().map(ParsedQuery::quote).collect(Collectors.joining(" <-> ")));
            }
            slot.compounds().stream().sorted().map(ParsedQuery::quote).forEach(alternatives::add);
            return alternatives.size() == 1 ? alternatives.iterator().next() : "(" + String.join(" | ", alternatives) + ")";
        }
    }

    /**
     * What one query word or quoted phrase asks for. When it is a name of known entities, {@code aliases} holds
     * their other names and {@code entities} their ids: any of them, or a link to the entity, matches.
     */
    public record Term(String text, Phrase phrase, List<Phrase> aliases, List<UUID> entities) {
        public Term {
            aliases = List.copyOf(aliases);
            entities = List.copyOf(entities);
        }

        String tsquery() {
            Set<String> alternatives = new LinkedHashSet<>();
            alternatives.add(phrase.tsquery());
            aliases.forEach(alias -> alternatives.add(alias.tsquery()));
            entities.forEach(id -> alternatives.add(quote(SearchDocument.entityMarker(id))));
            return alternatives.size() == 1 ? alternatives.iterator().next() : "(" + String.join(" | ", alternatives) + ")";
        }

        /** The words as the index sees them, space-separated; how the query was understood. */
        public String display() {
            return String.join(" ", phrase.lexemes());
        }
    }

    /** The query as a tsquery literal. */
    public String tsquery() {
        List<String> parts = new ArrayList<>();
        for (List<Term> group : allOf) {
            List<String> alternatives = group.stream().map(Term::tsquery).distinct().toList();
            parts.add(alternatives.size() == 1 ? alternatives.get(0) : "(" + String.join(" | ", alternatives) + ")");
        }
        for (Term term : noneOf) {
            parts.add("!" + term.tsquery());
        }
        return String.join(" & ", parts);
    }

    /**
     * Word sequences to mark in highlights: every wanted phrase, its entities' other names, and the compounds
     * a single word may have been merged into.
     */
    public List<List<String>> highlightPatterns() {
        Set<List<String>> patterns = new LinkedHashSet<>();
        for (List<Term> group : allOf) {
            for (Term term : group) {
                patterns.add(term.phrase().lexemes());
                term.aliases().forEach(alias -> patterns.add(alias.lexemes()));
                if (term.phrase().slots().size() == 1) {
                    term.phrase().slots().get(0).compounds().forEach(c -> patterns.add(List.of(c)));
                }
            }
        }
        return List.copyOf(patterns);
    }

    static String quote(String lexeme) {
        return SearchDocument.quote(lexeme, new StringBuilder()).toString();
    }
}
