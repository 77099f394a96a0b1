package dev.khao.sync;

import dev.khao.article.ArticleSort;
import dev.khao.common.ContentChanged.ContentType;
import dev.khao.common.paging.Cursor;
import dev.khao.common.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a partner sends back to continue: where in the change log to resume, and while the initial listing runs,
 * which listing page comes next. Opaque to partners (base64url text), stateless on the server.
 *
 * @param listing   the type the initial listing is at, or null once it is done and the log is followed
 * @param cursor    the listing's position within that type (an article list cursor or the last id); null at its start
 * @param position  where in the change log to resume; during the listing, the log's position at the first call
 * @param since     time of the read this token continues from (the start of the listing for its tokens): tokens
 *                  expire by it, and articles whose publication time came after it are looked for (see
 *                  {@link SyncService}); with {@code sinceId}, a keyset within that search
 * @param sinceId   the last article of that search already sent at {@code since}, or null
 */
record SyncToken(ContentType listing, String cursor, SyncPosition position, Instant since, UUID sinceId) {

    private static final String SEPARATOR = "|";
    private static final String VERSION = "1";

    static SyncToken startListing(SyncPosition position, Instant now) {
        return new SyncToken(ContentType.ARTICLE, null, position, now, null);
    }

    boolean listingDone() {
        return listing == null;
    }

    String encode() {
        String raw = String.join(SEPARATOR, VERSION, listing == null ? "" : listing.name(), cursor == null ? "" : cursor,
                Long.toUnsignedString(position.txid()), Long.toString(position.seq()), since.toString(),
                sinceId == null ? "" : sinceId.toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static SyncToken decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] f = raw.split(Pattern.quote(SEPARATOR), -1);
            if (f.length == 7 && f[0].equals(VERSION)) {
                ContentType listing = f[1].isEmpty() ? null : ContentType.valueOf(f[1]);
                String cursor = f[2].isEmpty() ? null : f[2];
                if (cursor != null) {
                    checkListingCursor(listing, cursor);
                }
                Instant since = Cursor.time(f[5]).toInstant();
                // Transaction ids are 64-bit but count from 0 at a few billion a year; sequences count from 0. Past
                // either, a token would read as "after everything" and a partner would silently wait forever.
                long txid = Long.parseLong(f[3]);
                long seq = Long.parseLong(f[4]);
                if (txid < 0 || seq < 0) {
                    throw new IllegalArgumentException("a position no log row has");
                }
                return new SyncToken(listing, cursor, new SyncPosition(txid, seq), since,
                        f[6].isEmpty() ? null : UUID.fromString(f[6]));
            }
        } catch (RuntimeException malformed) {
            // answered below
        }
        throw ProblemException.invalidField("token", "is not a sync token; use the meta.nextToken of a previous answer, or start without one");
    }

    /** Articles are listed by an article list cursor, the other types by the last id sent; anything else throws. */
    private static void checkListingCursor(ContentType listing, String cursor) {
        if (listing == null) {
            throw new IllegalArgumentException("a cursor without a listing");
        }
        if (listing == ContentType.ARTICLE) {
            Cursor.decode(cursor, ArticleSort.OLDEST.param()).timeKey();
        } else {
            UUID.fromString(cursor);
        }
    }
}
