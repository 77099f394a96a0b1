package dev.khao.article;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.khao.common.LowerCaseEnums;
import jakarta.persistence.Converter;

/** Where an article is in its life; only {@code published} articles whose time has come are public. */
public enum ArticleStatus {
    DRAFT, SCHEDULED, PUBLISHED, ARCHIVED;

    @JsonValue
    @Override
    public String toString() {
        return LowerCaseEnums.name(this);
    }

    /** Stored as the lower-case name. */
    @Converter(autoApply = true)
    public static class Column extends LowerCaseEnums.Column<ArticleStatus> {
        public Column() {
            super(ArticleStatus.class);
        }
    }
}
