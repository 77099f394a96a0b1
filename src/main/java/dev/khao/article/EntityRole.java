package dev.khao.article;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.khao.common.LowerCaseEnums;
import jakarta.persistence.Converter;

/** How an article involves a named entity. */
public enum EntityRole {
    SUBJECT, MENTIONED, QUOTED;

    @JsonValue
    @Override
    public String toString() {
        return LowerCaseEnums.name(this);
    }

    /** Stored as the lower-case name. */
    @Converter(autoApply = true)
    public static class Column extends LowerCaseEnums.Column<EntityRole> {
        public Column() {
            super(EntityRole.class);
        }
    }
}
