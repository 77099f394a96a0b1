package dev.khao.common.paging;

import dev.khao.common.CatalogEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Keyset paging shared by lists: in dictionary order of name (sections, tags, authors and entities) and in creation
 * order (API keys and webhook subscriptions).
 */
public final class KeysetPages {

    public static final String BY_NAME = "name";
    public static final String BY_CREATION = "created";

    private KeysetPages() {
    }

    /**
     * One page of the rows not in the trash, ordered by (name sort key, id). {@code where} is an optional HQL condition with positional
     * parameters {@code ?1…} bound to {@code params}; the keyset condition is appended after them.
     */
    public static <E extends CatalogEntity> Page<E> byName(PanacheRepositoryBase<E, UUID> repository, PageRequest request,
                                                          String where, Object... params) {
        Cursor after = Cursor.decode(request.cursor(), BY_NAME);
        // Trashed rows are listed by the trash only.
        String filter = "deletedAt is null" + (where == null || where.isBlank() ? "" : " and (" + where + ")");
        long total = repository.count(filter, params);
        List<Object> args = new ArrayList<>(List.of(params));
        String condition = filter;
        if (after != null) {
            int key = args.size() + 1;
            args.add(after.sortKey());
            args.add(after.id());
            String keyset = "(nameSortKey > ?" + key + " or (nameSortKey = ?" + key + " and id > ?" + (key + 1) + "))";
            condition = condition + " and " + keyset;
        }
        String query = condition + " order by nameSortKey, id";
        List<E> rows = repository.find(query, args.toArray()).range(0, request.limit()).list();
        return Page.fromOverfetch(rows, total, request.limit(), e -> new Cursor(BY_NAME, e.nameSortKey, e.id));
    }

    /**
     * One page of every row, oldest first, ordered by (creation time, id). The entity's fields must be named
     * {@code createdAt} and {@code id}; the functions read them for the next page's cursor.
     */
    public static <E> Page<E> byCreation(PanacheRepositoryBase<E, UUID> repository, PageRequest request,
                                         Function<E, OffsetDateTime> createdAt, Function<E, UUID> id) {
        Cursor after = Cursor.decode(request.cursor(), BY_CREATION);
        long total = repository.count();
        List<E> rows = after == null
                ? repository.find("order by createdAt, id").range(0, request.limit()).list()
                : repository.find("createdAt > ?1 or (createdAt = ?1 and id > ?2) order by createdAt, id",
                        after.timeKey(), after.id()).range(0, request.limit()).list();
        return Page.fromOverfetch(rows, total, request.limit(), e -> new Cursor(BY_CREATION, createdAt.apply(e).toString(), id.apply(e)));
    }
}
