package org.entitas;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * One document as the extractor saw it, computed in one pass: the document (id, text, carried fields), its
 * sentences with their tokens, and the mentions found, {@link Mention#sentence()} indexing {@link #sentences()}.
 * Every offset is into {@link #text()}. Immutable; may be shared across threads.
 *
 * <pre>{@code
 * TaggedDocument t = ner.extract(Document.of("a", text));
 * for (Mention m : t.mentions()) {
 *     Sentence s = t.sentences().get(m.sentence());
 * }
 * }</pre>
 *
 * @param document the document that was tagged
 * @param sentences its sentences, in text order, each with its tokens
 * @param mentions the mentions, in text order
 */
public record TaggedDocument(Document document, List<Sentence> sentences, List<Mention> mentions)
        implements Result {

    /**
     * @throws NullPointerException if an argument, a sentence or a mention is null
     * @throws IllegalArgumentException if a sentence or a mention does not fit the text, or a mention's sentence
     *     index does not exist
     */
    public TaggedDocument {
        requireNonNull(document, "document must not be null");
        sentences = List.copyOf(requireNonNull(sentences, "sentences must not be null"));
        mentions = List.copyOf(requireNonNull(mentions, "mentions must not be null"));
        int length = document.text().length();
        if (!sentences.isEmpty()) {
            checkArgument(sentences.get(sentences.size() - 1).end() <= length,
                    "the last sentence ends past the text (%s characters)", length);
        }
        for (Mention m : mentions) {
            checkArgument(m.end() <= length, "mention %s ends past the text (%s characters)", m, length);
            checkArgument(m.sentence() < sentences.size(), "mention %s is in sentence %s of %s", m, m.sentence(),
                    sentences.size());
        }
    }

    /** The document's id. */
    @Override
    public String id() {
        return document.id();
    }

    /** The document's text, which every offset indexes. */
    public String text() {
        return document.text();
    }

    /** The other fields of the input record, carried through; see {@link Document#fields()}. */
    public Map<String, String> fields() {
        return document.fields();
    }

    /** The number of tokens in all sentences. */
    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences) {
            n += s.tokens().size();
        }
        return n;
    }
}
