package dev.khao.article;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.khao.common.LowerCaseEnums;
import jakarta.persistence.Converter;

/** Languages articles are written in. */
public enum ArticleLanguage {
    TH, EN;

    @JsonValue
    @Override
    public String toString() {
        return LowerCaseEnums.name(this);
    }

    /** Stored as the lower-case name. */
    @Converter(autoApply = true)
    public static class Column extends LowerCaseEnums.Column<ArticleLanguage> {
        public Column() {
            super(ArticleLanguage.class);
        }
    }
}
