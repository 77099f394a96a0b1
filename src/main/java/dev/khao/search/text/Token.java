package dev.khao.search.text;

import java.util.List;

/**
 * A segment of text at {@code [start, end)}: a word with its lexeme, or the spaces and punctuation between
 * words ({@code lexeme} null). A word merged from several ICU segments by the term dictionary keeps the
 * lexemes of those segments as {@code parts}.
 */
public record Token(String lexeme, int start, int end, List<String> parts) {

    public Token {
        parts = List.copyOf(parts);
    }

    static Token word(String lexeme, int start, int end) {
        return new Token(lexeme, start, end, List.of());
    }

    static Token gap(int start, int end) {
        return new Token(null, start, end, List.of());
    }

    public boolean isWord() {
        return lexeme != null;
    }

    public boolean isMerged() {
        return !parts.isEmpty();
    }
}
