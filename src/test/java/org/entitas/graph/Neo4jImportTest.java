package org.entitas.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.entitas.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Neo4j CSV of {@code entitas graph} on test-corpus, imported into a real Neo4j by its own bulk importer
 * ({@code neo4j-admin database import full}) and queried with Cypher.
 *
 * <p>Neo4j runs in a JVM of its own: its classpath is resolved by Maven from {@code src/test/neo4j/pom.xml}
 * (Neo4j 5.26 Community and its import tool; its Scala, Netty and Lucene differ from Spark's and Jena's),
 * and {@code src/test/neo4j/ImportAndQuery.java} runs there through the JDK's source launcher. The first run
 * downloads Neo4j into the local Maven repository (about 145 MB).
 */
class Neo4jImportTest {

    private static final Path CHECK = Path.of("src/test/neo4j");
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) entities \\((\\d+) persons, (\\d+) places, "
            + "(\\d+) organizations\\), (\\d+) sources, (\\d+) same-sentence ties, (\\d+) same-document ties, (\\d+) roles \\((\\d+) with");

    @Test
    void theCsvOfTestCorpusImportsIntoNeo4jAndAnswersCypher(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("graph");
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "graph", "--include", "*.txt",
                "-o", out.toString(), "test-corpus");
        assertThat(code).as(err.toString()).isEqualTo(Main.OK);
        Matcher reported = SUMMARY.matcher(err.toString());
        assertThat(reported.find()).as(err.toString()).isTrue();
        Path nodes = out.resolve("neo4j/nodes.csv");
        Path relationships = out.resolve("neo4j/relationships.csv");

        Map<String, List<String>> answers = importAndQuery(dir, List.of(
                "--nodes=" + nodes.toAbsolutePath(),
                "--relationships=" + relationships.toAbsolutePath(),
                "--array-delimiter=;",
                "--max-off-heap-memory=256M",
                "--report-file=" + dir.resolve("import.report").toAbsolutePath()), List.of(
                "MATCH (n) RETURN count(n)",
                "MATCH (n:Entity) RETURN labels(n)[1] AS type, count(n) ORDER BY type",
                "MATCH ()-[r]->() RETURN type(r) AS kind, count(r) ORDER BY kind",
                "MATCH (p:Person {key: 'PERSON:anwar ibrahim'})-[r:HAS_ROLE]->(o) "
                        + "RETURN r.role, o.name, labels(o)[1], r.weight, r.documents ORDER BY o.name",
                "MATCH (l:Location {key: 'LOCATION:pyongyang'})-[:SAME_SENTENCE]-(n) RETURN n.key ORDER BY n.key",
                "MATCH (n {key: 'PERSON:vladimir putin'}) RETURN n.name, n.aliases, valueType(n.aliases), "
                        + "valueType(n.mentions), n.mentions"));

        // the node count (entities and sources), by label, and the edges by kind: what entitas reported
        assertThat(answers.get("MATCH (n) RETURN count(n)")).containsExactly(String.valueOf(
                Long.parseLong(reported.group(1)) + Long.parseLong(reported.group(5))));
        assertThat(answers.get("MATCH (n:Entity) RETURN labels(n)[1] AS type, count(n) ORDER BY type")).containsExactly(
                "Location\t" + reported.group(3), "Organization\t" + reported.group(4), "Person\t" + reported.group(2));
        long hasRole = records(relationships).stream().filter(r -> r.get(":TYPE").equals("HAS_ROLE")).count();
        assertThat(hasRole).isEqualTo(Long.parseLong(reported.group(9)));
        assertThat(answers.get("MATCH ()-[r]->() RETURN type(r) AS kind, count(r) ORDER BY kind")).containsExactly(
                "HAS_ROLE\t" + hasRole, "SAME_DOCUMENT\t" + reported.group(7), "SAME_SENTENCE\t" + reported.group(6));

        // a person's roles: one HAS_ROLE per role and place, its evidence counted, its documents a string array
        assertThat(answers.get("MATCH (p:Person {key: 'PERSON:anwar ibrahim'})-[r:HAS_ROLE]->(o) "
                + "RETURN r.role, o.name, labels(o)[1], r.weight, r.documents ORDER BY o.name")).containsExactly(
                "Perdana Menteri\tMalaysia\tLocation\t3\ttest-corpus/02-pelantikan-presiden.txt|"
                        + "test-corpus/27-kunjungan-anwar.txt|test-corpus/28-ktt-asean-laos.txt");

        // the neighbours of a place: those of the CSV, among them the persons of the text's first sentence
        TreeSet<String> expected = new TreeSet<>();
        for (CSVRecord r : records(relationships)) {
            if (r.get(":TYPE").equals("SAME_SENTENCE") && r.get(":START_ID").equals("LOCATION:pyongyang")) {
                expected.add(r.get(":END_ID"));
            } else if (r.get(":TYPE").equals("SAME_SENTENCE") && r.get(":END_ID").equals("LOCATION:pyongyang")) {
                expected.add(r.get(":START_ID"));
            }
        }
        List<String> neighbours = answers.get(
                "MATCH (l:Location {key: 'LOCATION:pyongyang'})-[:SAME_SENTENCE]-(n) RETURN n.key ORDER BY n.key");
        assertThat(neighbours).containsExactlyElementsOf(expected)
                .contains("PERSON:vladimir putin", "PERSON:kim jong un", "LOCATION:korea utara");

        // the header's types were honoured: string[] is a list, long an integer
        assertThat(answers.get("MATCH (n {key: 'PERSON:vladimir putin'}) RETURN n.name, n.aliases, "
                + "valueType(n.aliases), valueType(n.mentions), n.mentions")).singleElement().satisfies(row ->
                assertThat(row.split("\t")).startsWith("Vladimir Putin", "Putin", "LIST<STRING NOT NULL> NOT NULL",
                        "INTEGER NOT NULL"));
    }

    private static List<CSVRecord> records(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    /** Resolves Neo4j's classpath with Maven, imports in a JVM of its own and answers each query by its rows. */
    private static Map<String, List<String>> importAndQuery(Path dir, List<String> importArgs, List<String> queries)
            throws IOException, InterruptedException {
        Path classpath = dir.resolve("neo4j.classpath");
        List<String> mvn = new ArrayList<>(List.of(maven(), "-B", "-q", "-f", CHECK.resolve("pom.xml").toString(),
                "dependency:build-classpath", "-Dmdep.outputFile=" + classpath.toAbsolutePath()));
        String repo = System.getProperty("entitas.maven.repo", "");
        if (!repo.isEmpty()) {
            mvn.add("-Dmaven.repo.local=" + repo);
        }
        run(dir, "maven", mvn, 15);

        Path args = Files.write(dir.resolve("import.args"), importArgs, StandardCharsets.UTF_8);
        Path queryFile = Files.write(dir.resolve("queries.cypher"), queries, StandardCharsets.UTF_8);
        Path answerFile = dir.resolve("answers.tsv");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        run(dir, "neo4j", List.of(java.toString(), "-Xmx768m", "-cp", Files.readString(classpath).strip(),
                CHECK.resolve("ImportAndQuery.java").toString(), dir.resolve("neo4j-home").toString(), args.toString(),
                queryFile.toString(), answerFile.toString()), 10);

        Map<String, List<String>> answers = new LinkedHashMap<>();
        List<String> rows = null;
        for (String line : Files.readAllLines(answerFile, StandardCharsets.UTF_8)) {
            if (line.startsWith("## ")) {
                rows = new ArrayList<>();
                answers.put(line.substring(3), rows);
            } else {
                rows.add(line);
            }
        }
        assertThat(answers.keySet()).containsExactlyElementsOf(queries);
        answers.forEach((query, answer) -> System.out.println("neo4j: " + query + " -> " + answer));
        return answers;
    }

    private static String maven() {
        String home = System.getProperty("entitas.maven.home", "");
        Path mvn = Path.of(home, "bin", "mvn");
        return !home.isEmpty() && Files.isExecutable(mvn) ? mvn.toString() : "mvn";
    }

    private static void run(Path dir, String name, List<String> command, int minutes)
            throws IOException, InterruptedException {
        Path log = dir.resolve(name + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail(name + " did not finish within " + minutes + " minutes: " + command);
        }
        if (p.exitValue() != 0) {
            fail(name + " exited with " + p.exitValue() + ": " + command + "\n" + Files.readString(log));
        }
    }
}
