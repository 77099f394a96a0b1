package dev.khao.concurrency;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * What a write says about the state it is based on: the entity tags of {@code If-Match} (null when the header is
 * absent), the time of {@code If-Unmodified-Since}, and the {@code version} from the body.
 */
public record Precondition(List<String> ifMatch, Instant unmodifiedSince, Integer version) {

    /** A write that states nothing, as internal writes (imports, the demo) do. */
    public static final Precondition NONE = new Precondition(null, null, null);

    public Precondition withVersion(Integer bodyVersion) {
        return new Precondition(ifMatch, unmodifiedSince, bodyVersion);
    }

    /** Whether the write names the exact state it replaces, which is what a required precondition asks for. */
    boolean namesState() {
        return ifMatch != null || version != null;
    }

    /** Strong comparison (RFC 9110 §8.8.3.2): a weak tag never matches, {@code *} matches any current state. */
    boolean matches(String currentTag) {
        return ifMatch.stream().anyMatch(tag -> tag.equals("*") || !tag.startsWith("W/") && tag.equals(currentTag));
    }

    /** The entity tags of one or more If-Match header values, each a comma-separated list. */
    static List<String> parseTags(List<String> headers) {
        if (headers == null || headers.isEmpty()) {
            return null;
        }
        return headers.stream().flatMap(header -> Arrays.stream(header.split(",")))
                .map(String::strip).filter(tag -> !tag.isEmpty()).toList();
    }
}
