package org.entitas.graph;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entitas.EntityType;

/**
 * The graph's rules about a name, computed once: its normal form, its words, its initials and whether it is an
 * acronym. Every class of the graph that compares names reads them here. Immutable and thread-safe.
 *
 * @param text the name as written
 * @param normal lower case, accents removed, white space collapsed ({@code  Jos\u00e9   Ramos-Horta } is
 *     {@code jose ramos-horta})
 * @param words the words of the normal form with dots and commas dropped ({@code H. Prabowo} is {@code h},
 *     {@code prabowo})
 * @param initials the first letters, lower case, of the capitalised words, hyphenated parts counted apart
 *     ({@code Perserikatan Bangsa-Bangsa} is {@code pbb})
 * @param acronym whether the name is an acronym: 2 to 10 characters, each an upper-case letter, digit, hyphen or
 *     dot, with two letters or a letter and a digit ({@code KPU}, {@code PDI-P}, {@code G20}; not {@code A.})
 */
record Name(String text, String normal, List<String> words, String initials, boolean acronym) {

    Name {
        requireNonNull(text, "text must not be null");
        requireNonNull(normal, "normal must not be null");
        words = List.copyOf(requireNonNull(words, "words must not be null"));
        requireNonNull(initials, "initials must not be null");
    }

    /** The name's rules for a name as written. */
    static Name of(String text) {
        requireNonNull(text, "text must not be null");
        String normal = normalise(text);
        List<String> words = new ArrayList<>();
        for (String w : comparable(normal).split(" ")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return new Name(text, normal, words, initialsOf(text), isAcronym(text));
    }

    /**
     * The form names of a type are compared in across documents: the normal form with dots and commas dropped,
     * and for a place without the {@code kota}, {@code desa}, {@code kecamatan}, {@code kelurahan} or
     * {@code provinsi} in front, for an organization without {@code PT}, {@code Perum} in front and {@code Tbk},
     * {@code (Persero)} behind ({@code Kota Bandung} and {@code BANDUNG} are {@code bandung}).
     */
    String form(EntityType type) {
        requireNonNull(type, "type must not be null");
        String f = comparable(normal);
        if (type.equals(EntityType.LOCATION)) {
            f = withoutFront(f, "kota ", "desa ", "kecamatan ", "kelurahan ", "provinsi ");
        } else if (type.equals(EntityType.ORGANIZATION)) {
            f = withoutFront(f, "pt ", "perum ");
            for (String form : List.of(" tbk", " (persero)", " persero")) {
                if (f.endsWith(form) && f.length() > form.length()) {
                    f = f.substring(0, f.length() - form.length());
                }
            }
        }
        return f;
    }

    /**
     * Whether this name's words come, in order, within the longer name's, which has more of them:
     * {@code Anthony Ginting} in {@code Anthony Sinisuka Ginting}, {@code Putin} in {@code Vladimir Putin}.
     */
    boolean wordsWithin(Name longer) {
        List<String> l = longer.words();
        int k = 0;
        for (int i = 0; i < l.size() && k < words.size(); i++) {
            if (l.get(i).equals(words.get(k))) {
                k++;
            }
        }
        return !words.isEmpty() && k == words.size() && words.size() < l.size();
    }

    /** Whether this acronym spells the initials of the other name ({@code KPU}, {@code Komisi Pemilihan Umum}). */
    boolean spellsInitialsOf(Name longer) {
        return acronym && longer.initials().equals(text.replace("-", "").replace(".", "").toLowerCase(Locale.ROOT));
    }

    /** The normal form of a name: lower case, accents removed, runs of white space one space, stripped. */
    static String normalise(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Z}]+", " ").strip();
    }

    /** A front taken off a form when something is left behind it. */
    static String withoutFront(String form, String... fronts) {
        for (String front : fronts) {
            if (form.startsWith(front) && form.length() > front.length()) {
                return form.substring(front.length());
            }
        }
        return form;
    }

    private static String comparable(String normal) {
        return normal.replace(".", "").replace(",", "").replace('\u2013', '-').replaceAll(" +", " ").strip();
    }

    private static String initialsOf(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                sb.append(Character.toLowerCase(w.charAt(0)));
            }
        }
        return sb.toString();
    }

    private static boolean isAcronym(String text) {
        if (text.length() < 2 || text.length() > 10) {
            return false;
        }
        int letters = 0;
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                letters++;
            } else if (Character.isDigit(c)) {
                digits++;
            } else if (c != '-' && c != '.') {
                return false;
            }
        }
        return letters >= 2 || letters == 1 && digits >= 1;
    }
}
