package dev.khao.search.index;

import dev.khao.common.ContentChanged;
import dev.khao.common.ContentChanged.Change;
import dev.khao.search.text.Terms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps search documents consistent with content: every article write re-indexes the article, and every change
 * to a section, tag or entity re-indexes the articles that carry its name, in the writing transaction, so
 * search never sees a state the content never had.
 */
@ApplicationScoped
public class SearchIndexer {

    /** Articles loaded and written at a time, so a rename touching many articles never holds all their bodies. */
    private static final int BATCH = 100;

    private final SearchIndexRepository repository;
    private final TermDictionary dictionary;
    private final EntityManager em;

    public SearchIndexer(SearchIndexRepository repository, TermDictionary dictionary, EntityManager em) {
        this.repository = repository;
        this.dictionary = dictionary;
        this.em = em;
    }

    void contentChanged(@Observes(during = TransactionPhase.IN_PROGRESS) ContentChanged change) {
        switch (change.type()) {
            case ARTICLE -> {
                // A purged article's document goes with it (ON DELETE CASCADE); a trashed one's is removed by index().
                if (change.change() != Change.PURGED) {
                    em.flush();
                    index(List.of(change.id()), dictionary.current());
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
