package dev.khao.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The one place where named entities cross between storage and HTTP. */
final class EntityMapper {

    private EntityMapper() {
    }

    static EntityResponse toResponse(NamedEntity entity, long articleCount) {
        return new EntityResponse(entity.id, entity.slug, entity.type, NamedEntity.orderedNames(entity.name),
                List.copyOf(entity.aliases), entity.description, new TreeMap<>(entity.externalIds), articleCount,
                entity.createdAt, entity.updatedAt, entity.createdBy, entity.updatedBy, entity.version);
    }

    /** The current state in request form, the document a merge patch applies to. */
    static EntityRequest toRequest(NamedEntity entity) {
        return new EntityRequest(entity.slug, entity.type, new LinkedHashMap<>(entity.name), new ArrayList<>(entity.aliases),
                entity.description, new LinkedHashMap<>(entity.externalIds), null);
    }

    static void apply(EntityRequest request, NamedEntity entity) {
        entity.type = request.type();
        entity.name = stripped(request.name());
        entity.aliases = distinct(request.aliases());
        entity.description = request.description();
        entity.externalIds = stripped(request.externalIds());
    }

    private static Map<String, String> stripped(Map<String, String> values) {
        Map<String, String> result = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((key, value) -> result.put(key, value.strip()));
        }
        return result;
    }

    private static List<String> distinct(List<String> aliases) {
        if (aliases == null) {
            return new ArrayList<>();
        }
        // Editors paste alias lists from several sources; a repeat adds nothing, and the first position is the intended one.
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        aliases.forEach(alias -> unique.add(alias.strip()));
        return new ArrayList<>(unique);
    }
}
