package org.entitas.io;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The sentences of one document of a CoNLL-style file (the text between two {@code -DOCSTART-} lines, or
 * the whole file when it has none). Immutable.
 *
 * @param id where the document came from: the file name, with {@code #n} for the n-th document after the first
 * @param sentences its sentences, in order
 */
public record ConllDocument(String id, List<ConllSentence> sentences) {

    /** @throws NullPointerException if an argument is null */
    public ConllDocument {
        requireNonNull(id, "id must not be null");
        sentences = List.copyOf(requireNonNull(sentences, "sentences must not be null"));
    }

    /** The tokens of every sentence. */
    public List<List<String>> tokens() {
        return sentences.stream().map(ConllSentence::tokens).toList();
    }

    /** The tags of every sentence. */
    public List<List<String>> tags() {
        return sentences.stream().map(ConllSentence::tags).toList();
    }
}
