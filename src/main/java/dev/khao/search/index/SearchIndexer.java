package dev.khao.search.index;

import dev.khao.common.ContentChanged;
import dev.khao.common.ContentChanged.Change;
import dev.khao.search.text.Terms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps search documents consistent with content: every article write re-indexes the article, and every change
 * to a section, tag or entity re-indexes the articles that carry its name, in the writing transaction, so
 * search never sees a state the content never had. Articles written in a transaction are indexed together just
 * before it commits (or every {@link #BATCH} articles): an import batch then costs a few statements per hundred
 * articles instead of per article, which PostgreSQL planned anew each time.
 */
@ApplicationScoped
public class SearchIndexer {

    /**
     * Articles loaded and written at a time, so a rename touching many articles never holds all their bodies. Kept
     * below the bodies {@code ThaiWords} remembers per thread, so each body's word-count segments are still there.
     */
    private static final int BATCH = 100;

    /** Key of the current transaction's articles awaiting their documents. */
    private static final Object WRITTEN = new Object();

    private final SearchIndexRepository repository;
    private final TermDictionary dictionary;
    private final EntityManager em;
    private final TransactionManager transactions;
    private final TransactionSynchronizationRegistry resources;

    public SearchIndexer(SearchIndexRepository repository, TermDictionary dictionary, EntityManager em, TransactionManager transactions,
                         TransactionSynchronizationRegistry resources) {
        this.repository = repository;
        this.dictionary = dictionary;
        this.em = em;
        this.transactions = transactions;
        this.resources = resources;
    }

    void contentChanged(@Observes(during = TransactionPhase.IN_PROGRESS) ContentChanged change) {
        switch (change.type()) {
            case ARTICLE -> {
                // A purged article's document goes with it (ON DELETE CASCADE); a trashed one's is removed by index().
                if (change.change() != Change.PURGED) {
                    written(change.id());
                }
            }
            case SECTION, TAG, ENTITY -> {
                // A new one is linked to nothing yet; a renamed or deleted one changes the documents that carry it.
                if (change.change() != Change.CREATED) {
                    em.flush();
                    List<UUID> affected = repository.articlesMentioning(change.type(), change.id());
                    if (!affected.isEmpty()) {
                        index(affected, dictionary.loadWithinTransaction());
                    }
                }
            }
            default -> {
                // Authors are not part of search documents.
            }
        }
    }

    /** Indexes the article before the transaction commits, with the others written in it. */
    private void written(UUID article) {
        if (!inTransaction()) {
            em.flush();
            index(List.of(article), dictionary.current());
            return;
        }
        @SuppressWarnings("unchecked")
        Set<UUID> pending = (Set<UUID>) resources.getResource(WRITTEN);
        if (pending == null) {
            Set<UUID> created = new LinkedHashSet<>();
            resources.putResource(WRITTEN, created);
            register(created);
            pending = created;
        }
        pending.add(article);
        if (pending.size() >= BATCH) {
            indexWritten(pending);
        }
    }

    private void register(Set<UUID> pending) {
        // Run by Hibernate's own before-completion step, after its flush and while it still holds the transaction's
        // connection. A JTA synchronization ran after Hibernate had handed the connection back, so indexing took it
        // again and the pool warned "Closing open connection(s) prior to commit" on every article write.
        em.unwrap(SharedSessionContractImplementor.class).getTransactionCompletionCallbacks()
                .registerCallback((BeforeCompletionCallback) session -> indexWritten(pending));
    }

    private void indexWritten(Set<UUID> pending) {
        if (!pending.isEmpty()) {
            List<UUID> articles = List.copyOf(pending);
            pending.clear();
            em.flush();
            index(articles, dictionary.current());
        }
    }

    private boolean inTransaction() {
        try {
            return transactions.getStatus() == Status.STATUS_ACTIVE;
        } catch (SystemException e) {
            throw new IllegalStateException("Cannot read the current transaction", e);
        }
    }

    /**
     * Rebuilds the documents of these articles (sorted by id) in the current transaction; an article in the trash
     * loses its document, so search never finds it, and gets it back when restored.
     */
    public void index(List<UUID> articleIds, Terms terms) {
        List<UUID> sorted = articleIds.stream().sorted().toList();
        repository.lockDocuments(sorted);
        for (int from = 0; from < sorted.size(); from += BATCH) {
            List<IndexedArticle> articles = repository.load(sorted.subList(from, Math.min(from + BATCH, sorted.size())));
            repository.upsert(articles.stream().map(IndexedArticle::id).toList(),
                    articles.stream().map(article -> SearchDocument.build(article, terms)).toList());
            Set<UUID> live = new HashSet<>();
            articles.forEach(article -> live.add(article.id()));
            repository.delete(sorted.subList(from, Math.min(from + BATCH, sorted.size())).stream().filter(id -> !live.contains(id)).toList());
        }
    }
}
