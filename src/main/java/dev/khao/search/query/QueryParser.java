package dev.khao.search.query;

import dev.khao.common.problem.ProblemException;
import dev.khao.search.text.Terms;
import dev.khao.search.text.ThaiSegmenter;
import dev.khao.search.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads the search language: every word is required; {@code "quoted words"} are a phrase; {@code -word} or
 * {@code -"a phrase"} excludes; {@code OR} (upper case) between words offers a choice. A word that segments
 * into several words (a Thai run without spaces) is a phrase of them, so its parts must be adjacent.
 */
public final class QueryParser {

    private QueryParser() {
    }

    private record Clause(String text, boolean excluded, boolean or) {
    }

    /** Parses {@code q}; a query with nothing to look for is a 400 problem. */
    public static ParsedQuery parse(String q, Terms terms, int maxLength) {
        if (q == null || q.isBlank()) {
            throw ProblemException.invalidField("q", "must not be blank");
        }
        if (q.codePointCount(0, q.length()) > maxLength) {
            throw ProblemException.invalidField("q", "must be at most " + maxLength + " characters");
        }
        List<List<ParsedQuery.Term>> allOf = new ArrayList<>();
        List<ParsedQuery.Term> noneOf = new ArrayList<>();
        boolean orPending = false;
        boolean lastWasPositive = false;
        for (Clause clause : clauses(q)) {
            if (clause.or()) {
                orPending = lastWasPositive;
                continue;
            }
            ParsedQuery.Term term = term(clause.text(), terms);
            if (term == null) {
                // Only punctuation: nothing to look for, and it does not break an OR.
                continue;
            }
            if (clause.excluded()) {
                noneOf.add(term);
                lastWasPositive = false;
                orPending = false;
            } else {
                if (orPending) {
                    allOf.get(allOf.size() - 1).add(term);
                } else {
                    allOf.add(new ArrayList<>(List.of(term)));
                }
                lastWasPositive = true;
                orPending = false;
            }
        }
        if (allOf.isEmpty()) {
            throw ProblemException.invalidField("q", noneOf.isEmpty()
                    ? "has no words to search for"
                    : "needs at least one word to search for besides exclusions");
        }
        return new ParsedQuery(allOf, noneOf);
    }

    /** Splits the raw query into words, quoted phrases, exclusions and OR operators. */
    private static List<Clause> clauses(String q) {
        List<Clause> clauses = new ArrayList<>();
        int i = 0;
        int n = q.length();
        while (i < n) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean excluded = false;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(q.charAt(i + 1))) {
                excluded = true;
                i++;
                c = q.charAt(i);
            }
            if (c == '"') {
                int close = q.indexOf('"', i + 1);
                int end = close < 0 ? n : close;
                clauses.add(new Clause(q.substring(i + 1, end), excluded, false));
                i = close < 0 ? n : close + 1;
                continue;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(q.charAt(i)) && q.charAt(i) != '"') {
                i++;
            }
            String word = q.substring(start, i);
            clauses.add(new Clause(word, excluded, !excluded && word.equals("OR")));
        }
        return clauses;
    }

    /** The term for a word or phrase; null when it has no words at all. */
    static ParsedQuery.Term term(String text, Terms terms) {
        List<Token> words = ThaiSegmenter.words(text, terms);
        if (words.isEmpty()) {
            return null;
        }
        ParsedQuery.Phrase phrase = phrase(words, terms, words.size() == 1);
        List<ParsedQuery.Phrase> aliases = new ArrayList<>();
        List<UUID> entities = new ArrayList<>();
        for (Terms.EntityNames entity : terms.entitiesNamed(Terms.key(words))) {
            entities.add(entity.id());
            for (String name : entity.names()) {
                List<Token> nameWords = ThaiSegmenter.words(name, terms);
                if (!nameWords.isEmpty()) {
                    ParsedQuery.Phrase alias = phrase(nameWords, terms, false);
                    if (!alias.equals(phrase) && !aliases.contains(alias)) {
                        aliases.add(alias);
                    }
                }
            }
        }
        return new ParsedQuery.Term(text.strip(), phrase, aliases, entities);
    }

    private static ParsedQuery.Phrase phrase(List<Token> words, Terms terms, boolean withCompounds) {
        return new ParsedQuery.Phrase(words.stream()
                .map(w -> new ParsedQuery.Slot(w.lexeme(), w.parts(),
                        withCompounds ? terms.compoundsContaining(w.lexeme()) : java.util.Set.of()))
                .toList());
    }
}
