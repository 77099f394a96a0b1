package dev.khao.article.body;

import org.jsoup.nodes.Document;

import java.util.List;
import java.util.Objects;

/**
 * An article's body as stored and served: {@code html} holds only allow-listed news markup (see
 * {@link #fromHtml(String)}), compact UTF-8 in NFC, and {@code text} is its plain text, paragraphs separated by a
 * blank line, for word counts, search and previews.
 *
 * <p>Build bodies with {@link #fromHtml(String)} or {@link #fromText(String)}; the canonical constructor only
 * restores a body that one of them produced (e.g. read back from the database) and does not sanitise.
 */
public record ArticleBody(String html, String text) {

    public static final ArticleBody EMPTY = new ArticleBody("", "");

    public ArticleBody {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
    }

    /**
     * A body from editor HTML. Kept: paragraphs, line breaks, subheadings h2–h6 (an h1 becomes an h2), emphasis,
     * quotes, lists, links to http(s) and mailto, http(s) images, figures, tables, code and rules. Dropped with
     * their content: scripts, styles, frames, embedded objects, media and form controls. Any other tag is unwrapped
     * (its text stays), except that a layout {@code div} holding only inline content becomes a paragraph. Every
     * attribute outside the allow-list goes, among them {@code style} and all {@code on*} handlers, as do URLs with
     * any other scheme ({@code javascript:}, {@code data:}, …, however encoded) and relative URLs. Loose text is
     * wrapped in paragraphs, and empty paragraphs are dropped. Null or blank HTML is the empty body.
     */
    public static ArticleBody fromHtml(String html) {
        if (html == null || html.isBlank()) {
            return EMPTY;
        }
        return of(NewsHtml.sanitise(html));
    }

    /**
     * A body from plain text: paragraphs are separated by one or more blank lines and become {@code <p>}, single
     * line breaks within a paragraph become {@code <br>}, whitespace inside a line is collapsed and markup
     * characters are escaped. Null or blank text is the empty body. The body's {@link #text()} is the given text
     * in normal form.
     */
    public static ArticleBody fromText(String text) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        List<List<String>> paragraphs = PlainText.paragraphs(NewsHtml.nfc(text));
        return of(NewsHtml.paragraphs(paragraphs));
    }

    public boolean isEmpty() {
        return html.isEmpty();
    }

    private static ArticleBody of(Document document) {
        String html = NewsHtml.html(document);
        return html.isEmpty() ? EMPTY : new ArticleBody(html, PlainText.of(document.body()));
    }
}
