package org.entitas.pipeline;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UTFDataFormatException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entitas.internal.Background;

/**
 * Typed lists of names (person, place, organization, ...) in a trie over lower-cased tokens, matched as the
 * longest token sequences in a sentence. Used as features by the name finder, never as a lookup that decides
 * on its own.
 *
 * <p>The trie is flat: each distinct token has a number, each node a number, and the edges are one
 * open-addressing table from (node, token) to node, so a gazetteer of 200,000 names is a few arrays rather than
 * hundreds of thousands of maps, and its binary form ({@link #writeBinary}) loads in one read of those arrays.
 *
 * <p>Immutable once built, and thread-safe. Written as UTF-8 lines {@code TYPE<TAB>name} ({@link #write}), or
 * in the binary form that model files hold.
 */
public final class Gazetteer {

    /**
     * How names are cut into tokens: words (with inner hyphens, dots and apostrophes, and the combining marks
     * that lower-casing may add, as in {@code i̇zmir}) and single symbols.
     */
    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*(?:[-.'’][\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*)*\\.?|\\S");

    /** The first bytes of the binary form: a name and a version. */
    private static final byte[] MAGIC = {'E', 'N', 'T', 'G', 'A', 'Z', 0, 1};

    /** The most tokens, nodes or bytes of tokens the binary form may declare: a damaged count is an error. */
    private static final int MAX_COUNT = 1 << 26;

    private final List<String> typeNames;
    private final Trie trie;
    private final int size;
    private final int maxLength;

    private Gazetteer(List<String> typeNames, Trie trie, int size, int maxLength) {
        this.typeNames = List.copyOf(typeNames);
        this.trie = trie;
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
            int node = Trie.ROOT;
            int found = 0;
            for (int end = start; end < n && end - start < maxLength; end++) {
                int token = trie.token(lower[end]);
                node = token < 0 ? -1 : trie.child(node, token);
                if (node < 0) {
                    break;
                }
                int nodeTypes = trie.types[node];
                for (int t = 0; t < types; t++) {
                    if ((nodeTypes & (1 << t)) != 0) {
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

    /** Writes this gazetteer as {@code TYPE<TAB>name} lines, names in the order of their sorted tokens. */
    public void write(Writer out) throws IOException {
        BufferedWriter w = new BufferedWriter(out);
        int[][] children = trie.children();
        List<String> path = new ArrayList<>();
        writeNode(Trie.ROOT, children, path, w);
        w.flush();
    }

    private void writeNode(int node, int[][] children, List<String> path, BufferedWriter w) throws IOException {
        for (int t = 0; t < typeNames.size(); t++) {
            if ((trie.types[node] & (1 << t)) != 0) {
                w.write(typeNames.get(t));
                w.write('\t');
                w.write(String.join(" ", path));
                w.write('\n');
            }
        }
        for (int child : children[node]) {
            path.add(trie.tokens[trie.tokenOf[child]]);
            writeNode(child, children, path, w);
            path.remove(path.size() - 1);
        }
    }

    /**
     * Writes the binary form that {@link #readBinary} reads: the {@code ENTGAZ} header and version, the types,
     * the tokens, and each node's parent, token and types, all in the order the names were added (so the same
     * names give the same bytes).
     */
    public void writeBinary(OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(out));
        d.write(MAGIC);
        d.writeInt(typeNames.size());
        for (String type : typeNames) {
            d.writeUTF(type);
        }
        d.writeInt(size);
        d.writeInt(maxLength);
        byte[] tokenBytes = String.join("\n", Arrays.asList(trie.tokens).subList(0, trie.tokenCount))
                .getBytes(StandardCharsets.UTF_8);
        d.writeInt(trie.tokenCount);
        d.writeInt(tokenBytes.length);
        d.write(tokenBytes);
        d.writeInt(trie.nodeCount);
        writeInts(d, trie.parentOf, trie.nodeCount);
        writeInts(d, trie.tokenOf, trie.nodeCount);
        writeInts(d, trie.types, trie.nodeCount);
        d.flush();
    }

    private static void writeInts(DataOutputStream d, int[] values, int count) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(4 * count);
        buffer.asIntBuffer().put(values, 0, count);
        d.write(buffer.array());
    }

    /** Reads {@code count} ints, in chunks, so a damaged count ends in EOF rather than in a huge allocation. */
    private static int[] readInts(DataInputStream d, int count) throws IOException {
        int[] out = new int[Math.min(count, CHUNK)];
        byte[] bytes = new byte[4 * Math.min(count, CHUNK)];
        for (int done = 0; done < count; ) {
            int n = Math.min(CHUNK, count - done);
            d.readFully(bytes, 0, 4 * n);
            if (done + n > out.length) {
                out = Arrays.copyOf(out, Math.min(count, Math.max(done + n, 2 * out.length)));
            }
            ByteBuffer.wrap(bytes, 0, 4 * n).asIntBuffer().get(out, done, n);
            done += n;
        }
        return out;
    }

    private static final int CHUNK = 1 << 16;

    /** Whether {@code in} starts with the binary form's header; reads nothing ({@code in} must support mark). */
    static boolean isBinary(InputStream in) throws IOException {
        in.mark(MAGIC.length);
        byte[] head = in.readNBytes(MAGIC.length);
        in.reset();
        return Arrays.equals(head, MAGIC);
    }

    /**
     * Reads the binary form that {@link #writeBinary} writes.
     *
     * @param source what is read, for error messages
     * @throws IOException if the data is not that form or is damaged; the message names the source and what is
     *     wrong
     */
    public static Gazetteer readBinary(InputStream in, String source) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(in));
        try {
            byte[] head = new byte[MAGIC.length];
            d.readFully(head);
            if (!Arrays.equals(head, MAGIC)) {
                throw new IOException(source + ": not a binary gazetteer (header " + Arrays.toString(head) + ")");
            }
            int typeCount = checkedCount(d.readInt(), 30, source, "types");
            List<String> types = new ArrayList<>(typeCount);
            for (int i = 0; i < typeCount; i++) {
                types.add(d.readUTF());
            }
            int size = checkedCount(d.readInt(), MAX_COUNT, source, "names");
            int maxLength = checkedCount(d.readInt(), MAX_COUNT, source, "tokens in the longest name");
            int tokenCount = checkedCount(d.readInt(), MAX_COUNT, source, "tokens");
            int byteCount = checkedCount(d.readInt(), MAX_COUNT, source, "bytes of tokens");
            byte[] tokenBytes = d.readNBytes(byteCount);
            if (tokenBytes.length < byteCount) {
                throw new EOFException();
            }
            int nodeCount = checkedCount(d.readInt(), MAX_COUNT, source, "nodes");
            if (nodeCount < 1) {
                throw new IOException(source + ": no root node");
            }
            int[] parentOf = readInts(d, nodeCount);
            int[] tokenOf = readInts(d, nodeCount);
            int[] nodeTypes = readInts(d, nodeCount);
            for (int node = 1; node < nodeCount; node++) {
                if (parentOf[node] < 0 || parentOf[node] >= node || tokenOf[node] < 0 || tokenOf[node] >= tokenCount) {
                    throw new IOException(source + ": node " + node + " has parent " + parentOf[node] + " and token "
                            + tokenOf[node] + " (" + nodeCount + " nodes, " + tokenCount + " tokens)");
                }
            }
            // the edge table is built on a thread of its own while this one cuts the tokens: the two halves of
            // reading a model's gazetteer, the longest part of loading a model
            Trie trie = Trie.withNodes(parentOf, tokenOf, nodeTypes);
            Background<Trie> edges = Background.start("entitas-gazetteer-edges", trie::indexAllEdges);
            String[] tokens = tokenCount == 0 ? new String[0]
                    : new String(tokenBytes, StandardCharsets.UTF_8).split("\n", -1);
            if (tokens.length != tokenCount) {
                throw new IOException(source + ": " + tokens.length + " tokens where " + tokenCount + " were declared");
            }
            trie.indexTokens(tokens);
            return new Gazetteer(types, edges.get(), size, maxLength);
        } catch (EOFException e) {
            throw new IOException(source + ": binary gazetteer ends early", e);
        } catch (UTFDataFormatException e) {
            throw new IOException(source + ": a type name is not modified UTF-8: " + e.getMessage(), e);
        }
    }

    private static int checkedCount(int count, int max, String source, String what) throws IOException {
        if (count < 0 || count > max) {
            throw new IOException(source + ": " + count + " " + what + " (at most " + max + ")");
        }
        return count;
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
        private final Trie trie = Trie.empty();
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
            int node = Trie.ROOT;
            for (String token : tokens) {
                node = trie.childOrAdd(node, token.toLowerCase(Locale.ROOT));
            }
            if ((trie.types[node] & (1 << t)) == 0) {
                trie.types[node] |= 1 << t;
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
            return new Gazetteer(typeNames, trie.trimmed(), size, maxLength);
        }
    }

    /**
     * The flat trie: tokens numbered in {@code tokens} (found through an open-addressing table of their
     * numbers), nodes numbered from the root 0 with their parent, token and type bits, and the edges in an
     * open-addressing table from {@code node << 32 | token} to the child. Grows while a builder adds to it.
     */
    private static final class Trie {
        static final int ROOT = 0;

        String[] tokens;
        int tokenCount;
        /** Token number + 1 by slot; 0 is an empty slot. Length a power of two, at most half full. */
        int[] tokenSlots;

        int[] parentOf;
        int[] tokenOf;
        int[] types;
        int nodeCount;
        /** Edge keys by slot ({@code -1} empty) and the child of each. Length a power of two, at most half full. */
        long[] edgeKeys;
        int[] edgeChildren;

        static Trie empty() {
            Trie t = new Trie();
            t.tokens = new String[16];
            t.tokenSlots = new int[32];
            t.parentOf = new int[16];
            t.tokenOf = new int[16];
            t.types = new int[16];
            t.parentOf[0] = -1;
            t.tokenOf[0] = -1;
            t.nodeCount = 1;
            t.edgeKeys = emptyKeys(32);
            t.edgeChildren = new int[32];
            return t;
        }

        /** A trie from its nodes, as the binary form holds them (checked by the caller), to be indexed yet. */
        static Trie withNodes(int[] parentOf, int[] tokenOf, int[] types) {
            Trie t = new Trie();
            t.parentOf = parentOf;
            t.tokenOf = tokenOf;
            t.types = types;
            t.nodeCount = parentOf.length;
            return t;
        }

        /** Indexes the tokens (of {@link #withNodes}'s trie). */
        void indexTokens(String[] tokens) {
            this.tokens = tokens;
            tokenCount = tokens.length;
            tokenSlots = new int[tableSize(tokens.length)];
            for (int i = 0; i < tokens.length; i++) {
                putToken(tokens[i], i);
            }
        }

        /** Indexes the edges (of {@link #withNodes}'s trie); returns the trie. */
        Trie indexAllEdges() {
            indexEdges(tableSize(nodeCount));
            return this;
        }

        /** This trie with its node arrays cut to their length (its tables stay as they are). */
        Trie trimmed() {
            tokens = Arrays.copyOf(tokens, tokenCount);
            parentOf = Arrays.copyOf(parentOf, nodeCount);
            tokenOf = Arrays.copyOf(tokenOf, nodeCount);
            types = Arrays.copyOf(types, nodeCount);
            return this;
        }

        private static int tableSize(int entries) {
            return Math.max(16, Integer.highestOneBit(Math.max(1, entries) * 2 - 1) << 1);
        }

        private static long[] emptyKeys(int length) {
            long[] keys = new long[length];
            Arrays.fill(keys, -1L);
            return keys;
        }

        private static long key(int node, int token) {
            return (long) node << 32 | token;
        }

        private static int mix(long key) {
            key ^= key >>> 33;
            key *= 0xff51afd7ed558ccdL;
            key ^= key >>> 33;
            return (int) key;
        }

        /** The number of {@code token}, or -1 if no name holds it. */
        int token(String token) {
            int mask = tokenSlots.length - 1;
            for (int slot = mix(token.hashCode()) & mask; ; slot = (slot + 1) & mask) {
                int id = tokenSlots[slot] - 1;
                if (id < 0 || tokens[id].equals(token)) {
                    return id;
                }
            }
        }

        /** The child of {@code node} by {@code token}, or -1. */
        int child(int node, int token) {
            long key = key(node, token);
            int mask = edgeKeys.length - 1;
            for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
                long k = edgeKeys[slot];
                if (k == key) {
                    return edgeChildren[slot];
                }
                if (k == -1L) {
                    return -1;
                }
            }
        }

        int childOrAdd(int node, String token) {
            int id = token(token);
            if (id < 0) {
                id = tokenCount++;
                if (id == tokens.length) {
                    tokens = Arrays.copyOf(tokens, 2 * id);
                }
                tokens[id] = token;
                if (2 * tokenCount > tokenSlots.length) {
                    tokenSlots = new int[2 * tokenSlots.length];
                    for (int i = 0; i < tokenCount; i++) {
                        putToken(tokens[i], i);
                    }
                } else {
                    putToken(token, id);
                }
            }
            int child = child(node, id);
            if (child >= 0) {
                return child;
            }
            child = nodeCount++;
            if (child == parentOf.length) {
                parentOf = Arrays.copyOf(parentOf, 2 * child);
                tokenOf = Arrays.copyOf(tokenOf, 2 * child);
                types = Arrays.copyOf(types, 2 * child);
            }
            parentOf[child] = node;
            tokenOf[child] = id;
            if (2 * nodeCount > edgeKeys.length) {
                indexEdges(2 * edgeKeys.length);
            } else {
                putEdge(key(node, id), child);
            }
            return child;
        }

        private void putToken(String token, int id) {
            int mask = tokenSlots.length - 1;
            int slot = mix(token.hashCode()) & mask;
            while (tokenSlots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            tokenSlots[slot] = id + 1;
        }

        /** A new edge table of {@code capacity} slots holding the edge to every node but the root. */
        private void indexEdges(int capacity) {
            edgeKeys = emptyKeys(capacity);
            edgeChildren = new int[capacity];
            for (int n = 1; n < nodeCount; n++) {
                putEdge(key(parentOf[n], tokenOf[n]), n);
            }
        }

        private void putEdge(long key, int child) {
            int mask = edgeKeys.length - 1;
            int slot = mix(key) & mask;
            while (edgeKeys[slot] != -1L) {
                slot = (slot + 1) & mask;
            }
            edgeKeys[slot] = key;
            edgeChildren[slot] = child;
        }

        /** The children of every node, each list sorted by token. */
        int[][] children() {
            int[] counts = new int[nodeCount];
            for (int n = 1; n < nodeCount; n++) {
                counts[parentOf[n]]++;
            }
            int[][] out = new int[nodeCount][];
            for (int n = 0; n < nodeCount; n++) {
                out[n] = new int[counts[n]];
                counts[n] = 0;
            }
            for (int n = 1; n < nodeCount; n++) {
                out[parentOf[n]][counts[parentOf[n]]++] = n;
            }
            Comparator<Integer> byToken = Comparator.comparing(n -> tokens[tokenOf[n]]);
            for (int n = 0; n < nodeCount; n++) {
                if (out[n].length > 1) {
                    out[n] = Arrays.stream(out[n]).boxed().sorted(byToken).mapToInt(Integer::intValue).toArray();
                }
            }
            return out;
        }
    }

    @Override
    public String toString() {
        return "Gazetteer" + Arrays.asList(typeNames.toArray()) + " of " + size + " names";
    }
}
