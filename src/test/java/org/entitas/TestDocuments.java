package org.entitas;

import java.util.ArrayList;
import java.util.List;

/** Tagged documents for tests: a text with mentions marked by hand, cut into sentences as the extractor cuts it. */
public final class TestDocuments {

    private TestDocuments() {
    }

    /**
     * The text's sentences and tokens from the bundled pipeline, with the given mentions, each given the index of
     * the sentence it starts in.
     */
    public static TaggedDocument tagged(String id, String text, List<Mention> mentions) {
        List<Sentence> sentences = EntityExtractor.indonesian().tokenize(text);
        List<Mention> placed = new ArrayList<>();
        for (Mention m : mentions) {
            int s = 0;
            while (s + 1 < sentences.size() && sentences.get(s + 1).start() <= m.start()) {
                s++;
            }
            placed.add(new Mention(m.type(), m.text(), m.start(), m.end(), m.confidence(), s));
        }
        return new TaggedDocument(Document.of(id, text), sentences, placed);
    }
}
