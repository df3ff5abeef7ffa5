import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Imports entitas's Neo4j CSV with Neo4j's own bulk importer ({@code neo4j-admin database import full}, run
 * in this JVM through the admin tool's entry point), opens the database it wrote with embedded Neo4j and
 * answers Cypher queries. Launched by {@code Neo4jImportTest} with the classpath of Neo4j alone, which the
 * test resolves with Maven from {@code src/test/neo4j/pom.xml}, so that Neo4j's dependencies never meet the
 * project's (Spark, Jena) on one classpath. Not compiled by the build: the JDK's source launcher runs it.
 *
 * <p>Arguments: a Neo4j home directory (created; the database goes under it), the import's arguments after
 * {@code database import full} (one argument per line in a file), a file of Cypher queries (one per line) and
 * the file to write the answers to: per query a line {@code ## <query>}, then one line per row, its columns
 * separated by tabs, lists written as their elements joined by {@code |}.
 */
public class ImportAndQuery {

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath();
        List<String> importArgs = new ArrayList<>(List.of("database", "import", "full"));
        importArgs.addAll(Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8));
        List<String> queries = Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8).stream()
                .filter(q -> !q.isBlank()).toList();
        Path answers = Path.of(args[3]);

        Path conf = Files.createDirectories(home.resolve("conf"));
        Files.writeString(conf.resolve("neo4j.conf"), "server.memory.pagecache.size=64m\ndbms.usage_report.enabled=false\n");
        long started = System.nanoTime();
        int code = AdminTool.execute(new ExecutionContext(home, conf, System.out, System.err,
                new org.neo4j.io.fs.DefaultFileSystemAbstraction()), importArgs.toArray(String[]::new));
        if (code != 0) {
            System.err.println("neo4j-admin database import full exited with " + code);
            System.exit(2);
        }
        System.out.printf("import: %d ms%n", (System.nanoTime() - started) / 1_000_000);

        started = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(64))
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .build();
        try (PrintStream out = new PrintStream(Files.newOutputStream(answers), true, StandardCharsets.UTF_8)) {
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            for (String query : queries) {
                out.println("## " + query);
                db.executeTransactionally(query, Map.of(), result -> {
                    List<String> columns = result.columns();
                    while (result.hasNext()) {
                        Map<String, Object> row = result.next();
                        out.println(columns.stream().map(c -> text(row.get(c))).collect(Collectors.joining("\t")));
                    }
                    return null;
                });
            }
        } finally {
            dbms.shutdown();
        }
        System.out.printf("queries: %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    private static String text(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(ImportAndQuery::text).collect(Collectors.joining("|"));
        }
        if (value instanceof String[] array) {
            return String.join("|", array);
        }
        return String.valueOf(value);
    }
}
