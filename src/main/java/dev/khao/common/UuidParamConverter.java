package dev.khao.common;

import dev.khao.common.problem.ProblemException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.UUID;

/** Reads UUID path and query parameters; a malformed one is a 400 naming the parameter, not a bare 404. */
@Provider
public class UuidParamConverter implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == UUID.class ? (ParamConverter<T>) new Named(parameterName(annotations)) : null;
    }

    /** Converts for one parameter, so that a refusal names the parameter the client got wrong. */
    private record Named(String name) implements ParamConverter<UUID> {
        @Override
        public UUID fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return UUID.fromString(value.trim());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField(name, "'" + StorableText.shown(value, 60) + "' is not a UUID");
            }
        }

        @Override
        public String toString(UUID value) {
            return value.toString();
        }
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return "id";
    }
}
