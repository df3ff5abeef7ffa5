package org.entitas.graph;

import java.util.ArrayList;
import java.util.List;
import org.entitas.EntityType;
import org.entitas.Mention;

/** Test mentions marked by hand: each text at its next occurrence, as a reader would mark it. */
final class Marks {

    private Marks() {
    }

    /** Pairs of type and text, in text order. */
    static List<Mention> mark(String text, Object... typeAndText) {
        List<Mention> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < typeAndText.length; i += 2) {
            String t = (String) typeAndText[i + 1];
            int start = text.indexOf(t, from);
            out.add(new Mention((EntityType) typeAndText[i], t, start, start + t.length(), 0.9, 0));
            from = start + t.length();
        }
        return out;
    }
}
