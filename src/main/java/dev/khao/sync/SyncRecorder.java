package dev.khao.sync;

import dev.khao.common.ContentChanged;
import dev.khao.common.ContentChanged.Change;
import dev.khao.common.ContentChanged.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Writes the change log inside the writing transaction, so a log row commits exactly when its change does (and
 * never for a rolled-back one). A change logs every resource whose public representation it may have changed:
 * <ul>
 * <li>an article: itself, and every catalog row it links to now or linked to before (their article counts, and
 * whether any public article still shows them, depend on it);</li>
 * <li>a section, tag, author or entity: itself, and every article linking to it (articles embed its slug and name).</li>
 * </ul>
 * "Before" comes from a mirror of the links kept here, because link rows are gone (cascade) when a delete's event
 * arrives.
 * <p>
 * A resource is logged once per transaction: its rows all commit together, and a partner reading them fetches the
 * resource as it is then, so a second row only made partners page through more of the log. An import batch of
 * hundreds of articles in one section logged that section once per article, three log rows per imported article.
 */
@ApplicationScoped
class SyncRecorder {

    private static final Object KEY = SyncRecorder.class;

    private final SyncRepository log;
    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;

    SyncRecorder(SyncRepository log, EntityManager em, TransactionSynchronizationRegistry transactions) {
        this.log = log;
        this.em = em;
        this.transactions = transactions;
    }

    /** What this transaction has logged and share-locked so far. */
    private record SoFar(Set<SyncKey> logged, Set<SyncKey> locked) {
    }

    void contentChanged(@Observes(during = TransactionPhase.IN_PROGRESS) ContentChanged change) {
        em.flush();
        SyncKey changed = new SyncKey(change.type(), change.id());
        Set<SyncKey> touched = new LinkedHashSet<>();
        touched.add(changed);
        if (change.type() == ContentType.ARTICLE) {
            touched.addAll(relink(change.id()));
        } else if (change.change() != Change.CREATED) {
            for (UUID article : log.articlesLinking(changed)) {
                touched.add(new SyncKey(ContentType.ARTICLE, article));
                // A deleted catalog row took its link rows with it.
                relink(article);
            }
        }
        SoFar soFar = soFar();
        touched.removeAll(soFar.logged());
        log.log(touched);
        soFar.logged().addAll(touched);
    }

    /** Brings the article's mirrored links up to date; returns the links it had before and has now. */
    private Set<SyncKey> relink(UUID article) {
        Set<SyncKey> before = log.mirroredLinks(article);
        Set<SyncKey> now = log.currentLinks(article);
        // A row share-locked earlier in this transaction stays locked until it ends.
        Set<SyncKey> locked = soFar().locked();
        List<SyncKey> added = now.stream().filter(k -> !before.contains(k) && !locked.contains(k)).toList();
        log.lockShared(added);
        locked.addAll(added);
        log.replaceMirror(article, before, now);
        Set<SyncKey> all = new LinkedHashSet<>(before);
        all.addAll(now);
        return all;
    }

    private SoFar soFar() {
        SoFar soFar = (SoFar) transactions.getResource(KEY);
        if (soFar == null) {
            soFar = new SoFar(new HashSet<>(), new HashSet<>());
            transactions.putResource(KEY, soFar);
        }
        return soFar;
    }
}
