package org.entitas.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.entitas.Document;
import org.entitas.EntityExtractor;
import org.entitas.EntityType;
import org.entitas.Mention;
import org.entitas.TaggedDocument;
import org.entitas.TestDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How well the graph's nodes match the real-world entities of test-corpus/: the team's gold clustering
 * ({@code gold-entities.tsv}, written from {@code test-corpus/*.ann}: each gold mention's document, type and name to
 * the entity it names) against the node each mention ends in, scored with B-cubed precision, recall and F1 over
 * mentions. With the gold mentions, every gold mention is an item; with the bundled model's mentions, the items
 * are the cleaned mentions whose type and span are a gold mention's (the others name no gold entity).
 */
class ResolutionAccuracyTest {

    private static final Path CORPUS = Path.of("test-corpus");
    private static final Map<List<String>, String> GOLD = new HashMap<>();
    private static final List<Doc> DOCS = new ArrayList<>();

    private record Doc(String id, String text, List<Mention> gold) {
    }

    /** B-cubed figures over a number of items. */
    record Score(double precision, double recall, int items) {
        double f1() {
            return 2 * precision * recall / (precision + recall);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "B-cubed P %.4f R %.4f F1 %.4f over %d mentions", precision, recall,
                    f1(), items);
        }
    }

    @BeforeAll
    static void readGold() throws IOException {
        for (String line : Files.readAllLines(Path.of("src/test/resources/org/entitas/graph/gold-entities.tsv"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] f = line.split("\t");
                GOLD.put(List.of(f[0], f[1], f[2]), f[3]);
            }
        }
        try (Stream<Path> s = Files.list(CORPUS)) {
            for (Path txt : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String id = txt.getFileName().toString().replace(".txt", "");
                String text = Files.readString(txt, StandardCharsets.UTF_8);
                List<Mention> gold = new ArrayList<>();
                for (String line : Files.readAllLines(CORPUS.resolve(id + ".ann"))) {
                    String[] f = line.split("\t");
                    String[] typeAndSpan = f[1].split(" ");
                    int start = Integer.parseInt(typeAndSpan[1]);
                    int end = Integer.parseInt(typeAndSpan[2]);
                    gold.add(new Mention(EntityType.of(typeAndSpan[0]), text.substring(start, end), start, end, 1, 0));
                }
                gold.sort((a, b) -> Integer.compare(a.start(), b.start()));
                DOCS.add(new Doc(id, text, gold));
            }
        }
    }

    /** The gold entity of a gold mention. */
    private static String goldEntity(String doc, Mention m) {
        String e = GOLD.get(List.of(doc, m.type().name(), m.text()));
        assertThat(e).as("gold entity of %s in %s", m, doc).isNotNull();
        return e;
    }

    /**
     * Scores the nodes the graph gives the documents' mentions ({@code mentionsOf}) against the gold entities of
     * those that are gold mentions.
     */
    private static Score score(BiFunction<Doc, String, TaggedDocument> tagged, boolean everyGoldMention) {
        return score(tagged, everyGoldMention, false);
    }

    /**
     * With {@code documentLevel}, the rule the graph had before resolution across documents: a node per
     * document-level key of the uncleaned mentions.
     */
    private static Score score(BiFunction<Doc, String, TaggedDocument> tagged, boolean everyGoldMention,
            boolean documentLevel) {
        KnowledgeGraph graph = new KnowledgeGraph();
        List<TaggedDocument> all = new ArrayList<>();
        for (Doc d : DOCS) {
            TaggedDocument t = tagged.apply(d, d.text());
            all.add(t);
            graph.add(t);
        }
        List<String> goldOf = new ArrayList<>();
        List<String> nodeOf = new ArrayList<>();
        for (int i = 0; i < DOCS.size(); i++) {
            Doc d = DOCS.get(i);
            Map<List<Integer>, Mention> goldBySpan = new HashMap<>();
            d.gold().forEach(m -> goldBySpan.put(List.of(m.start(), m.end()), m));
            List<Mention> cleaned = documentLevel ? all.get(i).mentions()
                    : MentionCleaner.clean(d.text(), all.get(i).mentions()).mentions();
            for (Entity e : EntityResolver.resolve(d.text(), cleaned)) {
                // an entity the graph has no node for is a medium of a dateline, one of the documents' sources: its
                // mentions are one cluster of their own, as a node of them would be
                String node = documentLevel ? e.key() : graph.nodeKey(e.key()).orElse("source:" + e.key());
                for (Mention m : e.mentions()) {
                    Mention g = goldBySpan.remove(List.of(m.start(), m.end()));
                    if (g != null && g.type().equals(m.type())) {
                        goldOf.add(goldEntity(d.id(), g));
                        nodeOf.add(node);
                    }
                }
            }
            if (everyGoldMention) {
                // a gold mention the cleaner cut or dropped is an entity of its own: a loss of recall
                for (Mention g : goldBySpan.values()) {
                    if (!documentLevel) {
                        System.out.println("gold mention changed by the cleaner: " + d.id() + " " + g);
                    }
                    goldOf.add(goldEntity(d.id(), g));
                    nodeOf.add("cleaned:" + d.id() + ":" + g.start());
                }
            }
        }
        if (Boolean.getBoolean("entitas.resolution.debug")) {
            Map<String, Set<String>> nodesOfGold = new TreeMap<>();
            Map<String, Set<String>> goldOfNode = new TreeMap<>();
            for (int i = 0; i < goldOf.size(); i++) {
                nodesOfGold.computeIfAbsent(goldOf.get(i), k -> new TreeSet<>()).add(nodeOf.get(i));
                goldOfNode.computeIfAbsent(nodeOf.get(i), k -> new TreeSet<>()).add(goldOf.get(i));
            }
            nodesOfGold.forEach((g, n) -> {
                if (n.size() > 1) {
                    System.out.println("split " + g + " -> " + n);
                }
            });
            goldOfNode.forEach((n, g) -> {
                if (g.size() > 1) {
                    System.out.println("joined " + n + " <- " + g);
                }
            });
        }
        return bCubed(goldOf, nodeOf);
    }

    static Score bCubed(List<String> gold, List<String> response) {
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> responseSize = new HashMap<>();
        Map<List<String>, Integer> both = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            goldSize.merge(gold.get(i), 1, Integer::sum);
            responseSize.merge(response.get(i), 1, Integer::sum);
            both.merge(List.of(gold.get(i), response.get(i)), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (int i = 0; i < gold.size(); i++) {
            double common = both.get(List.of(gold.get(i), response.get(i)));
            p += common / responseSize.get(response.get(i));
            r += common / goldSize.get(gold.get(i));
        }
        return new Score(p / gold.size(), r / gold.size(), gold.size());
    }

    @Test
    void bCubedOfATinyClusteringIsWorkedOutByHand() {
        // gold {a1 a2 a3} {b1}; response {a1 a2} {a3 b1}: P = (1 + 1 + 1/2 + 1/2) / 4, R = (2/3 + 2/3 + 1/3 + 1) / 4
        Score s = bCubed(List.of("a", "a", "a", "b"), List.of("x", "x", "y", "y"));
        assertThat(s.precision()).isEqualTo(0.75);
        assertThat(s.recall()).isCloseTo((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1) / 4, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void withTheGoldMentions() {
        Score s = score((d, text) -> TestDocuments.tagged(d.id(), text, d.gold()), true);
        System.out.println("resolution on test-corpus, gold mentions: " + s);
        assertThat(s.items()).isEqualTo(DOCS.stream().mapToInt(d -> d.gold().size()).sum());
        assertThat(s.f1()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void withTheBundledModelsMentions() {
        EntityExtractor ner = EntityExtractor.indonesian();
        Score s = score((d, text) -> ner.extract(Document.of(d.id(), text)), false);
        System.out.println("resolution on test-corpus, the bundled model's mentions: " + s);
        assertThat(s.f1()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void documentLevelKeysAloneScoreLower() {
        EntityExtractor ner = EntityExtractor.indonesian();
        Score gold = score((d, text) -> TestDocuments.tagged(d.id(), text, d.gold()), true, true);
        Score predicted = score((d, text) -> ner.extract(Document.of(d.id(), text)), false, true);
        System.out.println("document-level keys only (the graph's rule before), gold mentions: " + gold);
        System.out.println("document-level keys only (the graph's rule before), the bundled model's mentions: "
                + predicted);
        assertThat(gold.f1()).isLessThan(score((d, text) -> TestDocuments.tagged(d.id(), text, d.gold()), true)
                .f1());
    }
}
