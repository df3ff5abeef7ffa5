package org.entitas;

/**
 * What a tagging run takes: a {@link Document} of text, a {@link TokenizedDocument} already cut into sentences
 * and tokens, or a {@link Failure}, an input that could not be read and is passed through in its place.
 * Implementations are immutable.
 */
public sealed interface Input permits Document, TokenizedDocument, Failure {

    /** The input's stable id. */
    String id();
}
