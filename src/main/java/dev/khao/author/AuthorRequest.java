package dev.khao.author;

import dev.khao.common.HttpUrl;
import dev.khao.common.ApiDoc;
import dev.khao.common.Slugs;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create or replace an author. */
@Schema(name = "AuthorRequest")
public record AuthorRequest(
        @Schema(description = "URL slug; generated from the name when absent", example = "สมชาย-ใจดี")
        @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case letters, digits and single hyphens") String slug,
        @Schema(example = "สมชาย ใจดี") @NotBlank @Size(max = 200) String name,
        @Schema(example = "ผู้สื่อข่าวสายเศรษฐกิจ ติดตามตลาดทุนและนโยบายการเงิน") @Size(max = 5000) String bio,
        @Schema(example = "somchai@example.co.th") @Email @Size(max = 320) String email,
        @Schema(description = "Absolute http or https URL of the author's picture", example = "https://cdn.example.co.th/authors/somchai.jpg")
        @HttpUrl @Size(max = 2000) String avatarUrl,
        @Schema(description = ApiDoc.VERSION_IN_BODY, example = "3") Integer version) {
}
