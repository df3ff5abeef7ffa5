package org.entitas.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;

/** The Indonesian abbreviations that end with a dot ({@code Dr.}, {@code Jl.}, {@code dll.}, {@code S.H.}). */
final class Abbreviations {

    private static final String RESOURCE = "abbreviations-id.txt";

    private Abbreviations() {
    }

    static List<String> list() {
        try (InputStream in = Abbreviations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + RESOURCE);
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Dictionary dictionary() {
        Dictionary d = new Dictionary(true);
        for (String a : list()) {
            d.put(new StringList(a));
        }
        return d;
    }
}
