package org.entitas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tag --resume} checks the journal against the output and the inputs before it changes anything: a length that
 * does not end a record, a length that goes back, another set of inputs, or ids no input holds are refused or
 * reported, never a silently cut or duplicated output.
 */
class ResumeTrustTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    /** Three documents tagged into {@code out.jsonl}; returns the output. */
    private Path tagged(Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Presiden Joko Widodo tiba di Bandung.");
        Files.writeString(in.resolve("b.txt"), "Gubernur Anies Baswedan di Jakarta.");
        Files.writeString(in.resolve("c.txt"), "Sri Mulyani bertemu KPU di Medan.");
        Path output = dir.resolve("out.jsonl");
        assertThat(run("tag", "-q", "-o", output.toString(), in.toString())).as(err.toString()).isEqualTo(Main.OK);
        return output;
    }

    private static List<String> journal(Path output) throws IOException {
        return new ArrayList<>(Files.readAllLines(output.resolveSibling("out.jsonl.journal")));
    }

    private static void journal(Path output, List<String> lines) throws IOException {
        Files.write(output.resolveSibling("out.jsonl.journal"), lines);
    }

    @Test
    void aLengthThatDoesNotEndARecordIsRefusedAndNothingIsCut(@TempDir Path dir) throws IOException {
        Path output = tagged(dir);
        String written = Files.readString(output);
        List<String> lines = journal(output);
        int last = lines.size() - 1;
        long length = Files.size(output);
        lines.set(last, lines.get(last).replace("\"out\":" + length, "\"out\":" + (length - 5)));
        journal(output, lines);

        int code = run("tag", "-q", "--resume", "-o", output.toString(), dir.resolve("in").toString());

        assertThat(code).isEqualTo(Main.ERROR);
        assertThat(Files.readString(output)).isEqualTo(written);
        assertThat(err.toString()).contains("the journal says a record ends after " + (length - 5) + " bytes");
    }

    @Test
    void aLengthThatGoesBackIsRefused(@TempDir Path dir) throws IOException {
        Path output = tagged(dir);
        String written = Files.readString(output);
        List<String> lines = journal(output);
        // the last record's length set back to the first's: cutting there would lose two records
        String first = lines.get(1).replaceAll(".*\"out\":(\\d+).*", "$1");
        int last = lines.size() - 1;
        lines.set(last, lines.get(last).replaceAll("\"out\":\\d+", "\"out\":" + first));
        journal(output, lines);

        int code = run("tag", "-q", "--resume", "-o", output.toString(), dir.resolve("in").toString());

        assertThat(code).isEqualTo(Main.ERROR);
        assertThat(Files.readString(output)).isEqualTo(written);
        assertThat(err.toString()).contains("line " + (last + 1) + ": the output length goes back");
    }

    @Test
    void resumingWithOtherInputsIsRefused(@TempDir Path dir) throws IOException {
        Path output = tagged(dir);
        String written = Files.readString(output);
        Path other = Files.writeString(dir.resolve("other.txt"), "Prabowo Subianto di Surabaya.");

        int code = run("tag", "-q", "--resume", "-o", output.toString(), other.toString());

        assertThat(code).isEqualTo(Main.ERROR);
        assertThat(Files.readString(output)).isEqualTo(written);
        assertThat(err.toString()).contains("cannot resume with other inputs than those of the run that wrote it");
    }

    @Test
    void anIdInTheJournalThatNoInputHoldsIsReported(@TempDir Path dir) throws IOException {
        Path output = tagged(dir);
        List<String> lines = journal(output);
        String c = dir.resolve("in/c.txt").toString();
        int last = lines.size() - 1;
        lines.set(last, lines.get(last).replace(c, "not-an-input"));
        journal(output, lines);

        int code = run("tag", "-q", "--resume", "-o", output.toString(), dir.resolve("in").toString());

        assertThat(code).isEqualTo(Main.SOME_FAILED);
        assertThat(err.toString()).contains("lists 1 documents that no input held ([not-an-input])");
    }
}
