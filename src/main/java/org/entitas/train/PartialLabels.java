package org.entitas.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.ml.model.Event;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderEventStream;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.AbstractEventStream;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.SequenceCodec;

/**
 * An experiment (models/README.md row 96), switched on by {@code -Dentitas.partial.share=S}: a token that a
 * training document (a corpus: each NER file is one document) mostly leaves outside names, while the other
 * documents put it inside a name in at least {@code S} of its at least three occurrences there, teaches
 * nothing where that document leaves it outside: its {@code other} events are dropped (partial labels: an
 * unlabelled token of a corpus with another convention is read as unknown, not as a non-name).
 */
final class PartialLabels {

    private PartialLabels() {
    }

    /** For each document (by index), the lower-cased tokens whose {@code other} events are dropped there. */
    static Map<String, java.util.Set<String>> conflicted(List<NameSample> originals, List<Integer> document,
            SequenceCodec<String> codec, double share) {
        Map<Integer, Map<String, int[]>> counts = new HashMap<>();
        Map<String, int[]> all = new HashMap<>();
        for (int s = 0; s < originals.size(); s++) {
            String[] tokens = originals.get(s).getSentence();
            String[] outcomes = codec.encode(originals.get(s).getNames(), tokens.length);
            Map<String, int[]> own = counts.computeIfAbsent(document.get(s), k -> new HashMap<>());
            for (int i = 0; i < tokens.length; i++) {
                String t = tokens[i].toLowerCase(Locale.ROOT);
                if (t.length() < 2 || !Character.isLetter(t.charAt(0))) {
                    continue;
                }
                int named = outcomes[i].equals("other") ? 0 : 1;
                own.computeIfAbsent(t, k -> new int[2])[named]++;
                all.computeIfAbsent(t, k -> new int[2])[named]++;
            }
        }
        Map<Integer, java.util.Set<String>> byDocument = new HashMap<>();
        for (var d : counts.entrySet()) {
            java.util.Set<String> out = new java.util.HashSet<>();
            for (var e : d.getValue().entrySet()) {
                int[] own = e.getValue();
                int[] total = all.get(e.getKey());
                int otherO = total[0] - own[0];
                int otherNamed = total[1] - own[1];
                if (own[0] > own[1] && otherNamed >= 3 && otherNamed >= share * (otherNamed + otherO)) {
                    out.add(e.getKey());
                }
            }
            byDocument.put(d.getKey(), out);
        }
        Map<String, java.util.Set<String>> bySentence = new HashMap<>();
        for (int s = 0; s < originals.size(); s++) {
            bySentence.put(key(originals.get(s).getSentence()), byDocument.get(document.get(s)));
        }
        return bySentence;
    }

    /** A sentence's lower-cased tokens, joined: the same for the sentence and its case copies. */
    static String key(String[] tokens) {
        StringBuilder b = new StringBuilder();
        for (String t : tokens) {
            b.append(t.toLowerCase(Locale.ROOT)).append('\u0001');
        }
        return b.toString();
    }

    /** The events of OpenNLP's name finder event stream, without the dropped {@code other} events. */
    static final class EventStream extends AbstractEventStream<NameSample> {
        private final NameContextGenerator cg;
        private final SequenceCodec<String> codec;
        private final Map<String, java.util.Set<String>> conflicted;
        long dropped;

        EventStream(ObjectStream<NameSample> samples, NameContextGenerator cg, SequenceCodec<String> codec,
                Map<String, java.util.Set<String>> conflicted) {
            super(samples);
            this.cg = cg;
            this.codec = codec;
            this.conflicted = conflicted;
        }

        @Override
        protected Iterator<Event> createEvents(NameSample sample) {
            if (sample.isClearAdaptiveDataSet()) {
                cg.clearAdaptiveData();
            }
            String[] tokens = sample.getSentence();
            String[] outcomes = codec.encode(sample.getNames(), tokens.length);
            List<Event> events = NameFinderEventStream.generateEvents(tokens, outcomes, cg);
            java.util.Set<String> drop = conflicted.get(key(tokens));
            List<Event> kept = new ArrayList<>(events.size());
            for (int i = 0; i < events.size(); i++) {
                if (drop != null && outcomes[i].equals("other") && drop.contains(tokens[i].toLowerCase(Locale.ROOT))) {
                    dropped++;
                    continue;
                }
                kept.add(events.get(i));
            }
            return kept.iterator();
        }

    }
}
