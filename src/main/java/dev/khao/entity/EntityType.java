package dev.khao.entity;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.khao.common.LowerCaseEnums;
import dev.khao.common.problem.ProblemException;
import jakarta.persistence.Converter;

/** What kind of thing a named entity is; written in lower case in JSON and in the database. */
public enum EntityType {
    PERSON, ORGANIZATION, PLACE, EVENT, PROGRAM, PRODUCT, OTHER;

    @JsonValue
    public String value() {
        return LowerCaseEnums.name(this);
    }

    /** The lower-case value, so that problem messages listing the constants list what clients send. */
    @Override
    public String toString() {
        return value();
    }

    /** The type named {@code value} (as sent in the {@code type} query parameter); anything else is a 400 naming the allowed values. */
    public static EntityType parse(String field, String value) {
        return LowerCaseEnums.parse(EntityType.class, value)
                .orElseThrow(() -> ProblemException.invalidField(field, "must be one of: " + allowed()));
    }

    static String allowed() {
        return LowerCaseEnums.allowed(EntityType.class);
    }

    /** Stores the lower-case value the {@code entities.type} CHECK constraint expects. */
    @Converter
    public static class Column extends LowerCaseEnums.Column<EntityType> {
        public Column() {
            super(EntityType.class);
        }
    }
}
