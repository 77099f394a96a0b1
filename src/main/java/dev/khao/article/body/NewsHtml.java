package dev.khao.article.body;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The HTML a news body may hold and how it is stored: an allow-list of text-level and structural tags (no
 * scripts, frames, forms, styles or event handlers; links and images only to absolute http(s) URLs), written
 * compactly as UTF-8 so Thai stays Thai rather than numeric entities, in NFC.
 */
final class NewsHtml {

    /** Elements whose content is never article prose: dropped whole, not unwrapped like other unknown tags. */
    private static final String DROPPED = String.join(",", "script", "style", "iframe", "frame", "frameset", "object",
            "embed", "applet", "param", "noscript", "noembed", "noframes", "template", "svg", "math", "canvas",
            "audio", "video", "input", "button", "select", "textarea", "datalist", "output", "meter", "progress",
            "head", "title", "meta", "link", "base");

    /** Where a layout {@code div} with only inline content becomes a paragraph; elsewhere it is unwrapped. */
    private static final Set<String> FLOW_PARENTS = Set.of("body", "div", "blockquote", "li", "td", "th", "figure",
            "section", "article", "main", "header", "footer", "aside", "form", "center");

    /** Allowed elements that start a block of their own; everything else allowed is inline. */
    static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li",
            "figure", "figcaption", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "pre", "hr");

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite");

    /** HTML's own whitespace; unlike a no-break space, a run of it renders as one space outside {@code pre}. */
    private static final Pattern HTML_WHITESPACE = Pattern.compile("[ \\t\\n\\f\\r]+");

    private static final Cleaner CLEANER = new Cleaner(safelist());

    private NewsHtml() {
    }

    /**
     * The allow-list. Links carry no enforced {@code rel}: bodies are written by the newsroom, not by readers, so
     * {@code nofollow} would only discount the sources the paper cites, and with {@code target} not allowed there
     * is no new browsing context for {@code noopener} to protect. URLs must be absolute: a headless body is shown
     * on other origins, where relative links would point nowhere.
     */
    static Safelist safelist() {
        return new Safelist()
                .addTags("p", "br", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "sub", "sup",
                        "blockquote", "q", "ul", "ol", "li", "a", "img", "figure", "figcaption",
                        "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "code", "pre", "hr")
                .addAttributes("a", "href", "title")
                .addProtocols("a", "href", "http", "https", "mailto")
                .addAttributes("img", "src", "alt", "title", "width", "height")
                .addProtocols("img", "src", "http", "https")
                .addAttributes("blockquote", "cite")
                .addProtocols("blockquote", "cite", "http", "https")
                .addAttributes("ol", "start")
                .addAttributes("th", "colspan", "rowspan")
                .addAttributes("td", "colspan", "rowspan");
    }

    /** The allowed part of {@code html}, tidied for storage. */
    static Document sanitise(String html) {
        Document dirty = Jsoup.parseBodyFragment(html);
        prepare(dirty.body());
        Document clean = CLEANER.clean(dirty);
        tidy(clean.body());
        return clean;
    }

    /** A body of paragraphs, each a list of lines separated by {@code <br>}; the lines are plain text. */
    static Document paragraphs(List<List<String>> paragraphs) {
        Document document = Document.createShell("");
        for (List<String> lines : paragraphs) {
            Element p = document.body().appendElement("p");
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    p.appendElement("br");
                }
                p.appendText(lines.get(i));
            }
        }
        tidy(document.body());
        return document;
    }

    /**
     * The stored form: compact (no pretty-printing, so it is stable) and UTF-8, escaping only what HTML needs
     * ({@code & < >}, quotes in attributes) and no-break spaces as {@code &nbsp;}; Thai is never a numeric entity.
     */
    static String html(Document document) {
        document.outputSettings()
                .prettyPrint(false)
                .charset(StandardCharsets.UTF_8)
                .escapeMode(Entities.EscapeMode.base);
        return document.body().html();
    }

    /** Before cleaning: drop what is never prose, and keep the structure that would be lost by unwrapping. */
    private static void prepare(Element body) {
        body.select(DROPPED).remove();
        // The article's title is its h1; a heading inside the body is a subheading.
        body.select("h1").tagName("h2");
        List<Element> divs = body.select("div");
        // Innermost first, so a div's own divs are already paragraphs when it is looked at.
        for (int i = divs.size() - 1; i >= 0; i--) {
            Element div = divs.get(i);
            boolean inlineOnly = div.select("*").stream().skip(1).noneMatch(e -> BLOCKS.contains(e.normalName()));
            if (inlineOnly && div.parent() != null && FLOW_PARENTS.contains(div.parent().normalName())) {
                div.tagName("p");
            } else {
                div.unwrap();
            }
        }
    }

    /** After cleaning: the same body always serialises the same way, in NFC, with loose text in paragraphs. */
    private static void tidy(Element body) {
        body.select("a:not([href])").forEach(Element::unwrap);
        body.select("img:not([src])").remove();
        for (Element element : body.getAllElements()) {
            mergeTextNodes(element);
            for (Attribute attribute : element.attributes()) {
                if (!URL_ATTRIBUTES.contains(attribute.getKey())) {
                    attribute.setValue(nfc(attribute.getValue()));
                }
            }
        }
        for (TextNode text : allTextNodes(body)) {
            String value = nfc(text.getWholeText());
            text.text(insidePre(text) ? value : HTML_WHITESPACE.matcher(value).replaceAll(" "));
        }
        body.select("p").stream()
                .filter(p -> p.select("img").isEmpty() && PlainText.collapse(p.wholeText()).isEmpty())
                .forEach(Element::remove);
        wrapLooseInline(body);
        for (TextNode text : allTextNodes(body)) {
            if (isBlankBetweenBlocks(text)) {
                text.remove();
            }
        }
    }

    /** Text and inline elements directly in the body become paragraphs, so the stored HTML is well formed. */
    private static void wrapLooseInline(Element body) {
        List<Node> run = new ArrayList<>();
        for (Node node : new ArrayList<>(body.childNodes())) {
            if (isBlock(node)) {
                wrap(run);
            } else {
                run.add(node);
            }
        }
        wrap(run);
    }

    private static void wrap(List<Node> run) {
        boolean hasContent = run.stream().anyMatch(node -> node instanceof TextNode text
                ? !PlainText.collapse(text.getWholeText()).isEmpty()
                : node instanceof Element element && !element.normalName().equals("br"));
        if (hasContent) {
            Element p = new Element("p");
            run.get(0).before(p);
            run.forEach(p::appendChild);
            if (p.childNode(0) instanceof TextNode first) {
                first.text(first.getWholeText().stripLeading());
            }
            if (p.childNode(p.childNodeSize() - 1) instanceof TextNode last) {
                last.text(last.getWholeText().stripTrailing());
            }
        } else {
            run.forEach(Node::remove);
        }
        run.clear();
    }

    private static boolean isBlankBetweenBlocks(TextNode text) {
        Node parent = text.parent();
        return text.isBlank() && !insidePre(text)
                && parent instanceof Element element && (element.normalName().equals("body") || BLOCKS.contains(element.normalName()))
                && (text.previousSibling() == null || isBlock(text.previousSibling()))
                && (text.nextSibling() == null || isBlock(text.nextSibling()));
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element element && BLOCKS.contains(element.normalName());
    }

    private static boolean insidePre(Node node) {
        for (Node parent = node.parent(); parent != null; parent = parent.parent()) {
            if (parent instanceof Element element && element.normalName().equals("pre")) {
                return true;
            }
        }
        return false;
    }

    /** Unwrapped tags leave neighbouring text nodes behind; one node per run of text keeps whitespace handling simple. */
    private static void mergeTextNodes(Element element) {
        for (Node node : new ArrayList<>(element.childNodes())) {
            if (node instanceof TextNode text && text.previousSibling() instanceof TextNode previous) {
                previous.text(previous.getWholeText() + text.getWholeText());
                text.remove();
            }
        }
    }

    private static List<TextNode> allTextNodes(Element root) {
        List<TextNode> texts = new ArrayList<>();
        root.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                texts.add(text);
            }
        });
        return texts;
    }

    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
