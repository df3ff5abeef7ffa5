package org.entitas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --add-ner-model}, {@code --dictionary} and {@code --patterns}, and a custom type in every output. */
class CustomEntitiesCommandTest {

    private static final String TEXT = "Presiden Joko Widodo membeli Kopi Senja di Surabaya sebelum membuka "
            + "Festival Danau Toba.\nWarga mengantre membeli Nusa Pro 5 di toko Bank Nusantara.\n";

    @TempDir
    static Path dir;
    static Path products;
    static Path names;
    static Path patterns;
    static Path text;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void trainAndWrite() throws IOException {
        Path corpus = dir.resolve("products-ner.tsv");
        try (InputStream in = CustomEntitiesCommandTest.class.getResourceAsStream("/org/entitas/products-ner.tsv")) {
            Files.write(corpus, in.readAllBytes());
        }
        products = dir.resolve("products.bin");
        StringWriter ignored = new StringWriter();
        assertThat(Main.run(new PrintWriter(ignored), new PrintWriter(ignored), "train", "ner", "--train",
                corpus.toString(), "--out", products.toString())).as(ignored.toString()).isEqualTo(Main.OK);
        names = Files.writeString(dir.resolve("names.tsv"), "# products the model misses\nNusa Pro 5\tPRODUCT\n");
        patterns = Files.writeString(dir.resolve("patterns.tsv"), "ORGANIZATION\tBank /[A-Z]\\w+/\n");
        text = Files.writeString(dir.resolve("berita.txt"), TEXT);
    }

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void tagCombinesTheBundledModelAnAddedOneADictionaryAndPatterns() {
        int code = run("tag", "-q", "--add-ner-model", products.toString(), "--dictionary", names.toString(),
                "--patterns", patterns.toString(), text.toString());

        assertThat(code).as(err.toString()).isEqualTo(Main.OK);
        assertThat(out.toString()).contains(
                "{\"text\":\"Joko Widodo\",\"type\":\"PERSON\",\"start\":9,\"end\":20,\"sentence\":0,",
                "{\"text\":\"Kopi Senja\",\"type\":\"PRODUCT\",\"start\":29,\"end\":39,\"sentence\":0,",
                "{\"text\":\"Surabaya\",\"type\":\"LOCATION\",\"start\":43,\"end\":51,\"sentence\":0,",
                "{\"text\":\"Festival Danau Toba\",\"type\":\"EVENT\",\"start\":68,",
                "{\"text\":\"Nusa Pro 5\",\"type\":\"PRODUCT\",\"start\":113,\"end\":123,\"sentence\":1,\"confidence\":1.0}",
                "{\"text\":\"Bank Nusantara\",\"type\":\"ORGANIZATION\",\"start\":132,\"end\":146,\"sentence\":1,"
                        + "\"confidence\":1.0}");
    }

    @Test
    void aCustomTypeIsKeptByTypesAndWrittenInCsvAndConll() {
        assertThat(run("tag", "-q", "--format", "csv", "--add-ner-model", products.toString(), "--dictionary",
                names.toString(), "--types", "PRODUCT", text.toString())).as(err.toString()).isEqualTo(Main.OK);
        assertThat(out.toString().lines().skip(1).map(l -> l.substring(l.indexOf(',') + 1)))
                .containsExactly("PRODUCT,Kopi Senja,29,39,0.4559", "PRODUCT,Nusa Pro 5,113,123,1.0");
        out.getBuffer().setLength(0);

        assertThat(run("tag", "-q", "--format", "conll", "--no-tokenized", "--dictionary", names.toString(),
                text.toString())).as(err.toString()).isEqualTo(Main.OK);
        assertThat(out.toString()).contains("Nusa\tB-PRODUCT\nPro\tI-PRODUCT\n5\tI-PRODUCT\n");
    }

    @Test
    void theGraphTakesACustomType() throws IOException {
        Path graph = dir.resolve("graph");
        assertThat(run("graph", "-q", "--add-ner-model", products.toString(), "-o", graph.toString(),
                text.toString())).as(err.toString()).isEqualTo(Main.OK);
        assertThat(Files.readString(graph.resolve("neo4j/nodes.csv"))).contains("PRODUCT:kopi senja");
    }

    @Test
    void aTypeNoSourceKnowsIsAUsageError() {
        assertThat(run("tag", "--dictionary", names.toString(), "--types", "EVENT", text.toString()))
                .isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("EVENT").contains("PRODUCT");
    }

    @Test
    void aBadDictionaryLineStopsTheRunNamingTheFileTheLineAndTheValue() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "Nusa Pro 5\tPRODUCT\nKopi Senja PRODUCT\n");
        assertThat(run("tag", "--dictionary", bad.toString(), text.toString())).isEqualTo(Main.ERROR);
        assertThat(err.toString()).isEqualTo("entitas: " + bad
                + ", line 2: expected name<TAB>TYPE, got 'Kopi Senja PRODUCT'" + System.lineSeparator());
    }
}
