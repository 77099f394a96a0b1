package dev.khao.entity;

import dev.khao.common.ApiDoc;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A named entity as clients see it. */
@Schema(name = "Entity")
public record EntityResponse(
        UUID id,
        @Schema(example = "escap") String slug,
        @Schema(example = "organization") EntityType type,
        @Schema(description = "Name per language code, Thai first", example = "{\"th\": \"เอสแคป\", \"en\": \"ESCAP\"}") Map<String, String> name,
        @Schema(example = "[\"คณะกรรมาธิการเศรษฐกิจและสังคมสำหรับเอเชียและแปซิฟิก\", \"UNESCAP\"]") List<String> aliases,
        @Schema(example = "คณะกรรมาธิการระดับภูมิภาคของสหประชาชาติ มีสำนักงานใหญ่ที่กรุงเทพฯ") String description,
        @Schema(example = "{\"wikidata\": \"Q1065\"}") Map<String, String> externalIds,
        @Schema(description = "Published articles linked to this entity", example = "7") long articleCount,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Name of the API key that created it", example = "โต๊ะข่าวเศรษฐกิจ") String createdBy,
        @Schema(description = "Name of the API key that last changed it", example = "โต๊ะข่าวเศรษฐกิจ") String updatedBy,
        @Schema(description = ApiDoc.VERSION, example = "3") int version) {
}
