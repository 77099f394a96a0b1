package dev.khao.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The sections, tags, authors and entities article writes link, locked against trashing until the transaction
 * commits, so an article is never left linked to a row a concurrent forced delete trashed.
 */
@ApplicationScoped
public class LinkedRowLocks {

    private static final Object KEY = LinkedRowLocks.class;

    private final TransactionSynchronizationRegistry transactions;

    public LinkedRowLocks(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /**
     * Of {@code ids}, those of rows not in the trash, locked until the transaction ends
     * ({@link CatalogRepository#lockLive}). Rows the transaction locked already are not asked about again: nobody can
     * trash them before it commits, and an import writes hundreds of articles naming the same few sections and tags
     * in one transaction.
     */
    public Set<UUID> live(CatalogRepository<?> repository, List<UUID> ids) {
        Set<UUID> locked = lockedSoFar();
        List<UUID> unknown = ids.stream().filter(id -> !locked.contains(id)).toList();
        if (!unknown.isEmpty()) {
            locked.addAll(repository.lockLive(unknown));
        }
        return ids.stream().filter(locked::contains).collect(Collectors.toSet());
    }

    private Set<UUID> lockedSoFar() {
        @SuppressWarnings("unchecked")
        Set<UUID> locked = (Set<UUID>) transactions.getResource(KEY);
        if (locked == null) {
            locked = new HashSet<>();
            transactions.putResource(KEY, locked);
        }
        return locked;
    }
}
