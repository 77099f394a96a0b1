package dev.khao.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.khao.common.JsonSettings;
import dev.khao.common.StorableText;
import io.vertx.ext.web.RoutingContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Turns every failure into an RFC 9457 problem response; nothing internal (stack traces, class names) leaks out. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    public static Response response(ProblemType type, String detail, List<Problem.FieldError> errors, UriInfo uri) {
        // Details and field names may echo what the client sent, which need not be writable as UTF-8 JSON.
        List<Problem.FieldError> echoed = errors.stream()
                .map(e -> new Problem.FieldError(StorableText.replaced(e.field()), StorableText.replaced(e.message()))).toList();
        Problem problem = new Problem(type.uri(), type.title(), type.status(), StorableText.replaced(detail),
                instance(uri), echoed.isEmpty() ? null : echoed);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String instance(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, RoutingContext routing) {
        Response response = response(e.type(), e.getMessage(), e.errors(), uri);
        e.headers().forEach((name, value) -> response.getHeaders().putSingle(name, value));
        if (e.type() == ProblemType.PAYLOAD_TOO_LARGE) {
            closeAfter(response, routing);
        }
        return response;
    }

    @ServerExceptionMapper
    public Response tooLarge(dev.khao.common.http.BodySizeLimit.TooLarge e, UriInfo uri, RoutingContext routing) {
        return closeAfter(response(ProblemType.PAYLOAD_TOO_LARGE, e.getMessage(), List.of(), uri), routing);
    }

    /**
     * The rest of a body too large to take is not read: the connection closes once the answer is sent (Vert.x keeps
     * it open, and reads on, whatever the answer's {@code Connection} header says).
     */
    private static Response closeAfter(Response response, RoutingContext routing) {
        response.getHeaders().putSingle("Connection", "close");
        routing.addEndHandler(ended -> routing.request().connection().close());
        return response;
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        String detail = errors.stream().map(err -> err.field() + ": " + err.message()).collect(Collectors.joining("; "));
        return response(ProblemType.VALIDATION, detail, errors, uri);
    }

    @ServerExceptionMapper
    public Response notUtf8(dev.khao.common.StrictUtf8.Malformed e, UriInfo uri) {
        return response(ProblemType.MALFORMED_REQUEST, "Request body is " + e.getMessage(), List.of(), uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = pathOf(unknown);
            return response(ProblemType.VALIDATION, "Unknown field '" + field + "'",
                    List.of(new Problem.FieldError(field, "is not a known field")), uri);
        }
        if (e instanceof JsonSettings.UnstorableTextException text) {
            String field = pathOf(text);
            return response(ProblemType.VALIDATION, field + ": " + StorableText.MESSAGE,
                    List.of(new Problem.FieldError(field, StorableText.MESSAGE)), uri);
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
            String field = pathOf(format);
            String allowed = Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
            String message = "must be one of: " + allowed;
            return response(ProblemType.VALIDATION, field + ": " + message, List.of(new Problem.FieldError(field, message)), uri);
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = pathOf(mismatch);
            String expected = mismatch.getTargetType() == null ? "a different type" : describe(mismatch.getTargetType());
            String message = "must be " + expected;
            return response(ProblemType.VALIDATION, field + ": " + message, List.of(new Problem.FieldError(field, message)), uri);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t instanceof JsonProcessingException json ? json.getOriginalMessage() : t.getMessage());
            if (t instanceof java.io.CharConversionException || message.contains("UTF-8") || message.contains("UTF8")) {
                return response(ProblemType.MALFORMED_REQUEST, "Request body is not valid UTF-8", List.of(), uri);
            }
            if (t instanceof JsonParseException) {
                return response(ProblemType.MALFORMED_REQUEST, "Request body is not valid JSON" + location(e), List.of(), uri);
            }
        }
        return response(ProblemType.MALFORMED_REQUEST, "Request body could not be read as the expected JSON document" + location(e), List.of(), uri);
    }

    /**
     * Quarkus ships its own mapper for this subtype (unknown fields, wrong types, unknown enum values), and the
     * most specific mapper wins; without this one those errors would leave as plain JSON instead of problems.
     */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unpatchable(dev.khao.common.JsonMergePatch.PatchNotApplicable e, UriInfo uri) {
        return unreadable(e.jsonCause(), uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri, RoutingContext routing) {
        // A parameter converter's own problem (a malformed UUID in a path) arrives wrapped in a bare 404.
        if (e.getCause() instanceof ProblemException problem) {
            return problem(problem, uri, routing);
        }
        // The body reader reports undecodable bytes (invalid UTF-8) as a bare 400 around Jackson's exception.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return unreadable(json, uri);
            }
            if (cause instanceof java.io.CharConversionException) {
                return response(ProblemType.MALFORMED_REQUEST, "Request body is not valid UTF-8", List.of(), uri);
            }
        }
        int status = e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "No resource at " + (uri == null ? "this path" : instance(uri));
            case 405 -> "This resource does not support that method";
            case 406 -> "This resource cannot produce the requested media type";
            case 415 -> "This resource does not accept that media type";
            case 413 -> "Request body is larger than allowed";
            default -> status >= 500 ? "The server failed to handle the request" : "The request is not valid";
        };
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        // A 405's Allow header is added by AllowHeader, which knows the path's methods.
        return Response.fromResponse(response(type, detail, List.of(), uri)).status(status).build();
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
        if (e instanceof OptimisticLockException || hasCause(e, org.hibernate.StaleStateException.class)) {
            return response(ProblemType.CONFLICT, "The resource was changed by another request; fetch it and try again", List.of(), uri);
        }
        org.hibernate.exception.ConstraintViolationException violation = cause(e, org.hibernate.exception.ConstraintViolationException.class);
        if (violation != null) {
            // Two requests raced for the same unique value; the service checks first, so this is the loser of a race.
            String constraint = violation.getConstraintName();
            if (constraint != null && constraint.contains("slug")) {
                // Both took the slug made from one name; a retry sees the winner's and makes the next free one.
                return retryAfter(1, ProblemType.CONFLICT,
                        "Another request took the same slug at the same moment; retry (a slug made from the name then moves on to the next free one)", uri);
            }
            return response(ProblemType.CONFLICT, "The request conflicts with an existing resource", List.of(), uri);
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (isLockConflict(e)) {
            // PostgreSQL broke a deadlock between concurrent writes by rolling this one back; nothing was stored.
            LOG.debug("Write rolled back to break a deadlock", e);
            return retryAfter(1, ProblemType.CONFLICT,
                    "The request collided with a concurrent change to the same content and was rolled back; retry it", uri);
        }
        Throwable unreachable = databaseUnreachable(e);
        if (unreachable != null) {
            // One line per request, not a stack trace each: while the database is down, every request lands here.
            LOG.warnf("Database unavailable: %s", unreachable.getMessage());
            return retryAfter(5, ProblemType.UNAVAILABLE,
                    "The database cannot be reached or has no free connection; retry in a moment", uri);
        }
        if (cause(e, io.vertx.core.http.HttpClosedException.class) != null) {
            // The client went away while its body was read: nobody to answer, nothing wrong here, no stack trace in the
            // log for every client that does it.
            LOG.debugf("Client closed the connection during %s", uri == null ? "a request" : instance(uri));
            return response(ProblemType.MALFORMED_REQUEST, "The connection was closed before the request body arrived", List.of(), uri);
        }
        LOG.error("Unexpected failure", e);
        return response(ProblemType.INTERNAL, "The server failed to handle the request", List.of(), uri);
    }

    /** A problem the same request may succeed at later: {@code Retry-After} says how many seconds to wait. */
    private static Response retryAfter(int seconds, ProblemType type, String detail, UriInfo uri) {
        Response response = response(type, detail, List.of(), uri);
        response.getHeaders().putSingle("Retry-After", String.valueOf(seconds));
        return response;
    }

    /**
     * The failure to reach PostgreSQL behind {@code e}, if that is what it is: a connection refused or lost (SQLSTATE
     * class 08, which Hibernate reports as JDBCConnectionException), the server shutting down or starting
     * (57P01-57P03), or no pooled connection free within the acquisition timeout (Hibernate's "Unable to acquire JDBC
     * Connection" around Agroal's state-less SQLException). Not 08P01, a protocol violation: a retry would repeat it.
     */
    private static Throwable databaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String state = t instanceof java.sql.SQLException sql ? sql.getSQLState()
                    : t instanceof org.hibernate.JDBCException jdbc ? jdbc.getSQLState() : null;
            if ("08P01".equals(state)) {
                return null;
            }
            boolean unreachable = state != null && (state.startsWith("08") || List.of("57P01", "57P02", "57P03").contains(state))
                    || t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof org.hibernate.JDBCException jdbc && jdbc.getMessage() != null
                    && jdbc.getMessage().startsWith("Unable to acquire JDBC Connection");
            if (unreachable) {
                return t;
            }
        }
        return null;
    }

    /** A deadlock victim or a lock wait given up: SQLSTATE 40P01 or 55P03, or Hibernate's word for either. */
    private static boolean isLockConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.LockAcquisitionException || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof java.sql.SQLException sql && ("40P01".equals(sql.getSQLState()) || "55P03".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        return cause(e, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        // Bounded: I/O failures of a closed connection have been seen citing each other as causes.
        int depth = 0;
        for (Throwable t = e; t != null && depth++ < 32; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /**
     * The field a violation is about, as a client would write it: {@code name}, {@code tags[0].name},
     * {@code aliases[2]}, {@code name[zh-Hant]}. Hibernate Validator's own rendering includes the method and
     * parameter ({@code create.request.}) and container nodes ({@code name<K>[xx].<map key>}), which mean
     * nothing to a client; only properties and element indexes or keys are kept.
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                field.append('[').append(position == null ? "" : position).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null && ref.getFrom() instanceof java.util.Map) {
                // A map entry, named like validation names it: name[th].
                path.append('[').append(ref.getFieldName()).append(']');
            } else if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (java.util.UUID.class == type) {
            return "a UUID";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 timestamp with offset, e.g. 2024-05-01T09:30:00+07:00";
        }
        if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "a value of another type";
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
}
