package org.entitas.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.entitas.cli.Main;
import org.entitas.cli.SparkJob;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job in local mode gives exactly what the command line gives. */
class SparkTaggerTest {

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("entitas-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** The command line's entities per document id, as strings "text|TYPE|start|end|sentence|conf". */
    private static Map<String, List<String>> cli() throws IOException {
        StringWriter out = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "tag", "-q", "--include",
                "*.txt", "test-corpus");
        assertThat(code).isEqualTo(Main.OK);
        Map<String, List<String>> byFile = new HashMap<>();
        JsonFactory json = new JsonFactory();
        for (String line : out.toString().split("\n")) {
            try (JsonParser p = json.createParser(line)) {
                String id = null;
                List<String> entities = new ArrayList<>();
                p.nextToken();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    if (field.equals("id")) {
                        id = p.getText();
                    } else if (field.equals("entities")) {
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            Map<String, String> e = new HashMap<>();
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String k = p.currentName();
                                p.nextToken();
                                e.put(k, p.getText());
                            }
                            entities.add(e.get("text") + "|" + e.get("type") + "|" + e.get("start") + "|" + e.get("end")
                                    + "|" + e.get("sentence") + "|" + Double.parseDouble(e.get("confidence")));
                        }
                    }
                }
                byFile.put(id, entities);
            }
        }
        return byFile;
    }

    private static Map<String, List<String>> spark(Dataset<Row> tagged) {
        Map<String, List<String>> byFile = new HashMap<>();
        for (Row r : tagged.collectAsList()) {
            List<String> entities = new ArrayList<>();
            for (Row e : r.<Row>getList(r.fieldIndex("entities"))) {
                entities.add(e.getString(0) + "|" + e.getString(1) + "|" + e.getInt(2) + "|" + e.getInt(3) + "|"
                        + e.getInt(4) + "|" + e.getDouble(5));
            }
            String id = r.getString(r.fieldIndex("id"));
            byFile.put(id, entities);
        }
        return byFile;
    }

    @Test
    void textFilesOnSparkGiveExactlyTheCommandLineResult() throws IOException {
        Dataset<Row> docs = SparkDocuments.read(spark, "test-corpus/*.txt", SparkDocuments.InputFormat.TEXT);
        Map<String, List<String>> viaSpark = spark(new SparkTagger("id", "text").tag(docs));
        Map<String, List<String>> viaCli = cli();

        assertThat(viaSpark).hasSize(41).containsKey("test-corpus/01-pilkada-jabar.txt");
        assertThat(viaSpark).isEqualTo(viaCli);     // the ids too: paths as tag gives them, not file: URIs
    }

    @Test
    void jsonLinesInParquetOutKeepsCarriedColumns(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("news.jsonl");
        Files.writeString(in, "{\"id\":\"a\",\"text\":\"Presiden Joko Widodo tiba di Bandung.\",\"sumber\":\"x\"}\n"
                + "{\"id\":\"b\",\"text\":\"\",\"sumber\":\"y\"}\n");
        Path out = dir.resolve("out");
        assertThat(SparkJob.run(spark, new PrintWriter(new StringWriter()), "--input", in.toString(), "--output",
                out.toString(), "--output-format", "parquet")).isEqualTo(Main.OK);

        List<Row> rows = spark.read().parquet(out.toString()).orderBy("id").collectAsList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getString(rows.get(0).fieldIndex("sumber"))).isEqualTo("x");
        assertThat(rows.get(0).getList(rows.get(0).fieldIndex("entities"))).isNotEmpty();
        assertThat(rows.get(1).getList(rows.get(1).fieldIndex("entities"))).isEmpty();
    }

    @Test
    void missingColumnsAreNamed() {
        Dataset<Row> docs = spark.read().json(spark.createDataset(List.of("{\"isi\":\"x\"}"),
                org.apache.spark.sql.Encoders.STRING()));
        assertThatThrownBy(() -> new SparkTagger("id", "text").tag(docs)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'text'").hasMessageContaining("isi");
    }
}
