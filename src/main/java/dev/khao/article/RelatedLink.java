package dev.khao.article;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A "read also" link: another Khao article, or an external headline (with an optional URL). */
@Embeddable
public class RelatedLink {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "related_article_id")
    public Article article;

    public String headline;

    public String url;

    public RelatedLink() {
    }

    public static RelatedLink toArticle(Article article) {
        RelatedLink link = new RelatedLink();
        link.article = article;
        return link;
    }

    public static RelatedLink external(String headline, String url) {
        RelatedLink link = new RelatedLink();
        link.headline = headline;
        link.url = url;
        return link;
    }
}
