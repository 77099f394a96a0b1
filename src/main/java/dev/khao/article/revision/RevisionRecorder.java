package dev.khao.article.revision;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.khao.article.ArticleResponse;
import dev.khao.article.ArticleService;
import dev.khao.auth.Actors;
import dev.khao.common.ContentChanged;
import dev.khao.common.ContentChanged.Change;
import dev.khao.common.ContentChanged.ContentType;
import dev.khao.common.LowerCaseEnums;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Stores a revision for every article write, inside the write's transaction: if the revision cannot be stored the
 * write fails with it, so no state of an article exists without its revision.
 */
@ApplicationScoped
public class RevisionRecorder {

    private final RevisionRepository revisions;
    private final ArticleService articles;
    private final Actors actors;
    private final ObjectMapper json;
    private final Clock clock;

    public RevisionRecorder(RevisionRepository revisions, ArticleService articles, Actors actors, ObjectMapper json, Clock clock) {
        this.revisions = revisions;
        this.articles = articles;
        this.actors = actors;
        this.json = json;
        this.clock = clock;
    }

    void contentChanged(@Observes(during = TransactionPhase.IN_PROGRESS) ContentChanged change) {
        // A purged article's revisions go with it (ON DELETE CASCADE).
        if (change.type() != ContentType.ARTICLE || change.change() == Change.PURGED) {
            return;
        }
        // Numbering under the article's row lock keeps numbers gap-free under concurrent writes; an article deleted
        // for good in this transaction has no row left, and no history to add to.
        if (!revisions.lockArticle(change.id())) {
            return;
        }
        Optional<ArticleResponse> current = articles.snapshot(change.id());
        if (current.isEmpty()) {
            return;
        }
        ObjectNode snapshot = json.valueToTree(current.get());
        Optional<ArticleRevision> previous = revisions.latest(change.id());
        ArticleRevision revision = new ArticleRevision();
        revision.articleId = change.id();
        revision.number = previous.map(p -> p.number + 1).orElse(1);
        revision.change = LowerCaseEnums.name(change.change());
        revision.changedFields = SnapshotFields.changed(previous.map(p -> StoredSnapshots.full(p.snapshot, snapshot)).orElse(null), snapshot);
        revision.snapshot = StoredSnapshots.stored(snapshot);
        revision.createdBy = actors.name();
        revision.createdAt = OffsetDateTime.now(clock);
        revisions.persist(revision);
        revisions.flush();
    }
}
