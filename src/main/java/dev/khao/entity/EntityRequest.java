package dev.khao.entity;

import dev.khao.common.ApiDoc;
import dev.khao.common.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** What a client sends to create or replace a named entity. */
@Schema(name = "EntityRequest")
public record EntityRequest(
        @Schema(description = "URL slug; generated from the English name (else the Thai one) when absent", example = "escap")
        @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case letters, digits and single hyphens") String slug,

        @Schema(required = true, example = "organization") @NotNull EntityType type,

        @Schema(required = true, description = "Name per language code (ISO 639, optionally with a script or region, e.g. th, en, zh-Hant); at most "
                + MAX_NAMES + ". The Thai name is shown and sorted by when present, else the English one.",
                example = "{\"th\": \"เอสแคป\", \"en\": \"ESCAP\"}")
        @NotEmpty @Size(max = MAX_NAMES)
        Map<@Pattern(regexp = LANGUAGE, message = "must be a language code such as th, en or zh-Hant") String,
                @NotBlank @Size(max = MAX_NAME_LENGTH) String> name,

        @Schema(description = "Other names in any script; duplicates are dropped, first occurrence kept",
                example = "[\"คณะกรรมาธิการเศรษฐกิจและสังคมสำหรับเอเชียและแปซิฟิก\", \"UNESCAP\"]")
        @Size(max = MAX_ALIASES) List<@NotBlank @Size(max = MAX_NAME_LENGTH) String> aliases,

        @Schema(example = "คณะกรรมาธิการระดับภูมิภาคของสหประชาชาติ มีสำนักงานใหญ่ที่กรุงเทพฯ")
        @Size(max = 5000) String description,

        @Schema(description = "Identifiers in other systems by system name", example = "{\"wikidata\": \"Q1065\"}")
        @Size(max = MAX_EXTERNAL_IDS)
        Map<@Pattern(regexp = SYSTEM, message = "must be a lower-case system name such as wikidata") String,
                @NotBlank @Size(max = 200) String> externalIds,
        @Schema(description = ApiDoc.VERSION_IN_BODY, example = "3") Integer version) {

    static final String LANGUAGE = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$";
    static final String SYSTEM = "^[a-z][a-z0-9_-]{0,39}$";
    static final int MAX_NAMES = 20;
    static final int MAX_NAME_LENGTH = 300;
    static final int MAX_ALIASES = 100;
    static final int MAX_EXTERNAL_IDS = 50;
}
