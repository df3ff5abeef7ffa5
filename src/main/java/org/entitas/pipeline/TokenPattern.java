package org.entitas.pipeline;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A pattern over the tokens of a sentence: elements separated by spaces, each matching one token, optionally
 * repeated.
 *
 * <ul>
 *   <li>{@code word}: a token equal to {@code word}, case included;</li>
 *   <li>{@code /regex/}: a token that the regular expression matches whole ({@code /[A-Z]\w+/},
 *       {@code /(?i)pt/}), in the syntax of RE2 (RE2/J): Java's syntax without backreferences and lookaround,
 *       matched in time linear in the token, so that no pattern can hang a run ({@code /(.*a){25}/} on a long run
 *       of {@code a} takes as long as any other);</li>
 *   <li>either followed by {@code ?} (zero or one token), {@code +} (one to {@value #MAX_REPEAT}) or {@code *}
 *       (zero to {@value #MAX_REPEAT}). A one-character element is always a literal ({@code ?} matches a
 *       question mark); a token that ends in {@code ?}, {@code +} or {@code *} is written as a regex
 *       ({@code /C\+\+/}).</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
final class TokenPattern {

    /** The most elements of a pattern. */
    static final int MAX_ELEMENTS = 16;
    /** The most tokens a repeated element matches. */
    static final int MAX_REPEAT = 8;
    /** The longest regular expression of an element, in characters. */
    static final int MAX_REGEX = 200;

    /** One element: a literal or a regex, matched between {@code min} and {@code max} times. */
    private record Element(String literal, Pattern regex, int min, int max) {
        boolean matches(String token) {
            return literal != null ? literal.equals(token) : regex.matcher(token).matches();
        }
    }

    private final List<Element> elements;

    private TokenPattern(List<Element> elements) {
        this.elements = List.copyOf(elements);
    }

    /**
     * Parses a pattern.
     *
     * @throws IllegalArgumentException naming the element at fault: an empty pattern, more than
     *     {@value #MAX_ELEMENTS} elements, a regex that does not compile or is longer than {@value #MAX_REGEX}
     *     characters, or only optional elements
     */
    static TokenPattern parse(String pattern) {
        String[] parts = pattern.strip().split(" +");
        checkArgument(!parts[0].isEmpty(), "empty pattern");
        checkArgument(parts.length <= MAX_ELEMENTS, "a pattern has at most %s elements, this one %s: '%s'",
                MAX_ELEMENTS, parts.length, pattern);
        List<Element> elements = new ArrayList<>(parts.length);
        boolean required = false;
        for (String part : parts) {
            Element e = element(part);
            required |= e.min() > 0;
            elements.add(e);
        }
        checkArgument(required, "a pattern needs an element that is not optional: '%s'", pattern);
        return new TokenPattern(elements);
    }

    private static Element element(String part) {
        int min = 1;
        int max = 1;
        String body = part;
        char last = part.charAt(part.length() - 1);
        if (part.length() > 1 && (last == '?' || last == '+' || last == '*')) {
            body = part.substring(0, part.length() - 1);
            min = last == '+' ? 1 : 0;
            max = last == '?' ? 1 : MAX_REPEAT;
        }
        if (body.length() >= 2 && body.startsWith("/")) {
            checkArgument(body.length() >= 3 && body.endsWith("/"), "a regex element is /regex/: '%s'", part);
            String regex = body.substring(1, body.length() - 1);
            checkArgument(regex.length() <= MAX_REGEX, "a regex has at most %s characters: '%s'", MAX_REGEX, part);
            try {
                return new Element(null, Pattern.compile(regex), min, max);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("bad regex '" + part + "': " + e.getDescription()
                        + " (the syntax is RE2's: no backreferences, no lookaround)", e);
            }
        }
        return new Element(body, null, min, max);
    }

    /** The literal the first token must equal, or null when the first element is a regex or optional. */
    String firstLiteral() {
        Element first = elements.get(0);
        return first.min() > 0 ? first.literal() : null;
    }

    /** The end of the longest match starting at token {@code start}, or -1 when there is none. */
    int longestMatch(String[] tokens, int start) {
        BitSet at = new BitSet();
        at.set(start);
        for (Element e : elements) {
            BitSet next = new BitSet();
            for (int p = at.nextSetBit(0); p >= 0; p = at.nextSetBit(p + 1)) {
                if (e.min() == 0) {
                    next.set(p);
                }
                for (int q = p, count = 1; count <= e.max() && q < tokens.length && e.matches(tokens[q]);
                        q++, count++) {
                    next.set(q + 1);
                }
            }
            if (next.isEmpty()) {
                return -1;
            }
            at = next;
        }
        int end = at.length() - 1;
        return end > start ? end : -1;
    }
}
