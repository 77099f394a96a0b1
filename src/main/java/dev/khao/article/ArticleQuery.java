package dev.khao.article;

import dev.khao.common.problem.ProblemException;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of article lists: the shared filters and paging, and the list's sort orders. */
public class ArticleQuery extends ArticleFilterParams {

    @QueryParam("sort")
    @Parameter(description = "-publishedAt (default, newest first), publishedAt, title (Thai dictionary order) or -title")
    public String sort;

    ArticleSort sort() {
        return sort == null ? ArticleSort.NEWEST : ArticleSort.parse(sort)
                .orElseThrow(() -> ProblemException.invalidField("sort", "must be one of: " + ArticleSort.allowed()));
    }
}
