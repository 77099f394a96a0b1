package dev.khao.article;

import dev.khao.author.Author;
import dev.khao.section.Section;
import dev.khao.tag.Tag;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A news article with everything it links to; lists keep the order editors gave them. */
@Entity
@Table(name = "articles")
public class Article {

    @Id
    public UUID id;

    public String slug;

    public ArticleLanguage language;

    public String title;

    public String subtitle;

    public String summary;

    @Column(name = "body_html")
    public String bodyHtml;

    @Column(name = "body_text")
    public String bodyText;

    @Embedded
    public CoverImage cover;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "section_id")
    public Section section;

    @ManyToMany
    @JoinTable(name = "article_tags", joinColumns = @JoinColumn(name = "article_id"), inverseJoinColumns = @JoinColumn(name = "tag_id"))
    @OrderColumn(name = "position")
    public List<Tag> tags = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "article_authors", joinColumns = @JoinColumn(name = "article_id"), inverseJoinColumns = @JoinColumn(name = "author_id"))
    @OrderColumn(name = "position")
    public List<Author> authors = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "article_entities", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    public List<EntityLink> entityLinks = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "article_related", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    public List<RelatedLink> related = new ArrayList<>();

    public ArticleStatus status;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "canonical_url")
    public String canonicalUrl;

    @Column(name = "source_url")
    public String sourceUrl;

    @Column(name = "external_source")
    public String externalSource;

    @Column(name = "external_id")
    public String externalId;

    @Column(name = "word_count")
    public int wordCount;

    @Column(name = "reading_time_minutes")
    public int readingTimeMinutes;

    @Column(name = "title_sort_key")
    public String titleSortKey;

    /** publishedAt, or createdAt while there is none: the database derives it, lists page by it. */
    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(name = "sort_at", insertable = false, updatable = false)
    public OffsetDateTime sortAt;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_by")
    public String updatedBy;

    /** When it was moved to the trash; null while it is live. */
    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;

    @Column(name = "deleted_by")
    public String deletedBy;

    @Version
    public int version;
}
