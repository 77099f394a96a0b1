package dev.khao.author;

/** The one place where authors cross between storage and HTTP. */
final class AuthorMapper {

    private AuthorMapper() {
    }

    static AuthorResponse toResponse(Author author, long articleCount) {
        return new AuthorResponse(author.id, author.slug, author.name, author.bio, author.email, author.avatarUrl, articleCount,
                author.createdAt, author.updatedAt, author.createdBy, author.updatedBy, author.version);
    }

    /** The current state in request form, the document a merge patch applies to. */
    static AuthorRequest toRequest(Author author) {
        return new AuthorRequest(author.slug, author.name, author.bio, author.email, author.avatarUrl, null);
    }

    static void apply(AuthorRequest request, Author author) {
        author.name = request.name().strip();
        author.bio = request.bio();
        author.email = request.email();
        author.avatarUrl = request.avatarUrl();
    }
}
