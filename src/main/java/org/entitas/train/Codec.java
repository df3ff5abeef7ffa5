package org.entitas.train;

import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.util.SequenceCodec;

/**
 * How a name finder recipe encodes names as one outcome per token.
 *
 * <p>Immutable and thread-safe.
 */
public enum Codec implements Choice {

    /** Begin, inside, outside. */
    BIO("bio"),
    /** Begin, inside, last, outside, unit. */
    BILOU("bilou");

    private final String label;

    Codec(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * The codec labelled {@code label}, case aside ({@code BIO} is {@link #BIO}).
     *
     * @throws IllegalArgumentException if no codec has that label
     */
    public static Codec of(String label) {
        return Choice.parse(Codec.class, "codec", label);
    }

    /** OpenNLP's codec for this encoding, a new one each call. */
    SequenceCodec<String> sequenceCodec() {
        return this == BILOU ? new BilouCodec() : new BioCodec();
    }
}
