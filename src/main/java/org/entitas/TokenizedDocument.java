package org.entitas;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.entitas.pipeline.Engine;

/**
 * A document already cut into sentences and tokens (CoNLL input, say), to be tagged with its tokens as they are.
 * Its {@link TaggedDocument} has as text the tokens joined by a space, and the sentences by a line break, so that
 * every token and mention has offsets into that text. Immutable; may be shared across threads.
 *
 * @param id the document's identifier; not blank
 * @param sentences the sentences, each a list of tokens; a token is not empty
 */
public record TokenizedDocument(String id, List<List<String>> sentences) implements Input {

    /**
     * @throws NullPointerException if an argument, a sentence or a token is null
     * @throws IllegalArgumentException if the id is blank or a token is empty
     */
    public TokenizedDocument {
        requireNonNull(id, "id must not be null");
        checkArgument(!id.isBlank(), "id must not be blank: '%s'", id);
        requireNonNull(sentences, "sentences must not be null");
        ImmutableList.Builder<List<String>> copy = ImmutableList.builderWithExpectedSize(sentences.size());
        int s = 0;
        for (List<String> sentence : sentences) {
            requireNonNull(sentence, "sentence must not be null");
            for (String token : sentence) {
                requireNonNull(token, "token must not be null");
                checkArgument(!token.isEmpty(), "token must not be empty (sentence %s)", s);
            }
            copy.add(ImmutableList.copyOf(sentence));
            s++;
        }
        sentences = copy.build();
    }

    /**
     * The text the tagged document will have: tokens joined by a space, sentences by a line break (an empty
     * sentence is an empty line).
     */
    public String text() {
        return Engine.textOf(sentences);
    }
}
