package dev.khao.concurrency;

import dev.khao.common.http.EntityTags;
import dev.khao.common.problem.ProblemException;
import dev.khao.common.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Checks a write's precondition against the resource's current state. Services call it inside the write
 * transaction with the row locked, so the state compared is the state overwritten: of concurrent writes based on
 * the same ETag exactly one passes.
 */
@ApplicationScoped
public class Preconditions {

    private final EntityTags tags;
    private final ConcurrencyConfig config;

    public Preconditions(EntityTags tags, ConcurrencyConfig config) {
        this.tags = tags;
        this.config = config;
    }

    /**
     * Throws 428 when a precondition is required and missing, 412 (carrying the current ETag) when the current
     * state is not the one the write is based on.
     *
     * @param current      the resource's current representation, exactly as a GET would answer it
     * @param lastModified its updatedAt
     * @param version      its version
     */
    public void check(Precondition precondition, Object current, OffsetDateTime lastModified, int version) {
        if (config.requireIfMatch() && !precondition.namesState()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "This server requires conditional writes: "
                    + "send If-Match with the ETag of the state you edited, or its version in the body");
        }
        String detail = null;
        String currentTag = tags.of(current);
        if (precondition.ifMatch() != null) {
            if (!precondition.matches(currentTag)) {
                detail = "The resource has changed since the ETag you sent; fetch it again and reapply your change";
            }
        } else if (precondition.unmodifiedSince() != null
                && lastModified.toInstant().truncatedTo(ChronoUnit.SECONDS).isAfter(precondition.unmodifiedSince())) {
            detail = "The resource was modified after the If-Unmodified-Since time; fetch it again and reapply your change";
        }
        if (detail == null && precondition.version() != null && precondition.version() != version) {
            detail = "The resource is at version " + version + ", not " + precondition.version() + "; fetch it again and reapply your change";
        }
        if (detail != null) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, detail).withHeader("ETag", currentTag);
        }
    }
}
