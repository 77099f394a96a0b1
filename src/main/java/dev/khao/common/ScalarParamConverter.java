package dev.khao.common;

import dev.khao.common.problem.ProblemException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads whole-number and true/false query parameters ({@code limit}, {@code purge}) strictly, naming the parameter in
 * a 400 when the value is neither. JAX-RS would answer a bad number with a 404, as if the resource did not exist, and
 * read any word but "true" as false, so {@code ?purge=yes} would quietly only trash. (A path that is not a number names
 * no resource, so path parameters keep their 404.)
 */
@Provider
public class ScalarParamConverter implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryParameter(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new Strict<>(name, ScalarParamConverter::wholeNumber);
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) new Strict<>(name, ScalarParamConverter::trueOrFalse);
        }
        return null;
    }

    /** Parses with {@code parse}, which returns the value, or a {@link Refusal} saying what is wrong with it. */
    private record Strict<T>(String name, Function<String, Object> parse) implements ParamConverter<T> {
        @Override
        @SuppressWarnings("unchecked")
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            Object parsed = parse.apply(value.trim());
            if (parsed instanceof Refusal refusal) {
                String shown = StorableText.shown(value, 30);
                throw ProblemException.invalidField(name, "'" + shown + "' " + refusal.message());
            }
            return (T) parsed;
        }

        @Override
        public String toString(T value) {
            return String.valueOf(value);
        }
    }

    private record Refusal(String message) {
    }

    /** ASCII digits only: Integer.valueOf also reads Thai, Arabic-Indic and full-width digits, and a leading '+'. */
    private static Object wholeNumber(String value) {
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            return new Refusal("is not a whole number");
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return new Refusal("is out of range");
        }
    }

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]+");

    /** Also 1 and 0: JAX-RS itself passes "0" for an absent primitive. */
    private static Object trueOrFalse(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> new Refusal("is neither true nor false");
        };
    }

    private static String queryParameter(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return null;
    }
}
