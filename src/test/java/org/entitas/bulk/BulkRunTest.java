package org.entitas.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.entitas.EntityExtractor;
import org.entitas.Input;
import org.entitas.io.InputOptions;
import org.entitas.io.Inputs;
import org.entitas.io.OutputFormat;
import org.entitas.io.OutputOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkRunTest {

    private static final EntityExtractor NER = EntityExtractor.indonesian();

    private static Summary run(Path input, Path output, boolean resume) throws IOException {
        try (Sink sink = Sink.toFiles(OutputFormat.JSON, OutputOptions.DEFAULTS, output,
                output.resolveSibling("errors.jsonl"), new PrintWriter(new StringWriter()),
                resume ? Sink.Existing.RESUME : Sink.Existing.OVERWRITE, "");
                Stream<Input> records = Inputs.read(List.of(input), InputOptions.DEFAULTS)) {
            return BulkRun.run(NER, records, sink, 2, BulkRun.Listener.NONE);
        }
    }

    @Test
    void everyDocumentEndsAsAResultOrAFailure(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Gubernur Jawa Barat tiba di Bandung.");
        Files.write(in.resolve("b.txt"), new byte[] {(byte) 0xff, 0x41});
        Files.writeString(in.resolve("c.jsonl"), "{\"id\":\"c1\",\"text\":\"Presiden Joko Widodo di Jakarta.\"}\n"
                + "bukan json\n");
        Path out = dir.resolve("out.jsonl");

        Summary s = run(in, out, false);

        assertThat(s.read()).isEqualTo(4);
        assertThat(s.tagged()).isEqualTo(2);
        assertThat(s.failed()).isEqualTo(2);
        assertThat(s.tagged() + s.failed()).isEqualTo(s.read());
        assertThat(Files.readAllLines(out)).hasSize(2);
        assertThat(Files.readAllLines(dir.resolve("errors.jsonl"))).hasSize(2)
                .anySatisfy(l -> assertThat(l).contains("b.txt").contains("not valid UTF-8"))
                .anySatisfy(l -> assertThat(l).contains("c.jsonl:2").contains("not valid JSON"));
        assertThat(s.entities()).containsKeys("LOCATION");
        assertThat(s.tokens()).isGreaterThan(10);
    }

    @Test
    void resumeAfterACutRunGivesTheUninterruptedOutput(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 30; i++) {
            Files.writeString(in.resolve(String.format("%02d.txt", i)), "Dokumen " + i + ": Presiden Joko Widodo "
                    + "bertemu Gubernur Jawa Barat di Bandung.");
        }
        Files.write(in.resolve("15-bad.txt"), new byte[] {0});
        Path full = dir.resolve("full/out.jsonl");
        Files.createDirectories(full.getParent());
        run(in, full, false);

        Path cut = dir.resolve("cut/out.jsonl");
        Files.createDirectories(cut.getParent());
        run(in, cut, false);
        // simulate a kill: keep the journal's format line and 20 document lines and a half-written 21st, and a
        // half-written record
        Path journal = Journal.of(cut);
        List<String> lines = Files.readAllLines(journal);
        Files.writeString(journal, String.join("\n", lines.subList(0, 21)) + "\n" + lines.get(21).substring(0, 7));
        long keep = Journal.read(journal).outputLength();
        byte[] bytes = Files.readAllBytes(cut);
        Files.write(cut, Arrays.copyOf(bytes, (int) keep + 25));

        Summary resumed = run(in, cut, true);

        assertThat(resumed.skipped()).isEqualTo(20);
        assertThat(resumed.read()).isEqualTo(31 - 20);
        assertThat(Files.readString(cut, StandardCharsets.UTF_8)).isEqualTo(Files.readString(full, StandardCharsets.UTF_8));
        assertThat(Files.readString(cut.resolveSibling("errors.jsonl")))
                .isEqualTo(Files.readString(full.resolveSibling("errors.jsonl")));
    }

    @Test
    void aWriterSinkWritesResultsToTheWriterAndFailuresToTheConsoleAndCannotBeResumed(@TempDir Path dir)
            throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Gubernur Jawa Barat tiba di Bandung.");
        Files.write(in.resolve("b.txt"), new byte[] {(byte) 0xff, 0x41});
        StringWriter out = new StringWriter();
        StringWriter console = new StringWriter();
        Summary s;
        try (Sink sink = Sink.toWriter(OutputFormat.JSON, OutputOptions.DEFAULTS, out, new PrintWriter(console));
                Stream<Input> records = Inputs.read(List.of(in), InputOptions.DEFAULTS)) {
            s = BulkRun.run(NER, records, sink, 2, BulkRun.Listener.NONE);
            assertThat(sink.earlierDocuments()).isZero();
            assertThat(sink.unmatched()).isEmpty();
        }
        assertThat(s.tagged()).isEqualTo(1);
        assertThat(s.failed()).isEqualTo(1);
        assertThat(out.toString()).contains("\"Bandung\"").doesNotContain("b.txt");
        assertThat(console.toString()).startsWith("entitas: failed ").contains("b.txt");
        assertThatThrownBy(() -> Sink.toWriter(OutputFormat.JSON, OutputOptions.DEFAULTS, out,
                new PrintWriter(console), dir.resolve("errors.jsonl"), Sink.Existing.RESUME))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resumed");
    }
}
