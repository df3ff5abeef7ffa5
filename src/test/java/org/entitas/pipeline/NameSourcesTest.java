package org.entitas.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule by which the names of several sources combine. */
class NameSourcesTest {

    private static Engine.Name name(String label, int sentence, int first, int end, double confidence) {
        return new Engine.Name(label, sentence, first, end, confidence);
    }

    /** Sources by rank: dictionary, patterns, own name finder, one added name finder. */
    private static List<Engine.Name> resolve(List<Engine.Name> dictionary, List<Engine.Name> patterns,
            List<Engine.Name> own, List<Engine.Name> added) {
        return NameSources.resolve(List.of(dictionary, patterns, own, added), n -> true, List.<String[]>of(SENTENCE),
                words -> List.of());
    }

    /** Lower-case words, so that no part of a name is a name of its own. */
    private static final String[] SENTENCE = "a b c d e f g h".split(" ");

    @Test
    void aDictionaryOrPatternMatchWinsOverAnyModelNameItOverlaps() {
        List<Engine.Name> out = resolve(List.of(name("PERSON", 0, 1, 2, 1)),
                List.of(name("PRODUCT", 0, 5, 7, 1)),
                List.of(name("PER", 0, 0, 3, 0.99), name("LOC", 0, 4, 6, 0.9)), List.of());
        assertThat(out).extracting(Engine.Name::label, Engine.Name::firstToken, Engine.Name::endToken)
                .containsExactly(tuple("PERSON", 1, 2), tuple("PRODUCT", 5, 7));
    }

    @Test
    void betweenModelsTheLongerNameWinsThenTheMoreConfidentThenTheEarlierModel() {
        List<Engine.Name> out = resolve(List.of(), List.of(),
                List.of(name("ORG", 0, 0, 1, 0.95), name("ORG", 0, 4, 5, 0.6), name("PER", 1, 0, 2, 0.7)),
                List.of(name("PRODUCT", 0, 0, 2, 0.5), name("PRODUCT", 0, 4, 5, 0.8),
                        name("PRODUCT", 1, 0, 2, 0.7), name("PRODUCT", 1, 3, 4, 0.2)));
        assertThat(out).extracting(Engine.Name::label, Engine.Name::sentence, Engine.Name::firstToken)
                .containsExactly(tuple("PRODUCT", 0, 0), tuple("PRODUCT", 0, 4), tuple("PER", 1, 0),
                        tuple("PRODUCT", 1, 3));
    }

    @Test
    void betweenRuleMatchesTheLongerWinsThenTheDictionary() {
        List<Engine.Name> out = resolve(List.of(name("ORGANIZATION", 0, 0, 2, 1), name("PRODUCT", 0, 5, 6, 1)),
                List.of(name("ORGANIZATION", 0, 0, 4, 1), name("EVENT", 0, 5, 6, 1)), List.of(), List.of());
        assertThat(out).extracting(Engine.Name::label, Engine.Name::firstToken, Engine.Name::endToken)
                .containsExactly(tuple("ORGANIZATION", 0, 4), tuple("PRODUCT", 5, 6));
    }

    @Test
    void onlyNamesKeptTakePart() {
        List<Engine.Name> out = NameSources.resolve(List.of(List.of(), List.of(),
                List.of(name("ORG", 0, 0, 3, 0.9)), List.of(name("PRODUCT", 0, 1, 2, 0.8))),
                n -> !n.label().equals("ORG"), List.<String[]>of(SENTENCE), words -> List.of());
        assertThat(out).extracting(Engine.Name::label).containsExactly("PRODUCT");
    }

    @Test
    void aModelNameCutByADictionaryMatchKeepsThePartOutsideItThatIsANameOfItsOwn() {
        String[] tokens = "Juru bicara Gedung Putih Karine Jean-Pierre membantah laporan".split(" ");
        List<List<String>> askedAlone = new ArrayList<>();
        List<Engine.Name> out = NameSources.resolve(List.of(List.of(name("ORGANIZATION", 0, 2, 4, 1)), List.of(),
                List.of(name("LOC", 0, 2, 6, 0.79)), List.of()), n -> true, List.<String[]>of(tokens), words -> {
                    askedAlone.add(words);
                    return List.of(name("PER", 0, 0, 2, 0.5), name("PER", 0, 2, 4, 0.81));
                });
        // the name finder is asked about the sentence without the dictionary's tokens, and its name over the part
        // outside them is kept; its other names are not
        assertThat(askedAlone).containsExactly(
                List.of("Juru", "bicara", "Karine", "Jean-Pierre", "membantah", "laporan"));
        assertThat(out).extracting(Engine.Name::label, Engine.Name::firstToken, Engine.Name::endToken,
                Engine.Name::confidence)
                .containsExactly(tuple("ORGANIZATION", 2, 4, 1.0), tuple("PER", 4, 6, 0.81));
    }

    @Test
    void aPartThatIsNoNameIsDroppedAndModelsStillLoseWhole() {
        String[] tokens = "Gedung Putih diam , Menteri Sri Mulyani hadir".split(" ");
        List<Engine.Name> out = NameSources.resolve(List.of(List.of(name("ORGANIZATION", 0, 0, 2, 1)), List.of(),
                List.of(name("LOC", 0, 0, 3, 0.6), name("PER", 0, 5, 7, 0.9)),
                List.of(name("PRODUCT", 0, 4, 7, 0.5))), n -> true, List.<String[]>of(tokens),
                words -> List.of(name("PER", 0, 0, words.size(), 0.8)));
        // "diam", left of LOC by the dictionary match, is lower case: no name. PER loses to the longer PRODUCT of
        // another model, and is dropped whole: only a dictionary or pattern match cuts a name.
        assertThat(out).extracting(Engine.Name::label, Engine.Name::firstToken, Engine.Name::endToken)
                .containsExactly(tuple("ORGANIZATION", 0, 2), tuple("PRODUCT", 4, 7));
    }

    @Test
    void aPartTheNameFinderDoesNotFindIsDropped() {
        String[] tokens = "Gedung Putih Karine Jean-Pierre".split(" ");
        List<Engine.Name> out = NameSources.resolve(List.of(List.of(name("ORGANIZATION", 0, 0, 2, 1)), List.of(),
                List.of(name("LOC", 0, 0, 4, 0.8)), List.of()), n -> true, List.<String[]>of(tokens),
                words -> List.of());
        assertThat(out).extracting(Engine.Name::label).containsExactly("ORGANIZATION");
    }
}
