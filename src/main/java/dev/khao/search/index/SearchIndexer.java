package dev.khao.search.index;

import dev.khao.common.ContentChanged;
import dev.khao.common.ContentChanged.Change;
import dev.khao.search.text.Terms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps search documents consistent with content: every article write re-indexes the article, and every change
 * to a section, tag or entity re-indexes the articles that carry its name, in the writing transaction, so
 * search never sees a state the content never had. Articles are indexed when their transaction is about to commit,
 * all together: a batch of imports then costs a few statements rather than five per article.
 */
@ApplicationScoped
public class SearchIndexer {

    /** Articles loaded and written at a time, so a rename touching many articles never holds all their bodies. */
    private static final int BATCH = 100;

    /** Key of the set of articles a transaction has written and not yet indexed. */
    private static final Object PENDING = new Object();

    private final SearchIndexRepository repository;
    private final TermDictionary dictionary;
    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;

    public SearchIndexer(SearchIndexRepository repository, TermDictionary dictionary, EntityManager em,
                         TransactionSynchronizationRegistry transactions) {
        this.repository = repository;
        this.dictionary = dictionary;
        this.em = em;
        this.transactions = transactions;
    }

    void contentChanged(@Observes(during = TransactionPhase.IN_PROGRESS) ContentChanged change) {
        switch (change.type()) {
            case ARTICLE -> {
                // A deleted article's document goes with it (ON DELETE CASCADE).
                if (change.change() != Change.DELETED) {
                    indexBeforeCommit(change.id());
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

    /**
     * Remembers the article and, for the first one of a transaction, arranges for all of them to be indexed just before
     * it commits (after Hibernate's own flush; the statements run in the same transaction and a failure rolls it back).
     */
    @SuppressWarnings("unchecked")
    private void indexBeforeCommit(UUID article) {
        Set<UUID> pending = (Set<UUID>) transactions.getResource(PENDING);
        if (pending == null) {
            Set<UUID> articles = new HashSet<>();
            transactions.putResource(PENDING, articles);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                        index(List.copyOf(articles), dictionary.current());
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    // nothing to release
                }
            });
            pending = articles;
        }
        pending.add(article);
    }

    /** Rebuilds the documents of these articles (sorted by id) in the current transaction. */
    public void index(List<UUID> articleIds, Terms terms) {
        List<UUID> sorted = articleIds.stream().sorted().toList();
        repository.lockDocuments(sorted);
        for (int from = 0; from < sorted.size(); from += BATCH) {
            List<IndexedArticle> articles = repository.load(sorted.subList(from, Math.min(from + BATCH, sorted.size())));
            repository.upsert(articles.stream().map(IndexedArticle::id).toList(),
                    articles.stream().map(article -> SearchDocument.of(article, terms)).toList());
        }
    }
}
