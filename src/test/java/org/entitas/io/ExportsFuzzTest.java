package org.entitas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.entitas.Document;
import org.entitas.FuzzDocuments;
import org.entitas.Mention;
import org.entitas.Sentence;
import org.entitas.TaggedDocument;
import org.entitas.Token;

/**
 * Fuzz tests of the JSON Lines, CSV and CoNLL writers: what is written, as UTF-8 bytes the way the command line
 * writes them, reads back to the same document. Seeds in {@code ExportsFuzzTestInputs/<method>/}, in the format of
 * {@link FuzzDocuments}.
 */
class ExportsFuzzTest {

    /** Writes one document in a format as {@code entitas tag} does (UTF-8 through an OutputStreamWriter). */
    static String written(OutputFormat format, TaggedDocument doc, OutputOptions options) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            w.write(format.header());
            format.write(doc, w, options);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * JSON Lines, with and without the text, is one line that {@link JsonLines#read} reads back unchanged, but for
     * each lone surrogate, written as U+FFFD.
     */
    @FuzzTest(maxDuration = "10m")
    void jsonLines(byte[] data) throws IOException {
        TaggedDocument doc = wellFormed(FuzzDocuments.tagged(data));
        for (boolean keepText : new boolean[] {false, true}) {
            String out = written(OutputFormat.JSON, doc, OutputOptions.DEFAULTS.withKeepText(keepText));
            assertThat(out).endsWith("\n");
            String line = out.substring(0, out.length() - 1);
            assertThat(line).as("one document, one line").doesNotContain("\n", "\r");
            JsonLines.Record r = JsonLines.read(line);
            assertThat(r.id()).isEqualTo(doc.id());
            assertThat(r.mentions()).isEqualTo(rounded(doc.mentions()));
            if (keepText) {
                assertThat(r.document()).isPresent();
                assertThat(r.document().get().text()).isEqualTo(doc.text());
                assertThat(r.document().get().sentences()).isEqualTo(doc.sentences());
            }
        }
    }

    /** The document as the writers write it: each lone surrogate of its id, text and mentions made U+FFFD. */
    static TaggedDocument wellFormed(TaggedDocument doc) {
        return new TaggedDocument(Document.of(LoneSurrogates.replaced(doc.id()), LoneSurrogates.replaced(doc.text())),
                doc.sentences().stream().map(s -> new Sentence(s.start(), s.end(), s.tokens().stream()
                        .map(t -> new Token(LoneSurrogates.replaced(t.text()), t.start(), t.end())).toList())).toList(),
                doc.mentions().stream().map(m -> new Mention(m.type(), LoneSurrogates.replaced(m.text()), m.start(),
                        m.end(), m.confidence(), m.sentence())).toList());
    }

    private static List<Mention> rounded(List<Mention> mentions) {
        return mentions.stream().map(m -> new Mention(m.type(), m.text(), m.start(), m.end(),
                JsonLines.confidence(m.confidence()).doubleValue(), m.sentence())).toList();
    }

    /**
     * CSV parses (RFC 4180) to the header and one row of six fields per mention, with the id, type, text and
     * offsets written (each lone surrogate as U+FFFD); no cell starts as a spreadsheet formula (=, +, -, @, tab,
     * carriage return): such a value is written behind a single quote.
     */
    @FuzzTest(maxDuration = "10m")
    void csv(byte[] data) throws IOException {
        TaggedDocument original = FuzzDocuments.tagged(data);
        String out = written(OutputFormat.CSV, original, OutputOptions.DEFAULTS);
        TaggedDocument doc = wellFormed(original);
        List<CSVRecord> rows;
        try (CSVParser p = CSVParser.parse(new StringReader(out), CSVFormat.RFC4180)) {
            rows = p.getRecords();
        }
        assertThat(rows).hasSize(doc.mentions().size() + 1);
        assertThat(rows.get(0).toList()).containsExactly("id", "type", "text", "start", "end", "confidence");
        for (int i = 0; i < doc.mentions().size(); i++) {
            Mention m = doc.mentions().get(i);
            CSVRecord row = rows.get(i + 1);
            assertThat(row.size()).as("fields of row %s", i + 1).isEqualTo(6);
            for (String cell : row.toList()) {
                assertThat(cell).as("a cell that a spreadsheet would run").doesNotStartWith("=")
                        .doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t")
                        .doesNotStartWith("\r");
            }
            assertThat(unquoted(row.get(0), doc.id())).isEqualTo(doc.id());
            assertThat(row.get(1)).isEqualTo(m.type().name());
            assertThat(unquoted(row.get(2), m.text())).isEqualTo(m.text());
            assertThat(row.get(3)).isEqualTo(Integer.toString(m.start()));
            assertThat(row.get(4)).isEqualTo(Integer.toString(m.end()));
            assertThat(row.get(5)).isEqualTo(JsonLines.confidence(m.confidence()).toPlainString());
        }
    }

    /** A cell as written, less the single quote put before a value that starts like a formula. */
    private static String unquoted(String cell, String original) {
        boolean formula = !original.isEmpty() && "=+-@\t\r".indexOf(original.charAt(0)) >= 0;
        return formula && cell.startsWith("'") ? cell.substring(1) : cell;
    }

    /**
     * CoNLL reads back with {@link ConllReader} to one document of the same tokens (each lone surrogate as U+FFFD)
     * and IOB2 tags; a document with a token that begins with {@code -DOCSTART-}, which would read back as a
     * document break, is refused: {@link OutputFormat#refusal} says why and writing it throws, having written
     * nothing.
     */
    @FuzzTest(maxDuration = "10m")
    void conll(byte[] data) throws IOException {
        TaggedDocument original = FuzzDocuments.tagged(data);
        boolean docstart = original.sentences().stream().flatMap(s -> s.tokens().stream())
                .anyMatch(t -> t.text().startsWith("-DOCSTART-"));
        assertThat(OutputFormat.CONLL.refusal(original).isPresent()).isEqualTo(docstart);
        if (docstart) {
            StringWriter none = new StringWriter();
            assertThatThrownBy(() -> OutputFormat.CONLL.write(original, none, OutputOptions.DEFAULTS))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-DOCSTART-");
            assertThat(none.toString()).isEmpty();
            return;
        }
        String out = written(OutputFormat.CONLL, original, OutputOptions.DEFAULTS);
        TaggedDocument doc = wellFormed(original);
        List<List<String>> tokens = new ArrayList<>();
        List<List<String>> tags = new ArrayList<>();
        List<List<String>> written = IobSpans.tags(doc);
        for (int s = 0; s < doc.sentences().size(); s++) {
            Sentence sentence = doc.sentences().get(s);
            if (!sentence.tokens().isEmpty()) {
                tokens.add(sentence.tokens().stream().map(Token::text).toList());
                tags.add(repaired(written.get(s)));
            }
        }
        try (ConllReader r = new ConllReader(new StringReader(out), "out.conll", true)) {
            Optional<ConllDocument> read = r.next();
            assertThat(read).isPresent();
            assertThat(read.get().tokens()).isEqualTo(tokens);
            assertThat(read.get().tags()).isEqualTo(tags);
            assertThat(r.next()).as("one document").isEmpty();
        }
    }

    /** IOB2 tags as a reader repairs them: an {@code I-X} that does not continue an X starts one. */
    private static List<String> repaired(List<String> tags) {
        List<String> out = new ArrayList<>(tags);
        for (int i = 0; i < out.size(); i++) {
            String t = out.get(i);
            String before = i == 0 ? "O" : out.get(i - 1);
            if (t.startsWith("I-") && (before.equals("O") || !before.substring(2).equals(t.substring(2)))) {
                out.set(i, "B-" + t.substring(2));
            }
        }
        return out;
    }
}
