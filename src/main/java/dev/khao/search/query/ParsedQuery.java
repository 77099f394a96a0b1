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

        /**
         * The phrase as a tsquery. Adjacent Thai words are looked up as the pair lexemes the index holds
         * ({@link SearchDocument#pair}): two words are exactly their pair, so no positions are read. Longer phrases
         * require all their pairs, which the GIN index answers alone; when {@code exact}, also the phrase itself,
         * which PostgreSQL can only check by reading each candidate's whole document.
         */
        String tsquery(boolean exact, boolean minimal) {
            List<List<List<String>>> alternatives = slots.stream().map(Phrase::alternatives).toList();
            if (alternatives.stream().allMatch(a -> a.size() == 1)) {
                return sequence(alternatives.stream().flatMap(a -> a.get(0).stream()).toList(), exact);
            }
            if (slots.size() == 1) {
                return any(alternatives.get(0).stream().map(words -> sequence(words, exact)).toList());
            }
            boolean pairsSuffice = !exact && alternatives.stream().flatMap(List::stream).allMatch(Phrase::pairedThroughout);
            // Several words, some with several readings (merged names): each word, each boundary, then the phrase.
            List<String> boundaries = new ArrayList<>();
            for (int i = 0; i + 1 < alternatives.size(); i++) {
                boundaries.add(boundary(alternatives.get(i), alternatives.get(i + 1)));
            }
            List<String> required = new ArrayList<>();
            for (int i = 0; i < alternatives.size(); i++) {
                // A pair is indexed only where both its words are, so a word each of whose readings is one word is
                // implied by a pair beside it; left out of the match query, its long posting list is not read at all.
                boolean implied = alternatives.get(i).stream().allMatch(words -> words.size() == 1)
                        && ((i > 0 && boundaries.get(i - 1) != null) || (i < boundaries.size() && boundaries.get(i) != null));
                if (!(minimal && implied)) {
                    required.add(any(alternatives.get(i).stream().map(Phrase::pairsOf).toList()));
                }
                if (i < boundaries.size()) {
                    if (boundaries.get(i) != null) {
                        required.add(boundaries.get(i));
                    } else {
                        pairsSuffice = false;
                    }
                }
            }
            if (!pairsSuffice) {
                required.add("(" + String.join(" <-> ", slots.stream().map(Phrase::slot).toList()) + ")");
            }
            return "(" + String.join(" & ", new LinkedHashSet<>(required)) + ")";
        }

        /** The word sequences a slot may be written as in documents: its lexeme, its ICU parts, compounds holding it. */
        private static List<List<String>> alternatives(Slot slot) {
            Set<List<String>> alternatives = new LinkedHashSet<>();
            alternatives.add(List.of(slot.lexeme()));
            if (!slot.parts().isEmpty()) {
                alternatives.add(slot.parts());
            }
            slot.compounds().stream().sorted().forEach(c -> alternatives.add(List.of(c)));
            return List.copyOf(alternatives);
        }

        /**
         * Consecutive words: one lexeme, one pair lexeme, or the pairs (the GIN prefilter) and, when {@code exact} or
         * some two of them are not indexed as a pair, the phrase.
         */
        private static String sequence(List<String> words, boolean exact) {
            if (words.size() == 1) {
                return quote(words.get(0));
            }
            if (words.size() == 2 && SearchDocument.pairs(words.get(0), words.get(1))) {
                return quote(SearchDocument.pair(words.get(0), words.get(1)));
            }
            if (!exact && pairedThroughout(words)) {
                return pairsOnly(words);
            }
            String phrase = "(" + words.stream().map(ParsedQuery::quote).collect(Collectors.joining(" <-> ")) + ")";
            String pairs = pairsOnly(words);
            return pairs == null ? phrase : "(" + pairs + " & " + phrase + ")";
        }

        /** Whether every two neighbours of these words form an indexed pair (a single word trivially does). */
        private static boolean pairedThroughout(List<String> words) {
            for (int i = 0; i + 1 < words.size(); i++) {
                if (!SearchDocument.pairs(words.get(i), words.get(i + 1))) {
                    return false;
                }
            }
            return true;
        }

        /** What the index must hold for these consecutive words: their pairs where indexed, else the words. */
        private static String pairsOf(List<String> words) {
            if (words.size() == 1) {
                return quote(words.get(0));
            }
            String pairs = pairsOnly(words);
            return pairs != null ? pairs : "(" + words.stream().map(ParsedQuery::quote).collect(Collectors.joining(" & ")) + ")";
        }

        /** The pair lexemes of these consecutive words ANDed, or null when no two of them form an indexed pair. */
        private static String pairsOnly(List<String> words) {
            Set<String> pairs = new LinkedHashSet<>();
            for (int i = 0; i + 1 < words.size(); i++) {
                if (SearchDocument.pairs(words.get(i), words.get(i + 1))) {
                    pairs.add(quote(SearchDocument.pair(words.get(i), words.get(i + 1))));
                }
            }
            return pairs.isEmpty() ? null : pairs.size() == 1 ? pairs.iterator().next() : "(" + String.join(" & ", pairs) + ")";
        }

        /** The pairs one of which must stand where two slots meet; null when some reading there is not indexed as a pair. */
        private static String boundary(List<List<String>> before, List<List<String>> after) {
            Set<String> pairs = new LinkedHashSet<>();
            for (List<String> left : before) {
                for (List<String> right : after) {
                    String last = left.get(left.size() - 1);
                    if (!SearchDocument.pairs(last, right.get(0))) {
                        return null;
                    }
                    pairs.add(quote(SearchDocument.pair(last, right.get(0))));
                }
            }
            return any(List.copyOf(pairs));
        }

        private static String any(List<String> alternatives) {
            List<String> distinct = List.copyOf(new LinkedHashSet<>(alternatives));
            return distinct.size() == 1 ? distinct.get(0) : "(" + String.join(" | ", distinct) + ")";
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

        String tsquery(boolean exact, boolean minimal) {
            Set<String> alternatives = new LinkedHashSet<>();
            alternatives.add(phrase.tsquery(exact, minimal));
            aliases.forEach(alias -> alternatives.add(alias.tsquery(exact, minimal)));
            entities.forEach(id -> alternatives.add(quote(SearchDocument.entityMarker(id))));
            return alternatives.size() == 1 ? alternatives.iterator().next() : "(" + String.join(" | ", alternatives) + ")";
        }

        /** The words as the index sees them, space-separated; how the query was understood. */
        public String display() {
            return String.join(" ", phrase.lexemes());
        }
    }

    /**
     * The query as a tsquery literal the GIN index answers alone: a word of three or more Thai pieces is found where
     * each two neighbouring pieces stand together, without reading positions. It can differ from {@link #exact()}
     * only where those pairs occur apart; a page is checked against the exact query before it is shown.
     */
    public String tsquery() {
        return render(false, true, false);
    }

    /**
     * {@link #tsquery()} without the words a word pair beside them already requires: it matches exactly the same
     * documents, and the GIN index reads fewer posting lists (ประชุม, คณะ, รัฐมนตรี each list thousands of articles). For
     * matching only: ranking counts every word.
     */
    public String matchQuery() {
        return render(false, true, true);
    }

    /** The query as a tsquery literal with every phrase checked word by word (positions read from each document). */
    public String exact() {
        return render(true, true, false);
    }

    /**
     * The wanted part of {@link #exact()}, without exclusions. A document the pair-level {@link #tsquery()} matched
     * (so none of the excluded words' pairs) that matches this also matches the exact query.
     */
    public String exactWanted() {
        return render(true, false, false);
    }

    private String render(boolean exact, boolean exclusions, boolean minimal) {
        List<String> parts = new ArrayList<>();
        for (List<Term> group : allOf) {
            List<String> alternatives = group.stream().map(t -> t.tsquery(exact, minimal)).distinct().toList();
            parts.add(alternatives.size() == 1 ? alternatives.get(0) : "(" + String.join(" | ", alternatives) + ")");
        }
        for (Term term : exclusions ? noneOf : List.<Term>of()) {
            parts.add("!" + term.tsquery(exact, minimal));
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
