package dev.khao.entity;

import dev.khao.common.CatalogEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Someone or something the news is about (a person, organisation, place, event, programme or product), named
 * in one or more languages and known by aliases in any script, e.g. เอสแคป = ESCAP.
 */
@jakarta.persistence.Entity
@Table(name = "entities")
public class NamedEntity extends CatalogEntity {

    public static final String THAI = "th";
    public static final String ENGLISH = "en";

    @Convert(converter = EntityType.Column.class)
    @Column(nullable = false)
    public EntityType type;

    /** Name per language code (th, en, zh-Hant, …); never empty. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, String> name = new LinkedHashMap<>();

    /** Other names in any script (abbreviations, full official names, transliterations), without duplicates. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> aliases = new ArrayList<>();

    public String description;

    /** Identifiers in other systems by system name, e.g. {@code wikidata → Q1065}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "external_ids", nullable = false, columnDefinition = "jsonb")
    public Map<String, String> externalIds = new LinkedHashMap<>();

    /** The name to show and sort by: Thai if there is one, else English, else the first of the others by language code. */
    public String displayName() {
        return orderedNames(name).values().stream().findFirst().orElse("");
    }

    /**
     * Names Thai first, then English, then the rest by language code. jsonb keeps no key order, so "first" has
     * to be defined by the codes themselves for the display name (and so the sort key) to be stable.
     */
    public static Map<String, String> orderedNames(Map<String, String> names) {
        Map<String, String> ordered = new LinkedHashMap<>();
        if (names == null) {
            return ordered;
        }
        if (names.containsKey(THAI)) {
            ordered.put(THAI, names.get(THAI));
        }
        if (names.containsKey(ENGLISH)) {
            ordered.put(ENGLISH, names.get(ENGLISH));
        }
        new TreeMap<>(names).forEach(ordered::putIfAbsent);
        return ordered;
    }
}
