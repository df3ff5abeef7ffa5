package org.entitas.io;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * How inputs are read: which files of a directory, which JSON fields hold the text and the id, the limits, and the
 * format of the documents. Immutable.
 *
 * @param include globs of files to read inside directories and archives (all files when empty)
 * @param exclude globs of files to skip
 * @param textField the JSON Lines field holding a document's text
 * @param idField the JSON Lines field holding its id; when a record lacks it, the id is {@code file:line}
 * @param limits the sizes past which a document, line, member or compressed file is a failure
 * @param format the format of the documents, or {@link InputFormat#AUTO} to tell it by file name
 */
public record InputOptions(List<String> include, List<String> exclude, String textField, String idField,
        ReadLimits limits, InputFormat format) {

    /** Every file; JSON text in {@code text}, id in {@code id}; the default limits. */
    public static final InputOptions DEFAULTS = new InputOptions(List.of(), List.of(), "text", "id");

    /** These options with the default limits, the format told by file name. */
    public InputOptions(List<String> include, List<String> exclude, String textField, String idField) {
        this(include, exclude, textField, idField, ReadLimits.DEFAULTS);
    }

    /** These options, the format told by file name. */
    public InputOptions(List<String> include, List<String> exclude, String textField, String idField,
            ReadLimits limits) {
        this(include, exclude, textField, idField, limits, InputFormat.AUTO);
    }

    /** @throws IllegalArgumentException if a field name is blank */
    public InputOptions {
        include = List.copyOf(requireNonNull(include, "include must not be null"));
        exclude = List.copyOf(requireNonNull(exclude, "exclude must not be null"));
        requireNonNull(textField, "textField must not be null");
        requireNonNull(idField, "idField must not be null");
        checkArgument(!textField.isBlank(), "textField must not be blank");
        checkArgument(!idField.isBlank(), "idField must not be blank");
        requireNonNull(limits, "limits must not be null");
        requireNonNull(format, "format must not be null");
    }

    /** Returns these options with other include and exclude globs. */
    public InputOptions withGlobs(List<String> include, List<String> exclude) {
        return new InputOptions(include, exclude, textField, idField, limits, format);
    }

    /** Returns these options with other limits. */
    public InputOptions withLimits(ReadLimits limits) {
        return new InputOptions(include, exclude, textField, idField, limits, format);
    }

    /** Returns these options with another document format. */
    public InputOptions withFormat(InputFormat format) {
        return new InputOptions(include, exclude, textField, idField, limits, format);
    }
}
