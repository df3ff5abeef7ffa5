package org.entitas.train;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entitas.EntityExtractor;
import org.entitas.Mention;
import org.entitas.Sentence;
import org.entitas.Token;

/**
 * Training sentences tagged by a model rather than by people, for self-training: the texts of unlabeled files
 * (one text a line; gzipped when the name ends in {@code .gz}) are tagged, and a sentence is kept when it holds
 * at least one name, every name of it has at least {@code minConfidence} and starts and ends on token
 * boundaries. Kept sentences are written as CoNLL ({@code token<TAB>tag}, IOB2, a blank line between sentences),
 * the form {@code train ner --train} reads, each text's sentences after a {@code -DOCSTART-} line with its id
 * ({@code file:line}), until {@code maxSentences} are written.
 *
 * <p>Stateless and thread-safe; a run uses the extractor's threads.
 */
public final class SilverData {

    /** What a run kept and read. */
    public record Counts(long texts, long sentences, long kept) {
    }

    private SilverData() {
    }

    /**
     * Tags the texts of {@code files} with {@code extractor} and writes the kept sentences to {@code out}.
     *
     * @param minConfidence the least confidence of every name of a kept sentence, in [0, 1]
     * @param maxSentences the most sentences written, at least 1
     * @throws IOException if a file cannot be read (the message names it) or {@code out} cannot be written
     */
    public static Counts write(EntityExtractor extractor, List<Path> files, double minConfidence, int maxSentences,
            Writer out) throws IOException {
        requireNonNull(extractor, "extractor must not be null");
        requireNonNull(files, "files must not be null");
        requireNonNull(out, "out must not be null");
        checkArgument(minConfidence >= 0 && minConfidence <= 1, "minConfidence must be in [0, 1]: %s", minConfidence);
        checkArgument(maxSentences >= 1, "maxSentences must be at least 1: %s", maxSentences);
        long[] sentences = {0};
        long[] kept = {0};
        long texts = UnlabeledTexts.tag(extractor, files, () -> kept[0] < maxSentences, (id, d) -> {
            boolean opened = false;
            for (int s = 0; s < d.sentences().size() && kept[0] < maxSentences; s++) {
                sentences[0]++;
                List<String> tags = tags(d.sentences().get(s), d.mentions(), s, minConfidence);
                if (!tags.isEmpty()) {
                    if (!opened) {
                        out.write("-DOCSTART-\t" + id + "\n\n");
                        opened = true;
                    }
                    List<Token> tokens = d.sentences().get(s).tokens();
                    for (int t = 0; t < tokens.size(); t++) {
                        out.write(tokens.get(t).text().replaceAll("\\s", "_") + "\t" + tags.get(t) + "\n");
                    }
                    out.write("\n");
                    kept[0]++;
                }
            }
        });
        out.flush();
        return new Counts(texts, sentences[0], kept[0]);
    }

    /**
     * The IOB2 tags of a sentence's tokens, or an empty list when the sentence is not kept: no name, a name below
     * {@code minConfidence}, or a name that does not start and end on a token boundary.
     */
    static List<String> tags(Sentence sentence, List<Mention> mentions, int index, double minConfidence) {
        List<Token> tokens = sentence.tokens();
        List<String> tags = new ArrayList<>(tokens.size());
        tokens.forEach(t -> tags.add("O"));
        boolean any = false;
        for (Mention m : mentions) {
            if (m.sentence() != index) {
                continue;
            }
            if (m.confidence() < minConfidence) {
                return List.of();
            }
            int first = -1;
            int last = -1;
            for (int t = 0; t < tokens.size(); t++) {
                if (tokens.get(t).start() == m.start()) {
                    first = t;
                }
                if (tokens.get(t).end() == m.end()) {
                    last = t;
                }
            }
            if (first < 0 || last < first) {
                return List.of();
            }
            String label = m.type().label();
            tags.set(first, "B-" + label);
            for (int t = first + 1; t <= last; t++) {
                tags.set(t, "I-" + label);
            }
            any = true;
        }
        return any ? tags : List.of();
    }
}
