package dev.khao.search.query;

import dev.khao.common.problem.ProblemException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Orders of search results: best match first (with a freshness boost), or newest first. */
public enum SearchSort {
    RELEVANCE("relevance"),
    NEWEST("newest");

    private final String param;

    SearchSort(String param) {
        this.param = param;
    }

    public String param() {
        return param;
    }

    public static SearchSort parse(String value) {
        if (value == null || value.isBlank()) {
            return RELEVANCE;
        }
        return Arrays.stream(values()).filter(s -> s.param.equals(value)).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("sort", "must be one of: "
                        + Arrays.stream(values()).map(SearchSort::param).collect(Collectors.joining(", "))));
    }
}
