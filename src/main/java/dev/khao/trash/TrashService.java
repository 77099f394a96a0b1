package dev.khao.trash;

import dev.khao.article.ArticleService;
import dev.khao.author.AuthorService;
import dev.khao.common.ContentChanged.ContentType;
import dev.khao.common.LowerCaseEnums;
import dev.khao.common.paging.Cursor;
import dev.khao.common.paging.ListResponse;
import dev.khao.common.paging.Page;
import dev.khao.common.paging.PageRequest;
import dev.khao.common.problem.ProblemException;
import dev.khao.entity.EntityService;
import dev.khao.section.SectionService;
import dev.khao.tag.TagService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/** The trash across content types: what is in it, and purging what has stayed longer than the retention. */
@ApplicationScoped
public class TrashService {

    static final String SORT = "deleted";
    private static final int PURGE_BATCH = 100;
    /** Articles first: purging a section or tag then has no article links left to cascade through. */
    private static final List<ContentType> TYPES = List.of(ContentType.ARTICLE, ContentType.SECTION, ContentType.TAG,
            ContentType.AUTHOR, ContentType.ENTITY);

    private final TrashRepository trash;
    private final TrashConfig config;
    private final Map<ContentType, Consumer<UUID>> purgers;

    public TrashService(TrashRepository trash, TrashConfig config, ArticleService articles, SectionService sections,
                        TagService tags, AuthorService authors, EntityService entities) {
        this.trash = trash;
        this.config = config;
        this.purgers = Map.of(ContentType.ARTICLE, articles::purge, ContentType.SECTION, sections::purge, ContentType.TAG, tags::purge,
                ContentType.AUTHOR, authors::purge, ContentType.ENTITY, entities::purge);
    }

    /** Trashed content, most recently trashed first, of one type when {@code type} is given. */
    @Transactional
    public ListResponse<TrashItem> list(String type, PageRequest request) {
        List<ContentType> types = type == null ? TYPES : List.of(parse(type));
        Cursor after = Cursor.decode(request.cursor(), SORT);
        List<TrashRepository.Row> rows = trash.page(types, after, request.limit() + 1);
        Page<TrashRepository.Row> page = Page.fromOverfetch(rows, trash.count(types), request.limit(),
                r -> new Cursor(SORT, r.deletedAt().toInstant().toString(), r.id()));
        return page.toResponse(r -> new TrashItem(LowerCaseEnums.name(r.type()), r.id(), r.name(), r.deletedAt(), r.deletedBy(),
                r.deletedAt().plus(config.retention())));
    }

    /** Purges for good everything trashed before {@code now} minus the retention, a batch per transaction; how many. */
    public int purgeExpired(OffsetDateTime now) {
        OffsetDateTime cutoff = now.minus(config.retention());
        int purged = 0;
        for (ContentType type : TYPES) {
            int batch;
            do {
                batch = QuarkusTransaction.requiringNew().call(() -> {
                    List<UUID> expired = trash.lockExpired(type, cutoff, PURGE_BATCH);
                    expired.forEach(purgers.get(type));
                    return expired.size();
                });
                purged += batch;
            } while (batch == PURGE_BATCH);
        }
        return purged;
    }

    private static ContentType parse(String type) {
        return LowerCaseEnums.parse(ContentType.class, type).filter(TYPES::contains).orElseThrow(() -> ProblemException.invalidField("type",
                "must be one of: " + String.join(", ", Arrays.stream(ContentType.values()).map(LowerCaseEnums::name).toList())));
    }
}
