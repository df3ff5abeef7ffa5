package org.entitas.lexicon;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Indonesian word lists bundled with entitas: UTF-8 resources next to this class, one entry a line, blank
 * lines and lines starting with {@code #} skipped. The name finder's trainer adds the three cue lists (and, for
 * recipe {@code entitas3}, the organizations) to its gazetteer; the pipeline's boundary rules read the titles
 * and the organization heads; the sentence detector and tokenizer trainers use the abbreviations; the knowledge graph reads
 * roles with the titles and sentence ends with the abbreviations.
 *
 * <pre>{@code
 * List<String> titles = WordList.TITLES.entries();     // [Presiden, Wakil Presiden, ..., H., ...]
 * Set<String> starts = WordList.TITLES.firstWords();   // [Presiden, Wakil, ...]
 * }</pre>
 *
 * <p>Immutable and thread-safe; each call reads the list from the jar again, so callers that need it often
 * keep what it returns.
 */
public enum WordList {

    /**
     * Titles, offices and honorifics that stand before a person's name: {@code Presiden}, {@code Wali Kota},
     * {@code H.}.
     */
    TITLES("cues-title.txt"),
    /** Words that head or end organization names: {@code PT}, {@code Partai}, {@code Kementerian}. */
    ORGANIZATION_HEADS("cues-orghead.txt"),
    /** Words that head place names: {@code Kabupaten}, {@code Jalan}, {@code Pulau}. */
    PLACE_CUES("cues-loccue.txt"),
    /**
     * Names and acronyms of well-known organizations (state institutions, ministries, parties, universities,
     * companies, platforms, media, international bodies): {@code Bank Indonesia}, {@code KPU}, {@code TikTok}.
     */
    ORGANIZATIONS("names-organization.txt"),
    /**
     * Abbreviations that end with a dot and do not end a sentence: {@code Dr.}, {@code Jl.}, {@code dll.},
     * {@code S.H.}.
     */
    ABBREVIATIONS("abbreviations-id.txt");

    private final String resource;

    WordList(String resource) {
        this.resource = resource;
    }

    /** The name of the list's resource, relative to this package ({@code cues-title.txt}, ...). */
    public String resource() {
        return resource;
    }

    /**
     * The entries of the list, in file order, each stripped of surrounding white space.
     *
     * @throws UncheckedIOException if the list is missing from the jar or unreadable (the message names it)
     */
    public List<String> entries() {
        return lines(WordList.class, resource);
    }

    /**
     * The lines of a list bundled as a resource beside {@code owner}, in file order, each stripped of surrounding
     * white space; blank lines and {@code #} comments left out. The one reader of the project's word lists, these
     * and the other packages' own.
     *
     * @throws UncheckedIOException if the list is missing from the jar or unreadable (the message names it)
     */
    public static List<String> lines(Class<?> owner, String resource) {
        requireNonNull(owner, "owner must not be null");
        requireNonNull(resource, "resource must not be null");
        InputStream in = owner.getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("word list missing from the jar: " + resource));
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
        }
    }

    /**
     * The first word of each entry, in file order, without repeats: for {@link #TITLES}, the words a title can
     * start with ({@code Wakil} for {@code Wakil Presiden}).
     *
     * @throws UncheckedIOException if the list is missing from the jar or unreadable (the message names it)
     */
    public Set<String> firstWords() {
        return entries().stream().map(e -> e.split("\\s+")[0])
                .collect(Collectors.collectingAndThen(Collectors.toCollection(LinkedHashSet::new),
                        Collections::unmodifiableSet));
    }
}
