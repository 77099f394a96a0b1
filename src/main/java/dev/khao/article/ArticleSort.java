package dev.khao.article;

import java.util.Arrays;
import java.util.Optional;

/** Orders a list can take; each is a keyset (value, id) so pages stay stable while articles are published. */
public enum ArticleSort {
    NEWEST("-publishedAt", "sortAt", true),
    OLDEST("publishedAt", "sortAt", false),
    TITLE("title", "titleSortKey", false),
    TITLE_DESC("-title", "titleSortKey", true);

    private final String param;
    private final String property;
    private final boolean descending;

    ArticleSort(String param, String property, boolean descending) {
        this.param = param;
        this.property = property;
        this.descending = descending;
    }

    public String param() {
        return param;
    }

    String property() {
        return property;
    }

    boolean descending() {
        return descending;
    }

    boolean byTime() {
        return property.equals("sortAt");
    }

    public static Optional<ArticleSort> parse(String param) {
        return Arrays.stream(values()).filter(s -> s.param.equals(param)).findFirst();
    }

    public static String allowed() {
        return String.join(", ", Arrays.stream(values()).map(ArticleSort::param).toList());
    }
}
