package dev.khao.author;

import dev.khao.common.CatalogRepository;
import dev.khao.common.CatalogService;
import dev.khao.common.ContentChanged.ContentType;
import jakarta.enterprise.context.ApplicationScoped;

/** Rules for authors: those every catalog type shares (see {@link CatalogService}). */
@ApplicationScoped
public class AuthorService extends CatalogService<Author, AuthorRequest, AuthorResponse> {

    private static final Kind<AuthorRequest> KIND = new Kind<>(ContentType.AUTHOR, "author", AuthorRequest.class);

    private final AuthorRepository authors;

    public AuthorService(AuthorRepository authors) {
        this.authors = authors;
    }

    @Override
    protected Kind<AuthorRequest> kind() {
        return KIND;
    }

    @Override
    protected CatalogRepository<Author> repository() {
        return authors;
    }

    @Override
    protected Author newEntity() {
        return new Author();
    }

    @Override
    protected void apply(AuthorRequest request, Author author) {
        AuthorMapper.apply(request, author);
    }

    @Override
    protected String requestedSlug(AuthorRequest request) {
        return request.slug();
    }

    @Override
    protected String displayName(Author author) {
        return author.name;
    }

    @Override
    protected AuthorRequest toRequest(Author author) {
        return AuthorMapper.toRequest(author);
    }

    @Override
    protected AuthorResponse toResponse(Author author, long articleCount) {
        return AuthorMapper.toResponse(author, articleCount);
    }
}
