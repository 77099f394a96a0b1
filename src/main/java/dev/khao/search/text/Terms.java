package dev.khao.search.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An immutable snapshot of the names the catalog knows (entity names and aliases, tag and section names), in
 * the forms segmentation and querying need:
 * <ul>
 *   <li>compounds: each space-free run of a name that ICU splits into several words (ชัยวุฒิ → ชัย|วุฒิ,
 *       ซิสโก้ → ซิ|ส|โก้), as the concatenated lexeme the segmenter merges such a run back into. Names
 *       are cut at spaces first, so a Latin or multi-word name (Ministry of Science and ICT) stays
 *       individual words and is matched as a phrase;</li>
 *   <li>for compounds that only come from tag and section names (ordinary words such as
 *       เศรษฐกิจดิจิทัล), the compounds each of their words occurs in, so searching ดิจิทัล still finds
 *       text where it was merged into a longer term. Compounds of entity names are not opened up this way:
 *       ชัย must not find ชัยวุฒิ;</li>
 *   <li>entities by the key of each of their names, for alias expansion.</li>
 * </ul>
 */
public final class Terms {

    /** No known names: plain ICU segmentation. */
    public static final Terms EMPTY = new Terms(new Node(), 0, Map.of(), Map.of());

    /** At most this many compounds are offered for one word, so a query stays small. */
    private static final int MAX_COMPOUNDS_PER_WORD = 32;

    /** The compounds as a character trie, so text can be matched against all of them in one pass. */
    private final Node compounds;
    private final int compoundCount;
    private final Map<String, Set<String>> compoundsByPart;
    private final Map<String, List<EntityNames>> entitiesByKey;

    /** One entity and every name it is known by (names in all languages and aliases). */
    public record EntityNames(UUID id, List<String> names) {
        public EntityNames {
            names = List.copyOf(names);
        }
    }

    /**
     * A trie node; built once, never changed after the snapshot is published. Children sit in sorted arrays: the trie
     * is asked at every word of every text indexed or highlighted, and boxed {@code Character} keys in hash maps were
     * most of that cost.
     */
    private static final class Node {
        private char[] keys = new char[0];
        private Node[] children = new Node[0];
        /** At the end of a compound: the words ICU reads it as on its own; null elsewhere. */
        List<String> parts;

        Node child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? children[i] : null;
        }

        Node childOrNew(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return children[i];
            }
            int at = -i - 1;
            Node added = new Node();
            keys = insert(keys, at, c);
            Node[] grown = Arrays.copyOf(children, children.length + 1);
            System.arraycopy(children, at, grown, at + 1, children.length - at);
            grown[at] = added;
            children = grown;
            return added;
        }

        private static char[] insert(char[] keys, int at, char c) {
            char[] grown = Arrays.copyOf(keys, keys.length + 1);
            System.arraycopy(keys, at, grown, at + 1, keys.length - at);
            grown[at] = c;
            return grown;
        }
    }

    /** A compound found in text: where it ends and the words ICU reads it as on its own. */
    record Compound(int end, List<String> parts) {
    }

    private Terms(Node compounds, int compoundCount, Map<String, Set<String>> compoundsByPart,
                  Map<String, List<EntityNames>> entitiesByKey) {
        this.compounds = compounds;
        this.compoundCount = compoundCount;
        this.compoundsByPart = compoundsByPart;
        this.entitiesByKey = entitiesByKey;
    }

    /** Builds a snapshot from tag and section names and from every entity's names and aliases. */
    public static Terms of(Collection<String> catalogNames, Collection<EntityNames> entities) {
        Map<String, List<String>> entityCompounds = new HashMap<>();
        Map<String, List<EntityNames>> byKey = new HashMap<>();
        for (EntityNames entity : entities) {
            for (String name : entity.names()) {
                entityCompounds.putAll(compoundsOf(name));
                String key = key(ThaiSegmenter.words(name, EMPTY));
                if (!key.isEmpty()) {
                    List<EntityNames> known = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                    if (known.stream().noneMatch(e -> e.id().equals(entity.id()))) {
                        known.add(entity);
                    }
                }
            }
        }
        Map<String, List<String>> all = new HashMap<>(entityCompounds);
        Map<String, Set<String>> byPart = new HashMap<>();
        for (String name : catalogNames) {
            compoundsOf(name).forEach((compound, parts) -> {
                all.put(compound, parts);
                if (!entityCompounds.containsKey(compound)) {
                    for (String part : parts) {
                        Set<String> containing = byPart.computeIfAbsent(part, p -> new LinkedHashSet<>());
                        if (containing.size() < MAX_COMPOUNDS_PER_WORD) {
                            containing.add(compound);
                        }
                    }
                }
            });
        }
        Node root = new Node();
        all.forEach((compound, parts) -> {
            Node node = root;
            for (int i = 0; i < compound.length(); i++) {
                node = node.childOrNew(compound.charAt(i));
            }
            node.parts = parts;
        });
        Map<String, List<EntityNames>> frozenKeys = new HashMap<>();
        byKey.forEach((k, v) -> frozenKeys.put(k, List.copyOf(v)));
        Map<String, Set<String>> frozenParts = new HashMap<>();
        byPart.forEach((k, v) -> frozenParts.put(k, Set.copyOf(v)));
        return new Terms(root, all.size(), Map.copyOf(frozenParts), Map.copyOf(frozenKeys));
    }

    /** The key names are compared by: the lexemes of their words run together, blind to spacing and punctuation. */
    public static String key(List<Token> words) {
        StringBuilder key = new StringBuilder();
        for (Token word : words) {
            key.append(word.lexeme());
        }
        return key.toString();
    }

    boolean hasCompounds() {
        return compoundCount > 0;
    }

    /**
     * The longest compound written in {@code text} from {@code start}, not beyond {@code limit}; null if none. Compared character by character in lower case, as compounds are stored.
     */
    Compound longestCompoundAt(String text, int start, int limit) {
        Node node = compounds;
        Compound found = null;
        for (int i = start; i < limit; i++) {
            node = node.child(Lexemes.lowerCase(text.charAt(i)));
            if (node == null) {
                break;
            }
            if (node.parts != null) {
                found = new Compound(i + 1, node.parts);
            }
        }
        return found;
    }

    /** Compounds from tag and section names that contain {@code lexeme} as one of their words. */
    public Set<String> compoundsContaining(String lexeme) {
        return compoundsByPart.getOrDefault(lexeme, Set.of());
    }

    /** Entities one of whose names has this key; usually none or one. */
    public List<EntityNames> entitiesNamed(String key) {
        return entitiesByKey.getOrDefault(key, List.of());
    }

    public int size() {
        return compoundCount + entitiesByKey.size();
    }

    /** Each space-free run of the name that ICU splits into several words, with the lexemes of those words. */
    private static Map<String, List<String>> compoundsOf(String name) {
        Map<String, List<String>> found = new HashMap<>();
        List<String> run = new ArrayList<>();
        int runEnd = -1;
        for (Token word : ThaiSegmenter.words(name, EMPTY)) {
            if (word.start() != runEnd) {
                addRun(run, found);
                run = new ArrayList<>();
            }
            run.add(word.lexeme());
            runEnd = word.end();
        }
        addRun(run, found);
        return found;
    }

    private static void addRun(List<String> run, Map<String, List<String>> found) {
        if (run.size() > 1) {
            found.put(String.join("", run), List.copyOf(run));
        }
    }
}
