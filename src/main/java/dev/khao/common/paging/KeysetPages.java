package dev.khao.common.paging;

import dev.khao.common.CatalogEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Keyset paging in dictionary order of name, shared by sections, tags, authors and entities. */
public final class KeysetPages {

    public static final String BY_NAME = "name";

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
}
