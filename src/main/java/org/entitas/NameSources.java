package org.entitas;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.entitas.pipeline.NameFinderPool;
import org.entitas.pipeline.Pipeline;
import org.entitas.pipeline.TokenRuler;

/**
 * What an extractor finds names with besides its own name finder: name finders added to it and a
 * dictionary with patterns; and the rule by which all their names combine.
 *
 * <p>The rule, applied in each sentence to the names kept (those at or above the minimum confidence): a
 * dictionary or pattern match wins over any model's name it overlaps; otherwise the longer name in tokens wins,
 * then the more confident, then the earlier source (the dictionary, the patterns, the extractor's own name
 * finder, the added ones in the order they were added), then the one that starts first. A name that loses
 * is dropped whole.
 *
 * <p>Immutable and thread-safe.
 */
final class NameSources {

    static final NameSources NONE = new NameSources(List.of(), Optional.empty());

    /** The rank of the extractor's own name finder; the dictionary is 0, the patterns 1, added finders follow. */
    private static final int OWN = 2;

    private final List<NameFinderPool> added;
    private final Optional<TokenRuler> ruler;

    NameSources(List<NameFinderPool> added, Optional<TokenRuler> ruler) {
        this.added = List.copyOf(added);
        this.ruler = ruler;
    }

    boolean isEmpty() {
        return added.isEmpty() && ruler.isEmpty();
    }

    /** The labels of the added name finders, then of the dictionary and patterns. */
    Set<String> labels() {
        Set<String> out = new LinkedHashSet<>();
        added.forEach(f -> out.addAll(f.labels()));
        ruler.ifPresent(r -> out.addAll(r.labels()));
        return out;
    }

    /** A name and the rank of the source that found it. */
    private record Candidate(Pipeline.Name name, int rank) {
        int length() {
            return name.endToken() - name.firstToken();
        }
    }

    private static final Comparator<Candidate> PRECEDENCE = Comparator
            .comparingInt((Candidate c) -> c.rank() < OWN ? 0 : 1)
            .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
            .thenComparing(Comparator.comparingDouble((Candidate c) -> c.name().confidence()).reversed())
            .thenComparingInt(Candidate::rank)
            .thenComparingInt(c -> c.name().sentence())
            .thenComparingInt(c -> c.name().firstToken());

    /**
     * The names of every source in a document, combined by the rule of this class, in text order.
     *
     * @param own the names of the extractor's own name finder
     * @param sentences the tokens of each sentence, as the names index them
     * @param keep which names take part (those at or above the minimum confidence)
     * @param trim whether added name finders trim tokens of symbols only, as the pipeline does on text
     */
    List<Pipeline.Name> combine(List<Pipeline.Name> own, List<String[]> sentences, Predicate<Pipeline.Name> keep,
            boolean trim) {
        List<Pipeline.Name> dictionary = new ArrayList<>();
        List<Pipeline.Name> patterns = new ArrayList<>();
        if (ruler.isPresent()) {
            for (int s = 0; s < sentences.size(); s++) {
                dictionary.addAll(ruler.get().names(sentences.get(s), s));
                patterns.addAll(ruler.get().patterns(sentences.get(s), s));
            }
        }
        List<List<Pipeline.Name>> bySource = new ArrayList<>(List.of(dictionary, patterns, own));
        for (NameFinderPool finder : added) {
            bySource.add(finder.find(sentences, trim));
        }
        return resolve(bySource, keep);
    }

    /**
     * The names kept of each source, its rank its index in {@code bySource} (the dictionary's matches, the
     * patterns', the extractor's own name finder's, then the added ones'), that survive the rule of this class,
     * in text order.
     */
    static List<Pipeline.Name> resolve(List<List<Pipeline.Name>> bySource, Predicate<Pipeline.Name> keep) {
        List<Candidate> candidates = new ArrayList<>();
        for (int rank = 0; rank < bySource.size(); rank++) {
            for (Pipeline.Name n : bySource.get(rank)) {
                if (keep.test(n)) {
                    candidates.add(new Candidate(n, rank));
                }
            }
        }
        candidates.sort(PRECEDENCE);
        Map<Integer, BitSet> taken = new HashMap<>();
        List<Pipeline.Name> out = new ArrayList<>();
        for (Candidate c : candidates) {
            Pipeline.Name n = c.name();
            BitSet used = taken.computeIfAbsent(n.sentence(), s -> new BitSet());
            int next = used.nextSetBit(n.firstToken());
            if (next < 0 || next >= n.endToken()) {
                used.set(n.firstToken(), n.endToken());
                out.add(n);
            }
        }
        out.sort(Comparator.comparingInt(Pipeline.Name::sentence).thenComparingInt(Pipeline.Name::firstToken));
        return out;
    }
}
