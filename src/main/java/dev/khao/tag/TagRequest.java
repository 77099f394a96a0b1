package dev.khao.tag;

import dev.khao.common.ApiDoc;
import dev.khao.common.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create or replace a tag. */
@Schema(name = "TagRequest")
public record TagRequest(
        @Schema(description = "URL slug; generated from the name when absent", example = "ดิจิทัล")
        @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case letters, digits and single hyphens") String slug,
        @Schema(example = "ดิจิทัล") @NotBlank @Size(max = 200) String name,
        @Schema(example = "เศรษฐกิจดิจิทัล สตาร์ทอัพ และนโยบายเทคโนโลยี") @Size(max = 2000) String description,
        @Schema(description = ApiDoc.VERSION_IN_BODY, example = "3") Integer version) {
}
