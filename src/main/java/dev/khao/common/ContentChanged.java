package dev.khao.common;

import java.util.UUID;

/**
 * Fired inside the write transaction whenever content changes. Whatever must stay consistent with content (search
 * documents, the sync log, webhooks, caches) observes it with {@code @Observes(during = TransactionPhase.IN_PROGRESS)};
 * content features never know their observers.
 */
public record ContentChanged(ContentType type, UUID id, Change change) {

    /**
     * What happened to the resource. An article write that makes it publicly visible fires {@link #PUBLISHED} instead
     * of {@link #CREATED}/{@link #UPDATED}, and one that hides it again (archived, back to draft, publication moved
     * into the future) fires {@link #UNPUBLISHED}; the scheduler fires {@link #PUBLISHED} when a scheduled article's
     * time comes. Sections, tags, authors and entities never fire those two.
     */
    public enum Change {
        CREATED,
        UPDATED,
        /** Moved to the trash: gone from every public read, but restorable. */
        DELETED,
        /** Brought back from the trash. */
        RESTORED,
        /** Removed for good (explicit purge or trash retention); the row no longer exists when observers run. */
        PURGED,
        PUBLISHED,
        UNPUBLISHED
    }

    /** The kinds of content. */
    public enum ContentType { ARTICLE, SECTION, TAG, AUTHOR, ENTITY }
}
