package org.entitas.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What an {@link Engine} finds names with besides its own name finder: name finders added to it and a
 * dictionary with patterns; and the rule by which all their names combine.
 *
 * <p>The rule, applied in each sentence to the names kept (those at or above the minimum confidence): a
 * dictionary or pattern match wins over any model's name it overlaps; otherwise the longer name in tokens wins,
 * then the more confident, then the earlier source (the dictionary, the patterns, the extractor's own name
 * finder, the added ones in the order they were added), then the one that starts first. A model's name that
 * loses to dictionary or pattern matches alone keeps each run of its tokens that lies outside them and is a name
 * of its own: it starts and ends with a capitalised token, and the extractor's own name finder, given the sentence
 * without the tokens the matches took, finds it as one name, whose type and confidence it takes ({@code Gedung Putih} in the
 * dictionary leaves the person {@code Karine Jean-Pierre} of a model's {@code Gedung Putih Karine Jean-Pierre}).
 * Any other name that loses is dropped whole.
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
    private record Candidate(Engine.Name name, int rank) {
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
     * @param ownFinder the names the extractor's own name finder finds in some tokens, given as one sentence
     */
    List<Engine.Name> combine(List<Engine.Name> own, List<String[]> sentences, Predicate<Engine.Name> keep,
            boolean trim, Function<List<String>, List<Engine.Name>> ownFinder) {
        List<Engine.Name> dictionary = new ArrayList<>();
        List<Engine.Name> patterns = new ArrayList<>();
        if (ruler.isPresent()) {
            for (int s = 0; s < sentences.size(); s++) {
                dictionary.addAll(ruler.get().names(sentences.get(s), s));
                patterns.addAll(ruler.get().patterns(sentences.get(s), s));
            }
        }
        List<List<Engine.Name>> bySource = new ArrayList<>(List.of(dictionary, patterns, own));
        for (NameFinderPool finder : added) {
            bySource.add(finder.find(sentences, trim));
        }
        return resolve(bySource, keep, sentences, ownFinder);
    }

    /**
     * The names kept of each source, its rank its index in {@code bySource} (the dictionary's matches, the
     * patterns', the extractor's own name finder's, then the added ones'), that survive the rule of this class,
     * in text order.
     *
     * @param sentences the tokens of each sentence, as the names index them
     * @param finder the names the extractor's own name finder finds in some tokens, given as one sentence
     */
    static List<Engine.Name> resolve(List<List<Engine.Name>> bySource, Predicate<Engine.Name> keep,
            List<String[]> sentences, Function<List<String>, List<Engine.Name>> finder) {
        List<Candidate> candidates = new ArrayList<>();
        for (int rank = 0; rank < bySource.size(); rank++) {
            for (Engine.Name n : bySource.get(rank)) {
                if (keep.test(n)) {
                    candidates.add(new Candidate(n, rank));
                }
            }
        }
        candidates.sort(PRECEDENCE);
        Map<Integer, BitSet> taken = new HashMap<>();
        Map<Integer, BitSet> ruled = new HashMap<>();
        List<Engine.Name> out = new ArrayList<>();
        for (Candidate c : candidates) {
            Engine.Name n = c.name();
            BitSet used = taken.computeIfAbsent(n.sentence(), s -> new BitSet());
            BitSet byRules = ruled.computeIfAbsent(n.sentence(), s -> new BitSet());
            int next = used.nextSetBit(n.firstToken());
            if (next < 0 || next >= n.endToken()) {
                used.set(n.firstToken(), n.endToken());
                if (c.rank() < OWN) {
                    byRules.set(n.firstToken(), n.endToken());
                }
                out.add(n);
            } else if (c.rank() >= OWN && onlyRuled(n, used, byRules)) {
                for (Engine.Name part : partsOutside(n, used, sentences.get(n.sentence()), finder)) {
                    if (keep.test(part)) {
                        used.set(part.firstToken(), part.endToken());
                        out.add(part);
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(Engine.Name::sentence).thenComparingInt(Engine.Name::firstToken));
        return out;
    }

    /** Whether every token of {@code n} already taken was taken by a dictionary or pattern match. */
    private static boolean onlyRuled(Engine.Name n, BitSet used, BitSet byRules) {
        for (int i = n.firstToken(); i < n.endToken(); i++) {
            if (used.get(i) && !byRules.get(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The runs of {@code n}'s tokens not yet taken that are names of their own: capitalised at both ends, and found
     * as one name by the extractor's own name finder in the sentence without the tokens of {@code n} already taken;
     * each typed and scored as found there.
     */
    private static List<Engine.Name> partsOutside(Engine.Name n, BitSet used, String[] tokens,
            Function<List<String>, List<Engine.Name>> finder) {
        List<String> rest = new ArrayList<>();
        int[] restIndex = new int[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            restIndex[i] = rest.size();
            if (!(i >= n.firstToken() && i < n.endToken() && used.get(i))) {
                rest.add(tokens[i]);
            }
        }
        List<Engine.Name> found = null;
        List<Engine.Name> parts = new ArrayList<>();
        int start = used.nextClearBit(n.firstToken());
        while (start < n.endToken()) {
            int nextUsed = used.nextSetBit(start);
            int end = nextUsed < 0 ? n.endToken() : Math.min(nextUsed, n.endToken());
            if (capitalised(tokens[start]) && capitalised(tokens[end - 1])) {
                found = found != null ? found : finder.apply(rest);
                int first = restIndex[start];
                int last = restIndex[end - 1] + 1;
                for (Engine.Name f : found) {
                    if (f.firstToken() == first && f.endToken() == last) {
                        parts.add(new Engine.Name(f.label(), n.sentence(), start, end, f.confidence()));
                    }
                }
            }
            start = used.nextClearBit(end);
        }
        return parts;
    }

    private static boolean capitalised(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
    }
}
