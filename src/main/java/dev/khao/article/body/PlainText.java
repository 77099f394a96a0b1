package dev.khao.article.body;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The plain-text form of a body: paragraphs separated by a blank line, lines within a paragraph by a newline,
 * whitespace inside a line collapsed to single spaces. Both directions agree, so text read into paragraphs and
 * written back out again comes back in its normal form.
 */
final class PlainText {

    private static final Pattern NEWLINE = Pattern.compile("\\r\\n?|\\n");

    private PlainText() {
    }

    /** The line with each run of whitespace as one space, trimmed. */
    static String collapse(String line) {
        // Any Unicode whitespace (including no-break spaces) or control character is a space; zero-width spaces are kept,
        // Thai uses them. Hand-written rather than a regex replace, which was a fifth of the CPU of a bulk import.
        int length = line.length();
        if (isTidy(line, length)) {
            return line;
        }
        StringBuilder out = new StringBuilder(length);
        boolean space = false;
        for (int i = 0; i < length; i++) {
            char c = line.charAt(i);
            if (isSpace(c)) {
                space = true;
            } else {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether collapsing would leave the line as it is: no space at either end, only single plain spaces inside. */
    private static boolean isTidy(String line, int length) {
        if (length == 0) {
            return true;
        }
        if (isSpace(line.charAt(0)) || isSpace(line.charAt(length - 1))) {
            return false;
        }
        for (int i = 1; i < length - 1; i++) {
            char c = line.charAt(i);
            if (isSpace(c) && (c != ' ' || line.charAt(i + 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    /** Unicode White_Space or a control character (what {@code [\\s\\p{Cc}]} matches in Unicode mode). */
    private static boolean isSpace(char c) {
        if (c <= 0x20) {
            return true;
        }
        if (c < 0x7F) {
            return false;
        }
        if (c <= 0xA0) {
            return true; // DEL, the C1 controls, NEL (U+0085) and the no-break space
        }
        return c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    /** Text as paragraphs of non-empty lines; one or more blank lines separate paragraphs. */
    static List<List<String>> paragraphs(String text) {
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String raw : NEWLINE.split(text, -1)) {
            String line = collapse(raw);
            if (!line.isEmpty()) {
                lines.add(line);
            } else if (!lines.isEmpty()) {
                paragraphs.add(lines);
                lines = new ArrayList<>();
            }
        }
        if (!lines.isEmpty()) {
            paragraphs.add(lines);
        }
        return paragraphs;
    }

    static String join(List<List<String>> paragraphs) {
        return String.join("\n\n", paragraphs.stream().map(lines -> String.join("\n", lines)).toList());
    }

    /**
     * The text of a sanitised body: every block element is a paragraph, {@code <br>} and newlines in {@code pre}
     * end a line, and a table row is a paragraph of its cells, a space apart.
     */
    static String of(Element body) {
        Collector collector = new Collector();
        body.traverse(collector);
        collector.endParagraph();
        return NewsHtml.nfc(join(collector.paragraphs));
    }

    private static final class Collector implements NodeVisitor {
        final List<List<String>> paragraphs = new ArrayList<>();
        private List<String> lines = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private int preDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                if (preDepth > 0) {
                    String[] preLines = NEWLINE.split(text.getWholeText(), -1);
                    for (int i = 0; i < preLines.length; i++) {
                        if (i > 0) {
                            endLine();
                        }
                        line.append(preLines[i]);
                    }
                } else {
                    line.append(text.getWholeText());
                }
            } else if (node instanceof Element element) {
                String name = element.normalName();
                if (name.equals("br")) {
                    endLine();
                } else if (isCell(name)) {
                    line.append(' ');
                } else if (NewsHtml.BLOCKS.contains(name)) {
                    endParagraph();
                    if (name.equals("pre")) {
                        preDepth++;
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String name = element.normalName();
                if (isCell(name)) {
                    line.append(' ');
                } else if (NewsHtml.BLOCKS.contains(name)) {
                    if (name.equals("pre")) {
                        preDepth--;
                    }
                    endParagraph();
                }
            }
        }

        /** The cells of a row share its paragraph, a space apart. */
        private static boolean isCell(String name) {
            return name.equals("td") || name.equals("th");
        }

        private void endLine() {
            String collapsed = collapse(line.toString());
            if (!collapsed.isEmpty()) {
                lines.add(collapsed);
            }
            line.setLength(0);
        }

        void endParagraph() {
            endLine();
            if (!lines.isEmpty()) {
                paragraphs.add(lines);
                lines = new ArrayList<>();
            }
        }
    }
}
