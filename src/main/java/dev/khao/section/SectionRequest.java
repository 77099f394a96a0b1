package dev.khao.section;

import dev.khao.common.ApiDoc;
import dev.khao.common.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create or replace a section. */
@Schema(name = "SectionRequest")
public record SectionRequest(
        @Schema(description = "URL slug; generated from the name when absent", example = "เทคโนโลยี")
        @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case letters, digits and single hyphens") String slug,
        @Schema(example = "เทคโนโลยี") @NotBlank @Size(max = 200) String name,
        @Schema(example = "ข่าวเทคโนโลยีและเศรษฐกิจดิจิทัล") @Size(max = 2000) String description,
        @Schema(description = ApiDoc.VERSION_IN_BODY, example = "3") Integer version) {
}
