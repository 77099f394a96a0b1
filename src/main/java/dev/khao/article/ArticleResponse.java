package dev.khao.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.khao.common.ApiDoc;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An article as clients see it, with light references to everything it links to so one request renders a page. */
@Schema(name = "Article")
public record ArticleResponse(
        UUID id,
        @Schema(example = "ชัยวุฒิ-โชว์เน็ตประชารัฐ-ลดช่องว่างการเข้าถึงดิจิทัล") String slug,
        @Schema(example = "th") ArticleLanguage language,
        @Schema(example = "“ชัยวุฒิ” โชว์เน็ตประชารัฐ ลดช่องว่างการเข้าถึงดิจิทัล") String title,
        String subtitle,
        String summary,
        @Schema(description = "Sanitised HTML body", example = "<p>ชัยวุฒิ ธนาคมานุสรณ์ …</p>") String bodyHtml,
        @Schema(description = "Plain-text body, paragraphs separated by blank lines") String bodyText,
        CoverImageResponse coverImage,
        SectionRef section,
        List<CatalogRef> tags,
        List<CatalogRef> authors,
        List<EntityRef> entities,
        @Schema(example = "published") ArticleStatus status,
        OffsetDateTime publishedAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Name of the API key that created it", example = "โต๊ะข่าวเศรษฐกิจ") String createdBy,
        @Schema(description = "Name of the API key that last changed it", example = "โต๊ะข่าวเศรษฐกิจ") String updatedBy,
        String canonicalUrl,
        String sourceUrl,
        String externalSource,
        String externalId,
        List<RelatedResponse> related,
        @Schema(description = "Words in the body, Thai segmented by dictionary", example = "412") int wordCount,
        @Schema(example = "3") int readingTimeMinutes,
        @Schema(description = ApiDoc.VERSION, example = "3") int version) {

    /** The lead image. */
    @Schema(name = "CoverImageResponse")
    public record CoverImageResponse(String url, String alt, String caption, String credit) {
    }

    /** A section, as embedded in an article. */
    @Schema(name = "SectionRef")
    public record SectionRef(UUID id, @Schema(example = "เทคโนโลยี") String slug, @Schema(example = "เทคโนโลยี") String name) {
    }

    /** A tag or author, as embedded in an article. */
    @Schema(name = "CatalogRef")
    public record CatalogRef(UUID id, @Schema(example = "ดิจิทัล") String slug, @Schema(example = "ดิจิทัล") String name) {
    }

    /** A named entity and its role, as embedded in an article. */
    @Schema(name = "EntityRef")
    public record EntityRef(UUID id, @Schema(example = "escap") String slug,
                            @Schema(example = "{\"th\": \"เอสแคป\", \"en\": \"ESCAP\"}") Map<String, String> name,
                            @Schema(example = "organization") String type,
                            @Schema(example = "mentioned") EntityRole role) {
    }

    /** Related reading: {@code article} for a Khao article, {@code external} for a headline elsewhere. */
    @Schema(name = "Related")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RelatedResponse(
            @Schema(enumeration = {"article", "external"}, example = "external") String type,
            ArticleRef article,
            @Schema(example = "ซิสโก้ จับมือ แพลนเน็ตคอม พัฒนา “โมบายล์ดาต้าเซ็นเตอร์” ขับเคลื่อนสมาร์ทซิตี้ในไทย") String headline,
            String url) {
    }

    /** Another article, as linked from this one. */
    @Schema(name = "ArticleRef")
    public record ArticleRef(UUID id, String slug, @Schema(example = "th") ArticleLanguage language, String title) {
    }
}
