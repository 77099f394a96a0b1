package dev.khao.common;

import dev.khao.common.ContentChanged.ContentType;

import java.util.UUID;

/**
 * The articles' side of trashing a section, tag, author or entity, implemented by the article feature: how many
 * articles use a row, unlinking them from it (each unlink an article write that fires its own UPDATED event) and
 * linking them again when the row comes back from the trash.
 */
public interface CatalogLinks {

    /** Articles (trashed ones included) linked to the row. */
    long countArticles(ContentType type, UUID id);

    /**
     * Locks the articles linked to the row for writing. A forced delete takes these locks before the row's own, in the
     * order an article edit takes them (its article, then the rows it links), so the two wait for each other instead
     * of deadlocking.
     */
    void lockArticles(ContentType type, UUID id);

    /** Unlinks every article from the row, as an edit by {@code by}; with {@code remember}, a restore links them again. */
    void unlink(ContentType type, UUID id, String by, boolean remember);

    /** Links the row again to the articles it was unlinked from by its trashing, where they still have room for it. */
    void relink(ContentType type, UUID id, String by);

    /** Drops what {@link #unlink} remembered, once the row is purged. */
    void forget(ContentType type, UUID id);
}
