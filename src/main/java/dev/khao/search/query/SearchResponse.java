package dev.khao.search.query;

import dev.khao.article.ArticleLanguage;
import dev.khao.article.ArticleResponse.SectionRef;
import dev.khao.article.ArticleStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A page of search results with totals, facets and paging. */
@Schema(name = "SearchResults")
public record SearchResponse(List<SearchHit> data, SearchMeta meta) {

    /** One matched article, how well it matched, and where. */
    @Schema(name = "SearchHit")
    public record SearchHit(
            ArticleSummary article,
            @Schema(description = "Relevance: text rank with the freshness boost; higher is better", example = "0.4213") double score,
            @Schema(description = "Up to two snippets of the title or body, HTML-escaped, matched words in <mark>",
                    example = "[\"…ลดช่องว่างการเข้าถึง<mark>ดิจิทัล</mark> ในการประชุมรัฐมนตรี<mark>ดิจิทัล</mark>ภูมิภาคเอเชียแปซิฟิก…\"]")
            List<String> highlights) {
    }

    /** The article as a result list shows it; fetch {@code /v1/articles/{id}} for the rest. */
    @Schema(name = "ArticleSummary")
    public record ArticleSummary(
            UUID id,
            @Schema(example = "ชัยวุฒิ-โชว์เน็ตประชารัฐ-ลดช่องว่างการเข้าถึงดิจิทัล") String slug,
            @Schema(example = "th") ArticleLanguage language,
            @Schema(example = "“ชัยวุฒิ” โชว์เน็ตประชารัฐ ลดช่องว่างการเข้าถึงดิจิทัล") String title,
            String subtitle,
            String summary,
            SectionRef section,
            @Schema(example = "published") ArticleStatus status,
            OffsetDateTime publishedAt) {
    }

    /** Totals, paging and facets of a search. */
    @Schema(name = "SearchMeta")
    public record SearchMeta(
            @Schema(description = "Articles matching, across all pages; counted up to khao.search.count-limit (1000 by default)",
                    example = "42") long total,
            @Schema(description = "True when more articles match than were counted: total is then a lower bound (\"1000+\"), "
                    + "and facets count the newest total matches", example = "false") boolean totalIsLowerBound,
            @Schema(description = "Page size used", example = "20") int limit,
            @Schema(description = "Opaque cursor of the next page; null on the last page", nullable = true) String nextCursor,
            Facets facets,
            @Schema(description = "Other queries to suggest when nothing was found", example = "[\"ดิจิทัล\"]") List<String> didYouMean,
            QuerySummary query) {
    }

    /** The most frequent sections, tags and entities among the matched articles (when meta.totalIsLowerBound, the newest meta.total of them). */
    @Schema(name = "SearchFacets")
    public record Facets(List<FacetValue> sections, List<FacetValue> tags, List<FacetValue> entities) {
    }

    /** One facet value and how many matched articles have it. */
    @Schema(name = "FacetValue")
    public record FacetValue(UUID id, @Schema(example = "ดิจิทัล") String slug, @Schema(example = "ดิจิทัล") String name,
                             @Schema(example = "7") long count) {
    }

    /** How the query was understood: words as segmented and normalised. */
    @Schema(name = "QuerySummary")
    public record QuerySummary(
            @Schema(description = "Each entry must match; alternatives joined by OR", example = "[[\"ชัยวุฒิ\"], [\"ลด ช่อง ว่าง\"]]")
            List<List<String>> allOf,
            @Schema(description = "Words and phrases that must not match", example = "[\"เกาหลี\"]") List<String> noneOf,
            @Schema(description = "Entities whose other names were searched too") List<UUID> entities) {
    }
}
