package dev.khao.sync;

import dev.khao.article.ArticleFilter;
import dev.khao.article.ArticleResponse;
import dev.khao.article.ArticleService;
import dev.khao.article.ArticleSort;
import dev.khao.common.CatalogService;
import dev.khao.common.Catalogs;
import dev.khao.common.ContentChanged.ContentType;
import dev.khao.common.paging.ListResponse;
import dev.khao.common.paging.PageRequest;
import dev.khao.common.problem.ProblemException;
import dev.khao.common.problem.ProblemType;
import dev.khao.sync.SyncRepository.Change;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The sync API: a first pass listing everything public, then the changes since, as upserts and tombstones.
 *
 * <h2>Why the change log is read by transaction id, below the oldest running transaction</h2>
 * A cursor on a sequence or a timestamp skips changes: transaction T1 takes sequence number 1, T2 takes 2 and
 * commits, a reader returns 2 and moves its cursor past it, then T1 commits and its row 1 lies behind the cursor
 * forever. Every log row therefore carries the id of its transaction ({@code txid = pg_current_xact_id()}, written
 * in the same transaction by {@link SyncRecorder}), and a read only returns rows whose {@code txid} is below
 * {@code X = pg_snapshot_xmin(pg_current_snapshot())}, the oldest transaction still running: every transaction below
 * X has committed or rolled back, so no row with such a txid can appear later. Rows are returned in (txid, seq)
 * order, and the token keeps the position of the last row returned; when a read has returned every row below X it
 * moves the position to (X, 0), the boundary. Transactions that start later get ids of at least X, so nothing can
 * ever commit behind a token's position. The price is delay, not loss: a long transaction holds X back and delays
 * (never hides) the changes committed after it started.
 *
 * <h2>Why answers carry current state</h2>
 * A log row only says that a resource may have changed; the answer carries the resource as it is when read
 * (an upsert with the same representation its GET returns) or a tombstone when the public view no longer shows it
 * (unpublished, moved into the future, trashed, purged, or a catalog row no public article links to any more).
 * Entries for one resource may therefore repeat or arrive before the row that announced them; applying entries in the
 * order given always ends at the current state. Transaction-id order is start order, which is commit order except
 * among transactions that overlapped, where no order was observable anyway.
 *
 * <h2>The initial listing</h2>
 * The first call notes the log's boundary X0 and the time, then lists public articles, then each catalog type
 * (rows a public article links to), page by page. Its tokens carry X0, and when the listing ends the log is read
 * from X0: every change committed while the partner was paging (which the listing may or may not have shown) is
 * sent again, so none is lost, and transactions below X0 had finished before the listing began.
 *
 * <h2>Which catalog rows partners see</h2>
 * Exactly those a public article links to ({@link CatalogService#publicView}), so a partner's catalog is what its
 * articles show. A row that is trashed or purged gets a tombstone even while articles still showed it, and those
 * articles are sent again (the recorder logs them: their representation changed). Trash, once it exists, must be
 * excluded where the public view is defined: {@code ArticleRepository}'s public conditions,
 * {@code CatalogRepository.PUBLIC_ARTICLE}, and the rows {@code CatalogService.publicView} loads.
 *
 * <h2>Articles that become public by time passing</h2>
 * An article published with a future publication time becomes public at that time without any write. The
 * scheduler announces the ones it moves from scheduled to published, but to be independent of it, each read of the
 * log also returns the public articles whose publication time came after the token's time and after their last
 * write (their last write's log row, read earlier, had found them not yet public), with their catalog rows.
 */
@ApplicationScoped
public class SyncService {

    /** Slack for transactions still running at the retention edge: their rows are kept a day longer than tokens. */
    static final java.time.Duration PRUNE_SLACK = java.time.Duration.ofDays(1);

    private final SyncRepository log;
    private final ArticleService articles;
    private final Catalogs catalogs;
    private final SyncConfig config;
    private final Clock clock;

    public SyncService(SyncRepository log, ArticleService articles, Catalogs catalogs, SyncConfig config, Clock clock) {
        this.log = log;
        this.articles = articles;
        this.catalogs = catalogs;
        this.config = config;
        this.clock = clock;
    }

    /** The next answer for a partner holding {@code token} (null: start from scratch). */
    @Transactional
    public SyncResponse read(String token) {
        Instant now = clock.instant();
        SyncToken state;
        if (token == null || token.isBlank()) {
            state = SyncToken.startListing(SyncPosition.before(log.finishedBelow()), now);
        } else {
            state = SyncToken.decode(token);
            if (state.since().isBefore(now.minus(config.retention()))) {
                throw new ProblemException(ProblemType.SYNC_TOKEN_EXPIRED, "This sync token is from " + state.since()
                        + ", older than the " + config.retention().toDays() + " days changes are kept. Sync again from scratch: "
                        + "call GET /v1/sync without a token and replace your copy with what it lists.");
            }
        }
        return state.listingDone() ? changes(state, now) : listing(state);
    }

    private SyncResponse listing(SyncToken state) {
        int size = config.pageSize();
        List<SyncEntry> entries = new ArrayList<>();
        String next;
        if (state.listing() == ContentType.ARTICLE) {
            ListResponse<ArticleResponse> page = articles.list(ArticleFilter.published(), ArticleSort.OLDEST, new PageRequest(state.cursor(), size));
            page.data().forEach(a -> entries.add(SyncEntry.upsert(ContentType.ARTICLE, a.id(), a)));
            next = page.meta().nextCursor();
        } else {
            CatalogService<?, ?, ?> catalog = catalogs.of(state.listing());
            List<UUID> ids = catalog.publiclyLinkedAfter(state.cursor() == null ? null : UUID.fromString(state.cursor()), size + 1);
            List<UUID> shown = ids.subList(0, Math.min(size, ids.size()));
            Map<UUID, ?> view = catalog.publicView(shown);
            shown.stream().filter(view::containsKey).forEach(id -> entries.add(SyncEntry.upsert(state.listing(), id, view.get(id))));
            next = ids.size() > size ? shown.get(shown.size() - 1).toString() : null;
        }
        ContentType type = next != null ? state.listing() : nextListed(state.listing());
        // The listing's last answer says "more" even if the log has nothing yet: one more call switches to changes.
        return new SyncResponse(entries, new SyncResponse.Meta(
                new SyncToken(type, next, state.position(), state.since(), null).encode(), true));
    }

    private static ContentType nextListed(ContentType type) {
        ContentType[] order = ContentType.values();
        return type.ordinal() + 1 < order.length ? order[type.ordinal() + 1] : null;
    }

    private SyncResponse changes(SyncToken state, Instant now) {
        int size = config.pageSize();
        long finishedBelow = log.finishedBelow();
        List<Change> rows = log.after(state.position(), finishedBelow, size + 1);
        Set<SyncKey> keys = new LinkedHashSet<>();
        rows.stream().limit(size).forEach(row -> keys.add(row.key()));
        if (rows.size() > size) {
            SyncPosition last = rows.get(size - 1).position();
            return new SyncResponse(entries(keys), new SyncResponse.Meta(
                    new SyncToken(null, null, last, state.since(), state.sinceId()).encode(), true));
        }
        // Every row below the boundary has been returned, and none can still appear there.
        SyncPosition position = SyncPosition.before(finishedBelow).max(rows.isEmpty() ? state.position() : rows.get(rows.size() - 1).position());

        List<ArticleResponse> timed = articles.becamePublic(OffsetDateTime.ofInstant(state.since(), ZoneOffset.UTC), state.sinceId(), size + 1);
        List<ArticleResponse> shown = timed.subList(0, Math.min(size, timed.size()));
        shown.forEach(a -> keys.add(new SyncKey(ContentType.ARTICLE, a.id())));
        keys.addAll(log.mirroredLinks(shown.stream().map(ArticleResponse::id).toList()));
        boolean more = timed.size() > size;
        ArticleResponse lastShown = more ? shown.get(shown.size() - 1) : null;
        SyncToken next = more
                ? new SyncToken(null, null, position, lastShown.publishedAt().toInstant(), lastShown.id())
                : new SyncToken(null, null, position, now, null);
        return new SyncResponse(entries(keys), new SyncResponse.Meta(next.encode(), more));
    }

    /** The entries for these resources as they are now: upserts for what the public view shows, tombstones for the rest. */
    private List<SyncEntry> entries(Set<SyncKey> keys) {
        Map<ContentType, List<UUID>> byType = keys.stream()
                .collect(Collectors.groupingBy(SyncKey::type, Collectors.mapping(SyncKey::id, Collectors.toList())));
        Map<ContentType, Map<UUID, ?>> views = byType.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getKey() == ContentType.ARTICLE ? articles.publicView(e.getValue()) : catalogs.of(e.getKey()).publicView(e.getValue())));
        return keys.stream().map(key -> {
            Object data = views.get(key.type()).get(key.id());
            return data == null ? SyncEntry.delete(key.type(), key.id()) : SyncEntry.upsert(key.type(), key.id(), data);
        }).toList();
    }
}
