package dev.khao.search.query;

import dev.khao.article.ArticleFilterParams;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of a search; filters mean what they mean for the article list. */
public class SearchParams extends ArticleFilterParams {

    @QueryParam("q")
    @Parameter(description = "What to find. Every word is required; \"quoted words\" are a phrase; -word or -\"a phrase\" "
            + "excludes; OR (upper case) between words offers a choice. Thai needs no spaces: ดิจิทัล finds "
            + "การเปลี่ยนผ่านทางดิจิทัล. A name of a known entity also finds its other names (ESCAP finds เอสแคป).",
            required = true, example = "ดิจิทัล ESCAP -เกาหลี")
    public String q;

    @QueryParam("sort")
    @Parameter(description = "relevance (default: best match among the newest `khao.search.rank-candidates` matches, "
            + "with a boost for fresh articles) or newest (every match, newest first)")
    public String sort;
}
