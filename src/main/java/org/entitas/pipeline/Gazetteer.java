package org.entitas.pipeline;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed lists of names (person, place, organization, ...) in a trie over lower-cased tokens, matched as the
 * longest token sequences in a sentence. Used as features by the name finder, never as a lookup that decides
 * on its own.
 *
 * <p>Immutable once built, and thread-safe. Serialized as UTF-8 lines {@code TYPE<TAB>name}.
 */
public final class Gazetteer {

    /** How names are cut into tokens: words (with inner hyphens, dots and apostrophes) and single symbols. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-.'’][\\p{L}\\p{N}]+)*\\.?|\\S");

    private static final class Node {
        final Map<String, Node> children = new HashMap<>(4);
        /** Bit i set: a name of type i ends here. */
        int types;
    }

    private final List<String> typeNames;
    private final Node root;
    private final int size;
    private final int maxLength;

    private Gazetteer(List<String> typeNames, Node root, int size, int maxLength) {
        this.typeNames = List.copyOf(typeNames);
        this.root = root;
        this.size = size;
        this.maxLength = maxLength;
    }

    /** The types in this gazetteer, in order. */
    public List<String> types() {
        return typeNames;
    }

    /** The number of distinct (type, name) entries. */
    public int size() {
        return size;
    }

    /** Cuts a name into the tokens the trie holds. */
    static List<String> tokens(String name) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(name);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * For each token, the gazetteer features it carries: {@code TYPE:B}, {@code TYPE:I}, {@code TYPE:L} or
     * {@code TYPE:U} for its place in the longest name of that type matched over it.
     */
    String[][] match(String[] tokens) {
        return match(tokens, labels(""));
    }

    /** Places in a name, in the order of the second index of {@link #labels}. */
    private static final String[] PLACES = {"U", "B", "I", "L"};

    /**
     * The feature of each type and place, {@code prefix + TYPE + ":" + place}: index {@code [type][0]} for a
     * one-token name ({@code U}), {@code [1]} its first token ({@code B}), {@code [2]} an inner one
     * ({@code I}), {@code [3]} its last ({@code L}). Built once by a caller, so that matching a sentence
     * builds no strings.
     */
    String[][] labels(String prefix) {
        String[][] out = new String[typeNames.size()][PLACES.length];
        for (int t = 0; t < out.length; t++) {
            for (int p = 0; p < PLACES.length; p++) {
                out[t][p] = prefix + typeNames.get(t) + ":" + PLACES[p];
            }
        }
        return out;
    }

    /** {@link #match(String[])}, the features taken from {@code labels} (made by {@link #labels}). */
    String[][] match(String[] tokens, String[][] labels) {
        int n = tokens.length;
        String[] lower = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = tokens[i].toLowerCase(Locale.ROOT);
        }
        int types = typeNames.size();
        // for each type, the end of the longest match covering up to now, so shorter inner matches are skipped
        int[] coveredUntil = new int[types];
        int[] longest = new int[types];
        List<List<String>> features = null;
        for (int start = 0; start < n; start++) {
            Node node = root;
            int found = 0;
            for (int end = start; end < n && end - start < maxLength; end++) {
                node = node.children.get(lower[end]);
                if (node == null) {
                    break;
                }
                for (int t = 0; t < types; t++) {
                    if ((node.types & (1 << t)) != 0) {
                        longest[t] = end + 1;
                        found |= 1 << t;
                    }
                }
            }
            for (int t = 0; t < types; t++) {
                if ((found & (1 << t)) == 0) {
                    continue;
                }
                int end = longest[t];
                if (end > coveredUntil[t]) {
                    coveredUntil[t] = end;
                    if (features == null) {
                        features = new ArrayList<>(n);
                        for (int i = 0; i < n; i++) {
                            features.add(new ArrayList<>(2));
                        }
                    }
                    String[] label = labels[t];
                    if (end - start == 1) {
                        features.get(start).add(label[0]);
                    } else {
                        features.get(start).add(label[1]);
                        for (int k = start + 1; k < end - 1; k++) {
                            features.get(k).add(label[2]);
                        }
                        features.get(end - 1).add(label[3]);
                    }
                }
            }
        }
        String[][] out = new String[n][];
        for (int i = 0; i < n; i++) {
            out[i] = features == null ? NONE : features.get(i).toArray(NONE);
        }
        return out;
    }

    private static final String[] NONE = new String[0];

    /** Writes this gazetteer as {@code TYPE<TAB>name} lines. */
    public void write(Writer out) throws IOException {
        BufferedWriter w = new BufferedWriter(out);
        List<String> path = new ArrayList<>();
        writeNode(root, path, w);
        w.flush();
    }

    private void writeNode(Node node, List<String> path, BufferedWriter w) throws IOException {
        for (int t = 0; t < typeNames.size(); t++) {
            if ((node.types & (1 << t)) != 0) {
                w.write(typeNames.get(t));
                w.write('\t');
                w.write(String.join(" ", path));
                w.write('\n');
            }
        }
        List<String> keys = new ArrayList<>(node.children.keySet());
        keys.sort(null);
        for (String key : keys) {
            path.add(key);
            writeNode(node.children.get(key), path, w);
            path.remove(path.size() - 1);
        }
    }

    /**
     * Reads {@code TYPE<TAB>name} lines as {@link #write} writes them: each name is its tokens, lower case, joined
     * by single spaces, so it is split at the spaces rather than cut again into tokens (reading a model's
     * gazetteer is most of the time a model takes to load).
     *
     * @param source what is read, for error messages
     * @throws IOException if a line is not {@code TYPE<TAB>name}; the message names the source and line
     */
    public static Gazetteer read(Reader in, String source) throws IOException {
        Builder b = builder();
        BufferedReader r = new BufferedReader(in);
        String line;
        int number = 0;
        while ((line = r.readLine()) != null) {
            number++;
            if (line.isEmpty()) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0 || tab == line.length() - 1) {
                throw new IOException(source + ", line " + number + ": expected TYPE<TAB>name, got '" + line + "'");
            }
            b.addTokens(line.substring(0, tab), Arrays.asList(line.substring(tab + 1).split(" ")));
        }
        return b.build();
    }

    /** Returns an empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects names; not thread-safe. */
    public static final class Builder {
        private final List<String> typeNames = new ArrayList<>();
        private final Node root = new Node();
        private int size;
        private int maxLength;

        private Builder() {
        }

        /**
         * Adds a name of a type. Blank names are ignored.
         *
         * @throws IllegalArgumentException if more than 30 types are used
         */
        public Builder add(String type, String name) {
            requireNonNull(type, "type must not be null");
            requireNonNull(name, "name must not be null");
            return addTokens(type, tokens(name));
        }

        /** Adds a name already cut into tokens, as {@link #tokens} cuts it. */
        Builder addTokens(String type, List<String> tokens) {
            if (tokens.isEmpty()) {
                return this;
            }
            int t = typeNames.indexOf(type);
            if (t < 0) {
                checkArgument(typeNames.size() < 30, "a gazetteer holds at most 30 types: %s", type);
                typeNames.add(type);
                t = typeNames.size() - 1;
            }
            Node node = root;
            for (String token : tokens) {
                node = node.children.computeIfAbsent(token.toLowerCase(Locale.ROOT), k -> new Node());
            }
            if ((node.types & (1 << t)) == 0) {
                node.types |= 1 << t;
                size++;
            }
            maxLength = Math.max(maxLength, tokens.size());
            return this;
        }

        /** Adds every name in {@code names} with the same type. */
        public Builder addAll(String type, Iterable<String> names) {
            for (String name : names) {
                add(type, name);
            }
            return this;
        }

        /** Returns the gazetteer; the builder must not be used afterwards. */
        public Gazetteer build() {
            return new Gazetteer(typeNames, root, size, maxLength);
        }
    }

    @Override
    public String toString() {
        return "Gazetteer" + Arrays.asList(typeNames.toArray()) + " of " + size + " names";
    }
}
