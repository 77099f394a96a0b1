package dev.khao.article.revision;

import dev.khao.article.revision.RevisionDiff.ParagraphChange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The difference of two bodies paragraph by paragraph, as a longest common subsequence: every paragraph of both
 * bodies once, in reading order, marked unchanged, removed or added.
 */
final class ParagraphDiff {

    /** Beyond this many table cells (after the common start and end are set aside) the middle is shown as replaced. */
    private static final long MAX_CELLS = 4_000_000;

    private ParagraphDiff() {
    }

    /** Paragraphs of a plain-text body: blocks separated by blank lines, trimmed. */
    static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    static List<ParagraphChange> between(List<String> before, List<String> after) {
        int start = 0;
        while (start < before.size() && start < after.size() && before.get(start).equals(after.get(start))) {
            start++;
        }
        int endBefore = before.size();
        int endAfter = after.size();
        while (endBefore > start && endAfter > start && before.get(endBefore - 1).equals(after.get(endAfter - 1))) {
            endBefore--;
            endAfter--;
        }
        List<ParagraphChange> changes = new ArrayList<>();
        before.subList(0, start).forEach(p -> changes.add(unchanged(p)));
        middle(before.subList(start, endBefore), after.subList(start, endAfter), changes);
        before.subList(endBefore, before.size()).forEach(p -> changes.add(unchanged(p)));
        return changes;
    }

    private static void middle(List<String> a, List<String> b, List<ParagraphChange> changes) {
        if ((long) a.size() * b.size() > MAX_CELLS) {
            a.forEach(p -> changes.add(new ParagraphChange("removed", p)));
            b.forEach(p -> changes.add(new ParagraphChange("added", p)));
            return;
        }
        // common[i][j]: length of the longest common subsequence of a[i..] and b[j..]
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                changes.add(unchanged(a.get(i++)));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                changes.add(new ParagraphChange("removed", a.get(i++)));
            } else {
                changes.add(new ParagraphChange("added", b.get(j++)));
            }
        }
        a.subList(i, a.size()).forEach(p -> changes.add(new ParagraphChange("removed", p)));
        b.subList(j, b.size()).forEach(p -> changes.add(new ParagraphChange("added", p)));
    }

    private static ParagraphChange unchanged(String paragraph) {
        return new ParagraphChange("unchanged", paragraph);
    }
}
