package dev.khao.sync;

import dev.khao.common.ContentChanged.ContentType;

import java.util.Locale;
import java.util.UUID;

/** One resource as sync and the log name it: its type and id. */
record SyncKey(ContentType type, UUID id) {

    /** The type as the API and the log write it: {@code article}, {@code section}, ... */
    String typeName() {
        return name(type);
    }

    static String name(ContentType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    static ContentType type(String name) {
        return ContentType.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
