package dev.khao.common.http;

import dev.khao.common.StorableText;
import dev.khao.common.problem.Problem;
import dev.khao.common.problem.ProblemException;
import dev.khao.common.problem.ProblemType;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Refuses an API request ({@code /v1/…}) with a query parameter its endpoint does not take, as unknown fields in a
 * body are refused: a misspelt filter ({@code ?secton=}, {@code ?publishedAfter=}) would otherwise be ignored and the
 * answer would list everything. Names starting with {@code _} are left alone for cache busters; feeds and sitemaps,
 * which partners fetch with tracking parameters of their own, are not checked. Also refuses a true/false flag given
 * without a value ({@code ?purge}, {@code ?force=}), which JAX-RS reads as false without asking the converter: an
 * admin who meant to purge would find the row only trashed.
 */
public class QueryParameterCheck {

    private static final String API = "/v1/";

    private final Map<Method, Taken> taken = new ConcurrentHashMap<>();

    /**
     * The parameters an endpoint takes, lower-cased (resources read them regardless of case) and as declared, and
     * which of them are true/false flags (lower-cased).
     */
    private record Taken(Set<String> lowerCased, String listed, Set<String> flags) {
    }

    /** After authorisation: a caller without access learns nothing about an endpoint's parameters. */
    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 100)
    public void check(RoutingContext context, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        // The parameters RequestTargetCheck decoded before routing, and the target as routed: no parsing again.
        MultiMap parameters = context.queryParams();
        if (method == null || parameters.isEmpty() || !context.request().path().startsWith(API)) {
            return;
        }
        Taken names = taken.computeIfAbsent(method, QueryParameterCheck::namesTakenBy);
        for (String name : parameters.names()) {
            String lowerCased = name.toLowerCase(Locale.ROOT);
            if (names.flags().contains(lowerCased)) {
                for (String value : parameters.getAll(name)) {
                    if (value.isBlank()) {
                        throw ProblemException.invalidField(name, "has no value; send true or false");
                    }
                    // The converter also takes 1 and 0, which JAX-RS passes for an absent flag; a client must say which.
                    String flag = value.strip();
                    if (!flag.equalsIgnoreCase("true") && !flag.equalsIgnoreCase("false")) {
                        throw ProblemException.invalidField(name, "'" + StorableText.shown(value, 30) + "' is neither true nor false");
                    }
                }
            }
            if (!name.startsWith("_") && !names.lowerCased().contains(lowerCased)) {
                String shown = StorableText.shown(name, 60);
                String detail = "Unknown query parameter '" + shown + "'; "
                        + (names.listed().isEmpty() ? "this endpoint takes none" : "this endpoint takes: " + names.listed());
                throw new ProblemException(ProblemType.BAD_PARAMETER, detail,
                        List.of(new Problem.FieldError(shown, "is not a parameter of this endpoint")));
            }
        }
    }

    private static Taken namesTakenBy(Method method) {
        Set<String> names = new TreeSet<>();
        Set<String> flags = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            add(parameter, parameter.getType(), names, flags);
        }
        return new Taken(lowerCased(names), String.join(", ", names), lowerCased(flags));
    }

    private static Set<String> lowerCased(Set<String> names) {
        return names.stream().map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** The name of a query parameter, or those of a bean of parameters and of its superclasses, fields and setters. */
    private static void add(AnnotatedElement element, Class<?> type, Set<String> names, Set<String> flags) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query != null) {
            names.add(query.value());
            if (type == boolean.class || type == Boolean.class) {
                flags.add(query.value());
            }
        }
        if (!element.isAnnotationPresent(BeanParam.class)) {
            return;
        }
        for (Class<?> bean = type; bean != null && bean != Object.class; bean = bean.getSuperclass()) {
            for (Field field : bean.getDeclaredFields()) {
                add(field, field.getType(), names, flags);
            }
            for (Method setter : bean.getDeclaredMethods()) {
                if (setter.getParameterCount() == 1) {
                    add(setter, setter.getParameterTypes()[0], names, flags);
                }
            }
        }
    }
}
