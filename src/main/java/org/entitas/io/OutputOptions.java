package org.entitas.io;

import static java.util.Objects.requireNonNull;

/**
 * How tagged documents are written, beyond their format. Immutable.
 *
 * @param keepText JSON Lines only: also write each document's {@code text} and its {@code sentences} (offsets of
 *     each sentence and of its tokens), so that the record holds the whole {@link org.entitas.TaggedDocument} and
 *     a later run ({@code graph --tagged}) can read roles and acronyms from it
 * @param offsets the unit of the offsets written (JSON Lines and CSV)
 * @param keepFormulas CSV only: write ids and texts that a spreadsheet would run as formulas (beginning with
 *     {@code = + - @}, a tab or a carriage return) as they are, instead of with a leading single quote
 */
public record OutputOptions(boolean keepText, Offsets offsets, boolean keepFormulas) {

    /** The defaults: no text in JSON Lines, offsets in UTF-16 code units, formulas neutralised in CSV. */
    public static final OutputOptions DEFAULTS = new OutputOptions(false, Offsets.UTF16, false);

    /** The unit of the offsets written. */
    public enum Offsets {
        /** {@code String} indices (UTF-16 code units), as Java, JavaScript and the API count. */
        UTF16,
        /** Unicode code points, as Python's {@code str} counts. */
        CODEPOINTS
    }

    /** @throws NullPointerException if {@code offsets} is null */
    public OutputOptions {
        requireNonNull(offsets, "offsets must not be null");
    }

    /** Returns these options with {@code keepText} set. */
    public OutputOptions withKeepText(boolean keepText) {
        return new OutputOptions(keepText, offsets, keepFormulas);
    }

    /** Returns these options with offsets in {@code offsets}. */
    public OutputOptions withOffsets(Offsets offsets) {
        return new OutputOptions(keepText, offsets, keepFormulas);
    }

    /** Returns these options with {@code keepFormulas} set. */
    public OutputOptions withKeepFormulas(boolean keepFormulas) {
        return new OutputOptions(keepText, offsets, keepFormulas);
    }
}
