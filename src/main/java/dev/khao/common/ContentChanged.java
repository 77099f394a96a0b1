package dev.khao.common;

import java.util.UUID;

/**
 * Fired inside the write transaction whenever content is created, updated or deleted. Whatever must stay
 * consistent with content (search documents, the sync log, webhooks, caches) observes it with
 * {@code @Observes(during = TransactionPhase.IN_PROGRESS)}; content features never know their observers.
 */
public record ContentChanged(ContentType type, UUID id, Change change) {

    /** What happened to the resource. */
    public enum Change { CREATED, UPDATED, DELETED }

    /** The kinds of content. */
    public enum ContentType { ARTICLE, SECTION, TAG, AUTHOR, ENTITY }
}
