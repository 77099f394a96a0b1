package dev.khao.importing;

import dev.khao.article.ArticleRequest;
import dev.khao.article.ArticleService;
import dev.khao.article.ArticleService.Upserted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Writes one batch of import lines in one transaction of its own, through the article service. */
@ApplicationScoped
public class ImportWriter {

    /** A line ready to write: the article request it became and that request's fingerprint. */
    record Item(ImportLine line, ArticleRequest request, String fingerprint) {
    }

    /** What writing a line did. */
    enum Outcome { CREATED, UPDATED, UNCHANGED }

    /**
     * Articles the session may hold before it is cleared. Every query an article write makes first dirty-checks all the
     * session holds, which with 50 articles was a fifth of the import's time; sections and tags are read again
     * after a clear with one query.
     */
    private static final int SESSION_ARTICLES = 10;

    private final ArticleService articles;
    private final ImportRepository imports;

    public ImportWriter(ArticleService articles, ImportRepository imports) {
        this.articles = articles;
        this.imports = imports;
    }

    /** The outcome of each item, in order, written as {@code by}; any failure rolls the whole batch back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Outcome> write(String source, List<Item> items, String by) {
        Map<String, String> current = imports.currentFingerprints(source, items.stream().map(i -> i.request().externalId()).distinct().toList());
        current = new HashMap<>(current);
        Map<UUID, String> written = new LinkedHashMap<>();
        List<Outcome> outcomes = new ArrayList<>(items.size());
        int held = 0;
        for (Item item : items) {
            String externalId = item.request().externalId();
            if (item.fingerprint().equals(current.get(externalId))) {
                outcomes.add(Outcome.UNCHANGED);
                continue;
            }
            Upserted upserted = articles.upsertByExternalKey(item.request(), by);
            if (++held == SESSION_ARTICLES) {
                imports.flushAndClear();
                held = 0;
            }
            written.put(upserted.id(), item.fingerprint());
            current.put(externalId, item.fingerprint());
            outcomes.add(upserted.created() ? Outcome.CREATED : Outcome.UPDATED);
        }
        imports.record(written);
        return outcomes;
    }
}
