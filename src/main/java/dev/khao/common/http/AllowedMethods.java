package dev.khao.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The methods each path of the API takes, for the {@code Allow} header of a 405 and of {@code OPTIONS} (RFC 9110
 * §10.2.1). RESTEasy sends none with a 405 and lists every method of a resource class for {@code OPTIONS}, whatever
 * the path; this reads the resource methods' own paths instead.
 */
@ApplicationScoped
public class AllowedMethods {

    /**
     * A path template of a resource method, as a pattern with its count of literal characters, and the HTTP method it
     * answers. Of the templates a path matches, JAX-RS takes those with the most literal characters.
     */
    private record Route(Pattern path, int literals, String method) {
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}");

    private final List<Route> routes;

    public AllowedMethods(BeanManager beans) {
        List<Route> found = new ArrayList<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Path base = bean.getBeanClass().getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            for (Method method : bean.getBeanClass().getMethods()) {
                String http = httpMethod(method);
                if (http != null) {
                    Path own = method.getAnnotation(Path.class);
                    String template = base.value() + "/" + (own == null ? "" : own.value());
                    found.add(new Route(template(template), literals(template), http));
                }
            }
        }
        this.routes = List.copyOf(found);
    }

    /** The methods {@code path} takes, HEAD with GET, and OPTIONS; empty when no resource has the path. */
    public Set<String> of(String path) {
        Set<String> methods = new TreeSet<>();
        String normalised = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        int best = -1;
        for (Route route : routes) {
            if (route.path().matcher(normalised).matches() && route.literals() >= best) {
                if (route.literals() > best) {
                    methods.clear();
                    best = route.literals();
                }
                methods.add(route.method());
            }
        }
        if (methods.isEmpty()) {
            return methods;
        }
        if (methods.contains(HttpMethod.GET)) {
            methods.add(HttpMethod.HEAD);
        }
        methods.add(HttpMethod.OPTIONS);
        return methods;
    }

    /** {@link #of} as the value of an Allow header, or null when no resource has the path. */
    public String header(String path) {
        Set<String> methods = of(path);
        return methods.isEmpty() ? null : String.join(", ", methods);
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static int literals(String template) {
        return PARAMETER.matcher(template).replaceAll("").replace("/", "").length();
    }

    /** A JAX-RS path template as a pattern: {@code {id}} is one segment, {@code {year: [0-9]{4}}} its own pattern. */
    static Pattern template(String template) {
        String path = ("/" + template).replaceAll("/{2,}", "/");
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        StringBuilder pattern = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(path);
        int from = 0;
        while (parameter.find()) {
            pattern.append(Pattern.quote(path.substring(from, parameter.start())));
            pattern.append(parameter.group(1) == null ? "[^/]+" : "(?:" + parameter.group(1).strip() + ")");
            from = parameter.end();
        }
        pattern.append(Pattern.quote(path.substring(from)));
        return Pattern.compile(pattern.toString());
    }
}
