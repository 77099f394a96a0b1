package dev.khao.article.revision;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khao.article.ArticleResponse;
import dev.khao.article.ArticleService;
import dev.khao.article.revision.RevisionDiff.FieldChange;
import dev.khao.common.paging.Cursor;
import dev.khao.common.paging.ListResponse;
import dev.khao.common.paging.Page;
import dev.khao.common.paging.PageRequest;
import dev.khao.common.problem.ProblemException;
import dev.khao.concurrency.Precondition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Reads an article's history, compares two of its states and brings an earlier one back as a new write. */
@ApplicationScoped
public class RevisionService {

    private static final String SORT = "number";
    /** Compared paragraph by paragraph in the body diff rather than as fields. */
    private static final Set<String> BODY = Set.of("bodyHtml", "bodyText");

    private final RevisionRepository revisions;
    private final ArticleService articles;
    /** Snapshots outlive the representation they were taken of: fields added or dropped since must not break reading them. */
    private final ObjectMapper snapshots;

    public RevisionService(RevisionRepository revisions, ArticleService articles, ObjectMapper json) {
        this.revisions = revisions;
        this.articles = articles;
        this.snapshots = json.copy()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    @Transactional
    public ListResponse<RevisionSummary> list(UUID articleId, PageRequest request) {
        requireArticle(articleId);
        Cursor after = Cursor.decode(request.cursor(), SORT);
        Integer before;
        try {
            before = after == null ? null : Integer.valueOf(after.key());
        } catch (NumberFormatException e) {
            throw Cursor.invalid();
        }
        List<RevisionSummary> rows = revisions.page(articleId, before, request.limit() + 1);
        return Page.fromOverfetch(rows, revisions.countFor(articleId), request.limit(),
                        r -> new Cursor(SORT, String.valueOf(r.number()), articleId))
                .toResponse(r -> r);
    }

    @Transactional
    public RevisionResponse get(UUID articleId, int number) {
        ArticleRevision revision = find(articleId, number);
        return RevisionResponse.of(revision, StoredSnapshots.full(revision.snapshot, null));
    }

    /** From revision {@code against} (by default the one before) to revision {@code number}. */
    @Transactional
    public RevisionDiff diff(UUID articleId, int number, Integer against) {
        ArticleRevision after = find(articleId, number);
        if (against == null && number == 1) {
            throw ProblemException.invalidField("against", "is required for revision 1, which has no revision before it");
        }
        ArticleRevision before = find(articleId, against == null ? number - 1 : against);
        JsonNode afterSnapshot = StoredSnapshots.full(after.snapshot, null);
        JsonNode beforeSnapshot = StoredSnapshots.full(before.snapshot, afterSnapshot);
        List<FieldChange> fields = SnapshotFields.changed(beforeSnapshot, afterSnapshot).stream()
                .filter(field -> !BODY.contains(field))
                .map(field -> new FieldChange(field, SnapshotFields.valueOf(beforeSnapshot, field), SnapshotFields.valueOf(afterSnapshot, field)))
                .toList();
        String beforeBody = SnapshotFields.valueOf(beforeSnapshot, "bodyText").asText("");
        String afterBody = SnapshotFields.valueOf(afterSnapshot, "bodyText").asText("");
        List<RevisionDiff.ParagraphChange> body = beforeBody.equals(afterBody) ? List.of()
                : ParagraphDiff.between(ParagraphDiff.paragraphs(beforeBody), ParagraphDiff.paragraphs(afterBody));
        return new RevisionDiff(after.number, before.number, fields, body);
    }

    /**
     * Writes revision {@code number}'s content over the article through the ordinary write path, which records a
     * new revision: history only grows.
     */
    @Transactional
    public ArticleResponse restore(UUID articleId, int number, Precondition precondition) {
        JsonNode snapshot = StoredSnapshots.full(find(articleId, number).snapshot, null);
        ArticleResponse earlier;
        try {
            earlier = snapshots.treeToValue(snapshot, ArticleResponse.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Revision " + number + " of article " + articleId + " cannot be read", e);
        }
        return articles.replaceContent(articleId, earlier, precondition);
    }

    private ArticleRevision find(UUID articleId, int number) {
        return revisions.find(articleId, number).orElseThrow(() -> {
            requireArticle(articleId);
            return ProblemException.notFound("revision", number + " of article " + articleId);
        });
    }

    private void requireArticle(UUID articleId) {
        if (!revisions.articleExists(articleId)) {
            throw ProblemException.notFound("article", "id " + articleId);
        }
    }
}
