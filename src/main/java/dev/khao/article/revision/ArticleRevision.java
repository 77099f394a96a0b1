package dev.khao.article.revision;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** One write of an article, kept for good: the article as clients saw it after the write, who wrote it and what changed. */
@Entity
@Table(name = "article_revisions")
@IdClass(ArticleRevision.Key.class)
@Immutable
public class ArticleRevision {

    @Id
    @Column(name = "article_id")
    public UUID articleId;

    /** 1 for the article's first write, then one more per write. */
    @Id
    public int number;

    /** The lower-case name of the {@link dev.khao.common.ContentChanged.Change} the write announced. */
    public String change;

    /** Top-level fields of the snapshot that differ from the previous revision's. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "changed_fields", columnDefinition = "text[]", updatable = false)
    public List<String> changedFields;

    /**
     * The article's representation (as GET answered it) right after the write, stored without its derived
     * {@code bodyText} (see {@link StoredSnapshots}). Not updatable, like the whole entity,
     * but said of the column too: Hibernate deep-copies every updatable value it persists, a JSON tree by writing and
     * reading it back, which was a fortieth of an import's application time.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", updatable = false)
    public JsonNode snapshot;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /** The primary key: article and number. */
    public static class Key implements Serializable {
        public UUID articleId;
        public int number;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.number == number && Objects.equals(key.articleId, articleId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(articleId, number);
        }
    }
}
