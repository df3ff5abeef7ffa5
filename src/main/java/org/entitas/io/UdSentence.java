package org.entitas.io;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A sentence of a Universal Dependencies treebank, as the sentence detector and tokenizer need it: the raw
 * text and the surface tokens (a multiword token such as {@code rumahnya} is one surface token). Immutable.
 *
 * @param text the raw text, from {@code # text =}
 * @param tokens the surface tokens, in order; each occurs in {@code text}
 */
public record UdSentence(String text, List<String> tokens) {

    /** @throws IllegalArgumentException if the text is blank */
    public UdSentence {
        requireNonNull(text, "text must not be null");
        tokens = List.copyOf(requireNonNull(tokens, "tokens must not be null"));
        checkArgument(!text.isBlank(), "text must not be blank");
    }
}
