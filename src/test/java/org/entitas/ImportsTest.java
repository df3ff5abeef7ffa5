package org.entitas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The JDK's types are imported, not named in full inside the code: a reader sees what a class uses at its top.
 * Comments (Javadoc links among them) and string literals may name them in full.
 */
class ImportsTest {

    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.])javax?\\.(?:[a-z]\\w*\\.)+[A-Z]\\w*");
    private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");

    @Test
    void noJdkTypeIsNamedInFullInTheCode() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src", "main", "java"), Path.of("src", "test", "java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    found.addAll(qualifiedNames(f));
                }
            }
        }
        assertThat(found).as("java.* and javax.* names written in full in code; import them").isEmpty();
    }

    /** The fully qualified JDK names in the code lines of a source file, as {@code file:line: name}. */
    private static List<String> qualifiedNames(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        boolean inComment = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (inComment) {
                inComment = !line.contains("*/");
                continue;
            }
            if (line.startsWith("/*")) {
                inComment = !line.contains("*/");
                continue;
            }
            if (line.startsWith("*") || line.startsWith("//") || line.startsWith("import ")
                    || line.startsWith("package ")) {
                continue;
            }
            String code = STRING.matcher(line).replaceAll("\"\"");
            int comment = code.indexOf("//");
            Matcher m = QUALIFIED.matcher(comment < 0 ? code : code.substring(0, comment));
            while (m.find()) {
                out.add(file + ":" + (i + 1) + ": " + m.group());
            }
        }
        return out;
    }
}
