package org.entitas.graph;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.entitas.EntityType;
import org.entitas.lexicon.WordList;

/**
 * The junk nodes of a graph, counted from outside by a reader's rules (issue 22), independently of how the graph
 * was built: it reads only the nodes' names, types and mention counts. Title and institution words come from the
 * project's cue lexicons, headline words from the graph's own list; nothing here is drawn from any corpus.
 */
final class JunkCounter {

    /** Why a node is junk. A node may break several rules; it counts once. */
    enum Rule {
        /** A person named with a title or an institution word ({@code Badan Gizi Nasional Dadan Hindayana}). */
        PERSON_WITH_TITLE_OR_INSTITUTION,
        /** A headline: a headline verb or adverb among the name's words ({@code Jonatan Christie Juara ...}). */
        HEADLINE,
        /** A number among the name's words ({@code Jl. Raya Bogor No. 17}). */
        NUMBER,
        /** Two persons joined by a hyphen ({@code Pramono Anung-Rano Karno}). */
        CANDIDATE_PAIR,
        /** An organization whose name ends in a person's name of the same graph. */
        ORGANIZATION_ENDING_IN_PERSON,
        /** One name under two types: every node of the name but the one with most mentions. */
        NAME_UNDER_TWO_TYPES,
        /** A name of one letter ({@code M}). */
        ONE_LETTER
    }

    /** The result: junk nodes by key with their rules, and how many nodes there were. */
    record Count(Map<String, Set<Rule>> junk, int nodes) {
        double share() {
            return nodes == 0 ? 0 : (double) junk.size() / nodes;
        }

        Map<Rule, Integer> byRule() {
            Map<Rule, Integer> out = new EnumMap<>(Rule.class);
            junk.values().forEach(rs -> rs.forEach(r -> out.merge(r, 1, Integer::sum)));
            return out;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d junk nodes of %d (%.2f%%) %s", junk.size(), nodes, 100 * share(),
                    byRule());
        }
    }

    /** Cue words that are also given names ({@code Tim Cook}, {@code Raja Sapta}, {@code Gus Dur}): no evidence. */
    private static final Set<String> ALSO_GIVEN_NAMES = Set.of("Tim", "Raja", "Ratu", "Pangeran", "Sultan", "Sir",
            "Gus", "Mas", "Bang", "Mayor");
    private static final List<List<String>> TITLE_OR_INSTITUTION = phrases(WordList.TITLES.entries(),
            WordList.ORGANIZATION_HEADS.entries()).stream().filter(p -> !ALSO_GIVEN_NAMES.contains(p.get(0))).toList();
    private static final Set<String> HEADLINE_WORDS =
            Set.copyOf(WordList.lines(KnowledgeGraph.class, "headline-words.txt"));
    private static final Pattern NUMBER = Pattern.compile("\\d+([.,/]\\d+)*");
    /** Two capitalised words of three letters or more joined by a hyphen: not {@code Al-Ghazali}. */
    private static final Pattern PAIR = Pattern.compile("\\p{Lu}\\p{Ll}{2,}-\\p{Lu}\\p{Ll}");

    private JunkCounter() {
    }

    static Count count(List<KnowledgeGraph.Node> nodes) {
        Map<String, Set<Rule>> junk = new LinkedHashMap<>();
        List<List<String>> personNames = new ArrayList<>();
        for (KnowledgeGraph.Node n : nodes) {
            if (n.type().equals(EntityType.PERSON)) {
                personNames.add(words(n.name()));
            }
        }
        Map<String, List<KnowledgeGraph.Node>> byName = new HashMap<>();
        for (KnowledgeGraph.Node n : nodes) {
            byName.computeIfAbsent(normal(n.name()), k -> new ArrayList<>()).add(n);
        }
        for (KnowledgeGraph.Node n : nodes) {
            List<String> w = words(n.name());
            EnumSet<Rule> rules = EnumSet.noneOf(Rule.class);
            if (n.type().equals(EntityType.PERSON)) {
                if (TITLE_OR_INSTITUTION.stream().anyMatch(p -> contains(w, p))) {
                    rules.add(Rule.PERSON_WITH_TITLE_OR_INSTITUTION);
                }
                if (w.size() >= 2 && PAIR.matcher(n.name()).find()) {
                    rules.add(Rule.CANDIDATE_PAIR);
                }
            }
            if (w.stream().anyMatch(HEADLINE_WORDS::contains)) {
                rules.add(Rule.HEADLINE);
            }
            if (w.stream().anyMatch(x -> NUMBER.matcher(x).matches())) {
                rules.add(Rule.NUMBER);
            }
            if (n.type().equals(EntityType.ORGANIZATION) && personNames.stream()
                    .anyMatch(p -> p.size() >= 2 && p.size() < w.size() && w.subList(w.size() - p.size(), w.size())
                            .equals(p))) {
                rules.add(Rule.ORGANIZATION_ENDING_IN_PERSON);
            }
            List<KnowledgeGraph.Node> same = byName.get(normal(n.name()));
            if (same.stream().map(KnowledgeGraph.Node::type).distinct().count() > 1
                    && same.stream().max(Comparator.comparingLong(KnowledgeGraph.Node::mentions)).get() != n) {
                rules.add(Rule.NAME_UNDER_TWO_TYPES);
            }
            if (n.name().replace(".", "").strip().codePointCount(0, n.name().replace(".", "").strip().length()) == 1) {
                rules.add(Rule.ONE_LETTER);
            }
            if (!rules.isEmpty()) {
                junk.put(n.key(), rules);
            }
        }
        return new Count(junk, nodes.size());
    }

    /** A name's words as written, split at white space. */
    private static List<String> words(String name) {
        return List.of(name.strip().split("\\s+"));
    }

    private static String normal(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").strip();
    }

    private static boolean contains(List<String> words, List<String> phrase) {
        return Collections.indexOfSubList(words, phrase) >= 0;
    }

    @SafeVarargs
    private static List<List<String>> phrases(List<String>... lists) {
        return Arrays.stream(lists).flatMap(List::stream).map(JunkCounter::words).distinct()
                .collect(Collectors.toUnmodifiableList());
    }
}
