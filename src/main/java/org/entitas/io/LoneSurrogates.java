package org.entitas.io;

import java.util.regex.Pattern;

/**
 * Lone surrogates: half of a character outside the Basic Multilingual Plane (an emoji) without its other half, which a
 * Java string can hold (from a JSON escape such as {@code "\ud800"}, or from a caller) but UTF-8 cannot encode. Every
 * writer of the project writes each one as U+FFFD, the replacement character: one UTF-16 unit for another, so that
 * offsets into the text stay the same, and no write fails or writes {@code ?}. Stateless and thread-safe.
 *
 * <pre>{@code
 * LoneSurrogates.replaced("a\uD800b")   // "a\uFFFDb"
 * }</pre>
 */
public final class LoneSurrogates {

    /** A surrogate that is not half of a pair: a regular expression sees a pair as one code point. */
    private static final Pattern LONE = Pattern.compile("[\\x{D800}-\\x{DFFF}]");

    private LoneSurrogates() {
    }

    /** The index of the first lone surrogate in {@code s}, or -1 if there is none. */
    public static int indexIn(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code s} with each lone surrogate replaced by U+FFFD (the same length); {@code s} itself when it has none. */
    public static String replaced(String s) {
        return indexIn(s) < 0 ? s : LONE.matcher(s).replaceAll("\uFFFD");
    }
}
