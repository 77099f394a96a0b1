package dev.khao.entity;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.khao.common.problem.ProblemException;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What kind of thing a named entity is; written in lower case in JSON and in the database. */
public enum EntityType {
    PERSON("person"),
    ORGANIZATION("organization"),
    PLACE("place"),
    EVENT("event"),
    PROGRAM("program"),
    PRODUCT("product"),
    OTHER("other");

    private final String value;

    EntityType(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** The lower-case value, so that problem messages listing the constants list what clients send. */
    @Override
    public String toString() {
        return value;
    }

    /** The type named {@code value} (as sent in the {@code type} query parameter); anything else is a 400 naming the allowed values. */
    public static EntityType parse(String field, String value) {
        for (EntityType type : values()) {
            if (type.value.equals(value)) {
                return type;
            }
        }
        throw ProblemException.invalidField(field, "must be one of: " + allowed());
    }

    static String allowed() {
        return Arrays.stream(values()).map(EntityType::value).collect(Collectors.joining(", "));
    }

    /** Stores the lower-case value the {@code entities.type} CHECK constraint expects, not the constant's name. */
    @Converter
    public static class Column implements AttributeConverter<EntityType, String> {

        @Override
        public String convertToDatabaseColumn(EntityType type) {
            return type == null ? null : type.value;
        }

        @Override
        public EntityType convertToEntityAttribute(String value) {
            if (value == null) {
                return null;
            }
            for (EntityType type : values()) {
                if (type.value.equals(value)) {
                    return type;
                }
            }
            throw new IllegalStateException("Unknown entity type in the database: " + value);
        }
    }
}
