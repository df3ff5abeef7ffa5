package org.entitas.pipeline;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names and token patterns given at tagging time, each with its label: the dictionary is a trie over tokens
 * (case-sensitive), matched as the longest name starting at each token; each pattern ({@link TokenPattern}) is
 * matched as its longest match starting at each token. A match's confidence is 1.
 *
 * <p>Immutable once built, and thread-safe.
 */
final class TokenRuler {

    /** The most names a dictionary holds. */
    public static final int MAX_NAMES = 500_000;
    /** The most tokens of a name. */
    public static final int MAX_NAME_TOKENS = 20;
    /** The most patterns. */
    public static final int MAX_PATTERNS = 1_000;

    private static final class Node {
        final Map<String, Node> children = new HashMap<>(2);
        /** The label of the name that ends here, or null. */
        String label;
    }

    private record Rule(String label, TokenPattern pattern, String firstLiteral) {
    }

    private final Node root;
    private final int maxNameTokens;
    private final List<Rule> patterns;
    private final Set<String> labels;

    private TokenRuler(Builder b) {
        this.root = b.root;
        this.maxNameTokens = b.maxNameTokens;
        this.patterns = List.copyOf(b.patterns);
        this.labels = Set.copyOf(b.labels);
    }

    /** Returns an empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The labels of the names and patterns. */
    public Set<String> labels() {
        return labels;
    }

    /** The dictionary's names in a sentence's tokens: at each token, the longest name starting there. */
    public List<Engine.Name> names(String[] tokens, int sentence) {
        List<Engine.Name> out = new ArrayList<>();
        for (int start = 0; start < tokens.length; start++) {
            Node node = root;
            int end = -1;
            String label = null;
            for (int t = start; t < tokens.length && t - start < maxNameTokens; t++) {
                node = node.children.get(tokens[t]);
                if (node == null) {
                    break;
                }
                if (node.label != null) {
                    end = t + 1;
                    label = node.label;
                }
            }
            if (end > 0) {
                out.add(new Engine.Name(label, sentence, start, end, 1));
            }
        }
        return out;
    }

    /** The patterns' matches in a sentence's tokens: at each token, each pattern's longest match, in pattern order. */
    public List<Engine.Name> patterns(String[] tokens, int sentence) {
        List<Engine.Name> out = new ArrayList<>();
        for (int start = 0; start < tokens.length; start++) {
            for (Rule r : patterns) {
                if (r.firstLiteral() != null && !r.firstLiteral().equals(tokens[start])) {
                    continue;
                }
                int end = r.pattern().longestMatch(tokens, start);
                if (end > 0) {
                    out.add(new Engine.Name(r.label(), sentence, start, end, 1));
                }
            }
        }
        return out;
    }

    /** Collects names and patterns; not thread-safe. */
    public static final class Builder {
        private final Node root = new Node();
        private final List<Rule> patterns = new ArrayList<>();
        private final Set<String> labels = new LinkedHashSet<>();
        private int names;
        private int maxNameTokens;

        private Builder() {
        }

        /**
         * Adds a name, already cut into tokens as the text will be. Adding it again with the same label does
         * nothing.
         *
         * @throws IllegalArgumentException if it has no token or more than {@value #MAX_NAME_TOKENS}, if the
         *     dictionary holds {@value #MAX_NAMES} names already, or if the name is there with another label
         *     (the message names it)
         */
        public Builder addName(String label, List<String> tokens) {
            requireNonNull(label, "label must not be null");
            requireNonNull(tokens, "tokens must not be null");
            checkArgument(!tokens.isEmpty(), "a name needs a token");
            checkArgument(tokens.size() <= MAX_NAME_TOKENS, "a name has at most %s tokens, this one %s",
                    MAX_NAME_TOKENS, tokens.size());
            Node node = root;
            for (String token : tokens) {
                node = node.children.computeIfAbsent(token, k -> new Node());
            }
            if (node.label == null) {
                checkArgument(names < MAX_NAMES, "a dictionary holds at most %s names", MAX_NAMES);
                node.label = label;
                names++;
                labels.add(label);
                maxNameTokens = Math.max(maxNameTokens, tokens.size());
            } else {
                checkArgument(node.label.equals(label), "listed already as %s", node.label);
            }
            return this;
        }

        /**
         * Adds a pattern in the syntax of {@link TokenPattern}.
         *
         * @throws IllegalArgumentException if the pattern is malformed (the message names the element) or
         *     there are {@value #MAX_PATTERNS} patterns already
         */
        public Builder addPattern(String label, String pattern) {
            requireNonNull(label, "label must not be null");
            requireNonNull(pattern, "pattern must not be null");
            checkArgument(patterns.size() < MAX_PATTERNS, "at most %s patterns", MAX_PATTERNS);
            TokenPattern p = TokenPattern.parse(pattern);
            patterns.add(new Rule(label, p, p.firstLiteral()));
            labels.add(label);
            return this;
        }

        /** Whether nothing was added. */
        public boolean isEmpty() {
            return names == 0 && patterns.isEmpty();
        }

        /** Returns the ruler; the builder must not be used afterwards. */
        public TokenRuler build() {
            return new TokenRuler(this);
        }
    }
}
