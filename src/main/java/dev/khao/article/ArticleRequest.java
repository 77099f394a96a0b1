package dev.khao.article;

import dev.khao.common.FourDigitYear;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.khao.common.ApiDoc;
import dev.khao.common.HttpUrl;
import dev.khao.common.Slugs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What a client sends to create or replace an article. The body comes as either HTML or plain text. */
@Schema(name = "ArticleRequest")
public record ArticleRequest(
        @Schema(description = "URL slug, unique per language; generated from the title when absent",
                example = "ชัยวุฒิ-โชว์เน็ตประชารัฐ-ลดช่องว่างการเข้าถึงดิจิทัล")
        @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case letters, digits and single hyphens") String slug,
        @Schema(description = "Defaults to th", example = "th") ArticleLanguage language,
        @Schema(example = "“ชัยวุฒิ” โชว์เน็ตประชารัฐ ลดช่องว่างการเข้าถึงดิจิทัล") @NotBlank @Size(max = 500) String title,
        @Schema(example = "ในการประชุมรัฐมนตรีดิจิทัลภูมิภาคเอเชียแปซิฟิก ที่เกาหลีใต้") @Size(max = 500) String subtitle,
        @Schema(example = "รัฐมนตรีดีอีเอสร่วมประชุมกับเอสแคปที่กรุงโซล") @Size(max = 2000) String summary,
        @Schema(description = "Body as HTML; sanitised against an allow-list on write", example = "<p>ชัยวุฒิ ธนาคมานุสรณ์ เข้าร่วมการประชุม…</p>")
        @Size(max = 2_000_000) String bodyHtml,
        @Schema(description = "Body as plain text; paragraphs separated by blank lines", example = "ชัยวุฒิ ธนาคมานุสรณ์ เข้าร่วมการประชุม…\n\nโดยในการประชุมฯ …")
        @Size(max = 2_000_000) String bodyText,
        @Valid CoverImageRequest coverImage,
        @Schema(description = "Section id") UUID sectionId,
        @Schema(description = "Tag ids, in display order") @Size(max = MAX_TAGS) List<@NotNull UUID> tagIds,
        @Schema(description = "Author ids, in byline order") @Size(max = 20) List<@NotNull UUID> authorIds,
        @Schema(description = "Named entities involved, in display order") @Size(max = 200) List<@NotNull @Valid EntityLinkRequest> entities,
        @Schema(description = "Defaults to draft", example = "published") ArticleStatus status,
        @Schema(description = "Publication time; set to now when publishing without one", example = "2022-11-10T10:00:00+07:00") @FourDigitYear OffsetDateTime publishedAt,
        @Schema(example = "https://news.example.com/tech/chaiwut-net-pracharat") @HttpUrl @Size(max = 2000) String canonicalUrl,
        @Schema(description = "Where the story came from", example = "https://www.thaigov.go.th/news/contents/details/12345") @HttpUrl @Size(max = 2000) String sourceUrl,
        @Schema(description = "System an import came from; with externalId it identifies the article there", example = "thaigov")
        @Size(max = 100) @Pattern(regexp = "^[a-z0-9][a-z0-9._-]*$", message = "must be lower-case letters, digits, dots, underscores and hyphens") String externalSource,
        @Schema(example = "thaigov-89778") @Size(max = 200) String externalId,
        @Schema(description = "Related reading, in order") @Size(max = 50) List<@NotNull @Valid RelatedRequest> related,
        // Left out when absent, so an import's fingerprint of a request stays what it was before versions existed.
        @Schema(description = ApiDoc.VERSION_IN_BODY, example = "3") @JsonInclude(JsonInclude.Include.NON_NULL) Integer version) {

    public static final int MAX_TAGS = 50;

    /** The lead image. */
    @Schema(name = "CoverImage")
    public record CoverImageRequest(
            @Schema(example = "https://cdn.example.com/2022/11/chaiwut-seoul.jpg") @NotBlank @HttpUrl @Size(max = 2000) String url,
            @Schema(example = "ชัยวุฒิ ธนาคมานุสรณ์ กล่าวในที่ประชุม") @Size(max = 500) String alt,
            @Schema(example = "การประชุมรัฐมนตรีดิจิทัลภูมิภาคเอเชียแปซิฟิก ณ กรุงโซล") @Size(max = 1000) String caption,
            @Schema(example = "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม") @Size(max = 300) String credit) {
    }

    /** A link to a named entity with the entity's role in the story. */
    @Schema(name = "EntityLinkRequest")
    public record EntityLinkRequest(
            @NotNull UUID id,
            @Schema(description = "Defaults to mentioned", example = "subject") EntityRole role) {
    }

    /** Either another Khao article ({@code articleId}) or an external headline with an optional URL. */
    @Schema(name = "RelatedRequest")
    public record RelatedRequest(
            UUID articleId,
            @Schema(example = "ซิสโก้ จับมือ แพลนเน็ตคอม พัฒนา “โมบายล์ดาต้าเซ็นเตอร์” ขับเคลื่อนสมาร์ทซิตี้ในไทย") @Size(max = 500) String headline,
            @HttpUrl @Size(max = 2000) String url) {
    }
}
