package org.entitas.io;

/**
 * Turns {@code String} indices into one text into the unit of {@link OutputOptions.Offsets}. For code points it
 * counts the surrogate pairs before each index, once per text; a text without any (most are) keeps its indices.
 * Not thread-safe; one per document written.
 */
final class OffsetUnit {

    private static final OffsetUnit IDENTITY = new OffsetUnit(null);

    /** For each UTF-16 index, the code points before it; null when they are the same. */
    private final int[] codePoints;

    private OffsetUnit(int[] codePoints) {
        this.codePoints = codePoints;
    }

    /** The conversion for offsets into {@code text}. */
    static OffsetUnit of(String text, OutputOptions.Offsets unit) {
        if (unit == OutputOptions.Offsets.UTF16 || !hasSurrogates(text)) {
            return IDENTITY;
        }
        int[] map = new int[text.length() + 1];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            map[i] = n;
            if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                n++;
            }
        }
        map[text.length()] = n;
        return new OffsetUnit(map);
    }

    private static boolean hasSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The offset {@code utf16} (a {@code String} index into the text) in this unit. */
    int at(int utf16) {
        return codePoints == null ? utf16 : codePoints[utf16];
    }
}
