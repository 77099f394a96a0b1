package dev.khao.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.khao.article.ArticleResponse;
import dev.khao.author.AuthorResponse;
import dev.khao.common.ContentChanged.ContentType;
import dev.khao.entity.EntityResponse;
import dev.khao.section.SectionResponse;
import dev.khao.tag.TagResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** One resource in a sync answer: its current representation, or a tombstone saying the partner must remove it. */
@Schema(name = "SyncEntry")
public record SyncEntry(
        @Schema(enumeration = {"article", "section", "tag", "author", "entity"}, example = "article") String type,
        UUID id,
        @Schema(enumeration = {"upsert", "delete"}, example = "upsert",
                description = "upsert: store `data` under (type, id), replacing what you have; delete: remove (type, id) if you have it")
        String op,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "What GET /v1/{type}s/{id} returns; absent for deletes", nullable = true,
                oneOf = {ArticleResponse.class, SectionResponse.class, TagResponse.class, AuthorResponse.class, EntityResponse.class})
        Object data) {

    static SyncEntry upsert(ContentType type, UUID id, Object data) {
        return new SyncEntry(SyncKey.name(type), id, "upsert", data);
    }

    static SyncEntry delete(ContentType type, UUID id) {
        return new SyncEntry(SyncKey.name(type), id, "delete", null);
    }
}
