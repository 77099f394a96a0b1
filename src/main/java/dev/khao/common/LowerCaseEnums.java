package dev.khao.common;

import jakarta.persistence.AttributeConverter;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Enums appear on the wire and in the database as their lower-case names ({@code published}, {@code th}). */
public final class LowerCaseEnums {

    private LowerCaseEnums() {
    }

    public static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> name(e).equals(value)).findFirst();
    }

    /** The accepted values, for error messages. */
    public static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(LowerCaseEnums::name).collect(Collectors.joining(", "));
    }

    /** Base of the JPA converters storing an enum as its lower-case name, which the tables' CHECK constraints list. */
    public abstract static class Column<E extends Enum<E>> implements AttributeConverter<E, String> {
        private final Class<E> type;

        protected Column(Class<E> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(E value) {
            return value == null ? null : name(value);
        }

        @Override
        public E convertToEntityAttribute(String value) {
            return value == null ? null : parse(type, value).orElseThrow(() -> new IllegalStateException("Unknown " + type.getSimpleName() + " " + value));
        }
    }
}
