package dev.khao.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A news page as scrapers hand it over, cleaned into an article: the headline once (pages repeat it above
 * the body), body paragraphs without site chrome ("Scroll to Top"), and the short "read also" headlines
 * that sites drop between paragraphs set apart as related links rather than left in the body.
 */
public record ScrapedPage(String title, List<String> paragraphs, List<String> relatedHeadlines) {

    /** Navigation and sharing labels that scrapers pick up with the text. */
    private static final Set<String> CHROME = Set.of("scroll to top", "back to top", "กลับสู่ด้านบน", "กลับด้านบน",
            "share", "แชร์", "print", "พิมพ์", "อ่านต่อ", "read more");
    /** Inline headlines are one short line; real paragraphs of a news body are several times longer. */
    private static final int HEADLINE_MAX_CODE_POINTS = 120;

    public static ScrapedPage parse(String raw) {
        List<String> blocks = Arrays.stream(raw.replace("\r\n", "\n").split("\n\\s*\n"))
                .map(ScrapedPage::squash).filter(b -> !b.isEmpty()).toList();
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("The page has no text");
        }
        String title = blocks.get(0);
        List<String> body = blocks.stream().skip(1)
                .filter(b -> !b.equals(title))
                .filter(b -> !CHROME.contains(b.toLowerCase(Locale.ROOT)))
                .toList();
        List<String> paragraphs = new ArrayList<>();
        List<String> related = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            String block = body.get(i);
            boolean between = i > 0 && i < body.size() - 1;
            if (between && isShort(block) && !isShort(body.get(i - 1)) && !isShort(body.get(i + 1))) {
                related.add(block);
            } else {
                paragraphs.add(block);
            }
        }
        return new ScrapedPage(title, List.copyOf(paragraphs), List.copyOf(related));
    }

    public String bodyText() {
        return String.join("\n\n", paragraphs);
    }

    private static boolean isShort(String block) {
        return block.codePointCount(0, block.length()) <= HEADLINE_MAX_CODE_POINTS;
    }

    private static String squash(String block) {
        return block.strip().replaceAll("[ \\t\\x0B\\f]+", " ");
    }
}
