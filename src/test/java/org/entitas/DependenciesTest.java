package org.entitas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a library user gets: only the extractor's run-time dependencies (the command line's, the input readers',
 * the graph's and Spark's are optional or provided), each optional library used only by the package that needs
 * it, and nothing printed by the library itself.
 */
class DependenciesTest {

    /** The dependencies every user of the extractor gets. */
    private static final List<String> CORE = List.of("org.apache.opennlp:opennlp-tools", "com.google.guava:guava",
            "com.fasterxml.jackson.core:jackson-core", "org.slf4j:slf4j-api", "com.google.re2j:re2j");

    /** Each optional or provided library: its Java packages, and the one entitas package that may use them. */
    private static final Map<String, Usage> OPTIONAL = Map.of(
            "info.picocli:picocli", new Usage("org.entitas.cli..", "picocli.."),
            "org.apache.commons:commons-compress", new Usage("org.entitas.io..", "org.apache.commons.compress.."),
            "org.netpreserve:jwarc", new Usage("org.entitas.io..", "org.netpreserve.."),
            "org.jsoup:jsoup", new Usage("org.entitas.io..", "org.jsoup.."),
            "org.apache.jena:jena-arq", new Usage("org.entitas.graph..", "org.apache.jena.."),
            "org.eclipse.jetty:jetty-server", new Usage("org.entitas.server..", "org.eclipse.jetty.."),
            "org.apache.spark:spark-sql_2.13", new Usage("org.entitas.spark..", "org.apache.spark..", "scala..", "org.apache.hadoop.."));

    private record Usage(String user, String... packages) {
        /** The package that needs the library; the command line, which bundles every library, may use it too. */
        String[] users() {
            return new String[] {user, "org.entitas.cli.."};
        }
    }

    @Test
    void aLibraryUserGetsOnlyTheExtractorsDependencies() throws IOException {
        List<LibraryClasspath.Dependency> declared = LibraryClasspath.declared(Path.of("pom.xml"));
        assertThat(declared).filteredOn(LibraryClasspath.Dependency::inherited)
                .extracting(LibraryClasspath.Dependency::key).containsExactlyInAnyOrderElementsOf(CORE);
        assertThat(declared).filteredOn(d -> !d.inherited() && !d.scope().equals("test"))
                .extracting(LibraryClasspath.Dependency::key).containsExactlyInAnyOrderElementsOf(OPTIONAL.keySet());
    }

    @Test
    void noSlf4jProviderIsDeclaredSoSparksOwnIsBoundUnderSparkSubmit() throws IOException {
        // the command line jar bundles every dependency that is neither provided nor test: an SLF4J provider
        // among them would compete with Spark's and could silence the driver's logs
        assertThat(LibraryClasspath.declared(Path.of("pom.xml")))
                .filteredOn(d -> !d.scope().equals("provided") && !d.scope().equals("test"))
                .extracting(LibraryClasspath.Dependency::artifactId)
                .noneMatch(a -> a.equals("slf4j-nop") || a.equals("slf4j-simple") || a.equals("slf4j-reload4j")
                        || a.equals("logback-classic") || a.startsWith("log4j-slf4j"));
    }

    @Test
    void eachOptionalLibraryIsUsedOnlyByThePackageThatNeedsIt() {
        JavaClasses classes = new ClassFileImporter().importPath(Path.of("target/classes"));
        OPTIONAL.forEach((artifact, usage) -> noClasses().that().resideOutsideOfPackages(usage.users())
                .should().dependOnClassesThat().resideInAnyPackage(usage.packages())
                .as("only " + usage.user() + " uses " + artifact).check(classes));
    }

    @Test
    void theExtractorPrintsNothingWithoutALoggingBackend(@TempDir Path dir) throws Exception {
        Path user = Files.writeString(dir.resolve("User.java"), """
                public class User {
                    public static void main(String[] args) {
                        System.out.println(org.entitas.EntityExtractor.indonesian()
                                .extract("Presiden Rusia Vladimir Putin tiba di Pyongyang."));
                        System.out.println(System.getProperty("slf4j.internal.verbosity"));
                    }
                }
                """);
        String classPath = LibraryClasspath.classPath();
        assertThat(classPath).doesNotContain("slf4j-nop").doesNotContain("picocli");
        Path out = dir.resolve("out");
        Path err = dir.resolve("err");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, user.toString()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(Files.readString(err, StandardCharsets.UTF_8)).isEmpty();
        assertThat(p.exitValue()).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("text=Vladimir Putin, start=15, end=29")
                .endsWith("null\n");
    }

    @Test
    void aMissingOptionalLibraryIsNamedWithItsVersion(@TempDir Path dir) throws Exception {
        Path tar = dir.resolve("news.tar");
        Files.write(tar, new byte[1024]);
        Path warc = Files.writeString(dir.resolve("news.warc"), "WARC/1.0\r\n");
        Path user = Files.writeString(dir.resolve("User.java"), """
                import java.nio.file.Path;
                import java.util.List;
                import org.entitas.*;
                import org.entitas.io.*;
                import org.entitas.graph.*;
                public class User {
                    public static void main(String[] args) throws Exception {
                        KnowledgeGraph graph = new KnowledgeGraph()
                                .add("d", List.of(new Mention(EntityType.PERSON, "Joko Widodo", 0, 11, 0.9, 0)));
                        try {
                            RdfExport.turtle(graph, Path.of(args[0]));
                        } catch (IllegalStateException e) {
                            System.out.println(e.getMessage());
                        }
                        for (int i = 1; i < args.length; i++) {
                            Inputs.read(List.of(Path.of(args[i])), InputOptions.DEFAULTS)
                                    .forEach(in -> System.out.println(((Failure) in).reason()));
                        }
                    }
                }
                """);
        Path out = dir.resolve("out");
        Path err = dir.resolve("err");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", LibraryClasspath.classPath(), user.toString(), dir.resolve("graph.ttl").toString(),
                tar.toString(), warc.toString()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(Files.readString(err, StandardCharsets.UTF_8)).isEmpty();
        String bundled = " on the class path (an optional dependency of entitas, bundled in the command line jar;"
                + " add it to your build)";
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).containsExactly(
                "RDF export needs org.apache.jena:jena-arq 5.6.0" + bundled,
                tar + ": tar input needs org.apache.commons:commons-compress 1.28.0" + bundled,
                warc + ": WARC input needs org.netpreserve:jwarc 0.32.0" + bundled);
        assertThat(dir.resolve("graph.ttl")).doesNotExist();
    }
}
