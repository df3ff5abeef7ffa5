package org.entitas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of {@code README.md} and of the pages of {@code docs/} compiles as printed and runs,
 * from the repository root: each block is the body of a {@code main} method (with the imports below), compiled
 * with the JDK's compiler against the test class path and run in this JVM. A compile error names the file and line.
 */
class ReadmeJavaTest {

    /** What a reader is assumed to import; a block uses these names without imports of its own. */
    private static final List<String> IMPORTS = List.of("java.io.*", "java.nio.file.*", "java.time.Duration",
            "java.util.*", "java.util.stream.Stream", "org.entitas.*", "org.entitas.io.*", "org.entitas.model.*",
            "org.entitas.server.*", "org.entitas.spark.*", "org.apache.spark.sql.Dataset", "org.apache.spark.sql.Row",
            "org.apache.spark.sql.SparkSession");

    /** A {@code ```java} block: its file, the line of its first line, and its text. */
    record Block(Path file, int line, String code) {
        String where() {
            return file + ":" + line;
        }
    }

    /** README.md, then the pages of docs/ in name order: every file whose examples a reader sees. */
    static List<Path> documents() throws IOException {
        List<Path> out = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> pages = Files.list(Path.of("docs"))) {
            pages.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
        }
        return out;
    }

    static List<Block> blocks(Path readme) throws IOException {
        List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("```java")) {
                int start = i + 1;
                StringBuilder code = new StringBuilder();
                for (i = start; !lines.get(i).strip().equals("```"); i++) {
                    code.append(lines.get(i)).append('\n');
                }
                out.add(new Block(readme, start + 1, code.toString()));
            }
        }
        return out;
    }

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyJavaBlockOfTheReadmeCompilesAndRuns() throws IOException {
        List<Block> blocks = new ArrayList<>();
        for (Path file : documents()) {
            blocks.addAll(blocks(file));
        }
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(6);
        assertThat(blocks).anyMatch(b -> b.file().equals(Path.of("README.md")));
        return blocks.stream().map(b -> DynamicTest.dynamicTest(b.where(), () -> compileAndRun(b)));
    }

    private void compileAndRun(Block block) throws Exception {
        String name = block.file().getFileName().toString().replaceAll("\\W", "_") + "Line" + block.line();
        StringBuilder source = new StringBuilder();
        IMPORTS.forEach(i -> source.append("import ").append(i).append(";\n"));
        source.append("public class ").append(name).append(" {\n")
                .append("public static void main(String[] args) throws Exception {\n");
        int header = IMPORTS.size() + 2;
        source.append(block.code()).append("}\n}\n");
        Path src = Files.createDirectories(dir.resolve(name)).resolve(name + ".java");
        Files.writeString(src, source, StandardCharsets.UTF_8);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean ok;
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            ok = javac.getTask(null, files, diagnostics, List.of("-proc:none", "-d", src.getParent().toString(),
                    "-classpath", System.getProperty("java.class.path")), null, files.getJavaFileObjects(src.toFile()))
                    .call();
        }
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(block.file() + ":" + (block.line() + d.getLineNumber() - header - 1) + ": "
                        + d.getMessage(Locale.ROOT));
            }
        }
        assertThat(errors).isEmpty();
        assertThat(ok).isTrue();

        try (URLClassLoader loader = new URLClassLoader(new URL[] {src.getParent().toUri().toURL()},
                getClass().getClassLoader())) {
            Method main = loader.loadClass(name).getMethod("main", String[].class);
            try {
                main.invoke(null, (Object) new String[0]);
            } catch (InvocationTargetException e) {
                throw new AssertionError(block.where() + ": the block threw " + e.getCause(),
                        e.getCause());
            }
        }
    }
}
