package dev.khao.common;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

import java.util.HexFormat;

/**
 * Thai dictionary order for names and titles. ICU collation keys (Thai rules, which also order Latin sensibly)
 * are stored hex-encoded under the C collation, so PostgreSQL sorts and pages by them byte for byte whatever
 * its own locale support.
 */
public final class SortKeys {

    private static final Collator THAI;

    static {
        Collator collator = Collator.getInstance(new ULocale("th"));
        collator.setStrength(Collator.TERTIARY);
        THAI = collator.freeze();
    }

    private SortKeys() {
    }

    public static String of(String text) {
        byte[] key = THAI.getCollationKey(text == null ? "" : text).toByteArray();
        // ICU terminates keys with a zero byte; it carries no order.
        int length = key.length > 0 && key[key.length - 1] == 0 ? key.length - 1 : key.length;
        return HexFormat.of().formatHex(key, 0, length);
    }
}
