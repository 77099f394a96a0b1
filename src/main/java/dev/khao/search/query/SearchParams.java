package dev.khao.search.query;

import dev.khao.article.ArticleQuery;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of a search; filters mean what they mean for the article list. */
public class SearchParams {

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

    @QueryParam("section")
    @Parameter(description = "Section id or slug", example = "เทคโนโลยี")
    public String section;

    @QueryParam("tag")
    @Parameter(description = "Tag id or slug", example = "ดิจิทัล")
    public String tag;

    @QueryParam("author")
    @Parameter(description = "Author id or slug")
    public String author;

    @QueryParam("entity")
    @Parameter(description = "Named entity id or slug", example = "escap")
    public String entity;

    @QueryParam("language")
    @Parameter(description = "th or en")
    public String language;

    @QueryParam("status")
    @Parameter(description = "Editors: comma-separated statuses (draft, scheduled, published, archived) or `any`. "
            + "Without it, only published articles whose publication time has passed are searched.")
    public String status;

    @QueryParam("publishedFrom")
    @Parameter(description = "Published at or after: ISO date (newsroom time zone) or timestamp with offset", example = "2024-05-01")
    public String publishedFrom;

    @QueryParam("publishedTo")
    @Parameter(description = "Published before: ISO date (newsroom time zone) or timestamp with offset", example = "2024-06-01T00:00:00+07:00")
    public String publishedTo;

    @QueryParam("cursor")
    @Parameter(description = "Cursor from `meta.nextCursor` of the previous page")
    public String cursor;

    @QueryParam("limit")
    @Parameter(description = "Page size, 1 to 100 (default 20)")
    public Integer limit;

    /** The filters in the article list's own parameter form, so both read them by the same rules. */
    ArticleQuery asArticleQuery() {
        ArticleQuery query = new ArticleQuery();
        query.section = section;
        query.tag = tag;
        query.author = author;
        query.entity = entity;
        query.language = language;
        query.status = status;
        query.publishedFrom = publishedFrom;
        query.publishedTo = publishedTo;
        return query;
    }
}
