package dev.khao.author;

import com.fasterxml.jackson.databind.JsonNode;
import dev.khao.common.ContentChanged;
import dev.khao.common.ContentChanged.Change;
import dev.khao.common.ContentChanged.ContentType;
import dev.khao.common.JsonMergePatch;
import dev.khao.common.Slugs;
import dev.khao.common.SortKeys;
import dev.khao.common.paging.ListResponse;
import dev.khao.common.paging.Page;
import dev.khao.common.paging.PageRequest;
import dev.khao.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Rules for authors: unique slugs, dictionary order, and a change event for every write. */
@ApplicationScoped
public class AuthorService {

    private final AuthorRepository authors;
    private final JsonMergePatch mergePatch;
    private final Event<ContentChanged> changes;
    private final Clock clock;

    public AuthorService(AuthorRepository authors, JsonMergePatch mergePatch, Event<ContentChanged> changes, Clock clock) {
        this.authors = authors;
        this.mergePatch = mergePatch;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public ListResponse<AuthorResponse> list(PageRequest request) {
        Page<Author> page = authors.page(request);
        Map<UUID, Long> counts = authors.publishedArticleCounts(page.items().stream().map(a -> a.id).toList());
        return page.toResponse(a -> AuthorMapper.toResponse(a, counts.getOrDefault(a.id, 0L)));
    }

    @Transactional
    public AuthorResponse get(UUID id) {
        return respond(find(id));
    }

    @Transactional
    public AuthorResponse getBySlug(String slug) {
        return respond(authors.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("author", "slug " + slug)));
    }

    @Transactional
    public AuthorResponse create(AuthorRequest request) {
        Author author = new Author();
        author.id = UUID.randomUUID();
        author.createdAt = OffsetDateTime.now(clock);
        write(author, request);
        authors.persist(author);
        changes.fire(new ContentChanged(ContentType.AUTHOR, author.id, Change.CREATED));
        return respond(author);
    }

    @Transactional
    public AuthorResponse replace(UUID id, AuthorRequest request) {
        Author author = find(id);
        write(author, request);
        changes.fire(new ContentChanged(ContentType.AUTHOR, author.id, Change.UPDATED));
        return respond(author);
    }

    @Transactional
    public AuthorResponse patch(UUID id, JsonNode patch) {
        Author author = find(id);
        return replace(id, mergePatch.applyTo(AuthorMapper.toRequest(author), patch, AuthorRequest.class));
    }

    @Transactional
    public void delete(UUID id) {
        Author author = find(id);
        authors.delete(author);
        changes.fire(new ContentChanged(ContentType.AUTHOR, id, Change.DELETED));
    }

    private void write(Author author, AuthorRequest request) {
        AuthorMapper.apply(request, author);
        author.slug = Slugs.forWrite(request.slug(), author.slug, author.name, "author",
                candidate -> authors.slugTaken(candidate, author.id));
        author.nameSortKey = SortKeys.of(author.name);
        author.updatedAt = OffsetDateTime.now(clock);
    }

    private Author find(UUID id) {
        Author author = authors.findById(id);
        if (author == null) {
            throw ProblemException.notFound("author", "id " + id);
        }
        return author;
    }

    private AuthorResponse respond(Author author) {
        return AuthorMapper.toResponse(author, authors.publishedArticleCounts(List.of(author.id)).getOrDefault(author.id, 0L));
    }
}
