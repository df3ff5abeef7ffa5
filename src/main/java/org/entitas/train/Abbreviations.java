package org.entitas.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;

/** The Indonesian abbreviations that end with a dot ({@code Dr.}, {@code Jl.}, {@code dll.}, {@code S.H.}). */
final class Abbreviations {

    private static final String RESOURCE = "abbreviations-id.txt";

    private Abbreviations() {
    }

    static List<String> list() {
        try {
            return CueLists.read(RESOURCE);
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
