package dev.khao.common.paging;

import dev.khao.common.problem.ProblemException;

/** A client's request for one page: where to start and how many items. */
public record PageRequest(String cursor, int limit) {

    public static PageRequest of(String cursor, Integer limit, int defaultLimit, int maxLimit) {
        int size = limit == null ? defaultLimit : limit;
        if (size < 1 || size > maxLimit) {
            throw ProblemException.invalidField("limit", "must be between 1 and " + maxLimit);
        }
        return new PageRequest(cursor, size);
    }
}
