package dev.khao.auth;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.khao.common.LowerCaseEnums;
import jakarta.persistence.Converter;

/** What an API key may do; each role includes everything the roles before it may do. */
public enum Role {
    /** Reads published content. */
    PUBLIC,
    /** Adds full-content feeds and the sync API. */
    PARTNER,
    /** Writes content and sees drafts. */
    EDITOR,
    /** Manages keys and webhooks, purges, imports. */
    ADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    @JsonValue
    @Override
    public String toString() {
        return LowerCaseEnums.name(this);
    }

    /** Stored as the lower-case name, which the table's CHECK constraint lists. */
    @Converter(autoApply = true)
    public static class Column extends LowerCaseEnums.Column<Role> {
        public Column() {
            super(Role.class);
        }
    }
}
