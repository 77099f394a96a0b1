package dev.khao.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The lead image of an article. */
@Embeddable
public class CoverImage {

    @Column(name = "cover_url")
    public String url;

    @Column(name = "cover_alt")
    public String alt;

    @Column(name = "cover_caption")
    public String caption;

    @Column(name = "cover_credit")
    public String credit;
}
