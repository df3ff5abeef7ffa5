package org.entitas.io;

/**
 * How tagged documents are written, beyond their format. Immutable.
 *
 * @param keepText JSON Lines only: also write each document's {@code text} and its {@code sentences} (offsets of
 *     each sentence and of its tokens), so that the record holds the whole {@link org.entitas.TaggedDocument} and
 *     a later run ({@code graph --tagged}) can read roles and acronyms from it
 */
public record OutputOptions(boolean keepText) {

    /** The defaults: no text in JSON Lines. */
    public static final OutputOptions DEFAULTS = new OutputOptions(false);

    /** Returns these options with {@code keepText} set. */
    public OutputOptions withKeepText(boolean keepText) {
        return new OutputOptions(keepText);
    }
}
