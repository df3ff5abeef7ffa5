package org.entitas;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What a library user gets: the dependencies of this project's {@code pom.xml} that Maven gives a project
 * depending on it (not optional, not test, not provided), closed over their own poms in the local repository,
 * and the class path of those jars as this test run has them. Test helper; thread-safe (no state).
 */
final class LibraryClasspath {

    /** A Maven dependency, by group and artifact. */
    record Dependency(String groupId, String artifactId, String version, String scope, boolean optional) {
        String key() {
            return groupId + ":" + artifactId;
        }

        /** Whether a project depending on the pom that declares this one gets it too. */
        boolean inherited() {
            return !optional && (scope.equals("compile") || scope.equals("runtime"));
        }
    }

    private LibraryClasspath() {
    }

    /** The dependencies that {@code pom} declares itself (not those of dependencyManagement). */
    static List<Dependency> declared(Path pom) throws IOException {
        Element project;
        try {
            project = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
        } catch (Exception e) {
            throw new IOException(pom + ": not a readable pom: " + e.getMessage(), e);
        }
        String projectGroup = text(project, "groupId");
        if (projectGroup.isEmpty()) {
            Element parent = child(project, "parent");
            projectGroup = parent == null ? "" : text(parent, "groupId");
        }
        List<Dependency> out = new ArrayList<>();
        Element deps = child(project, "dependencies");
        if (deps == null) {
            return out;
        }
        for (Node n = deps.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element d && d.getTagName().equals("dependency")) {
                String group = text(d, "groupId").replace("${project.groupId}", projectGroup);
                String scope = text(d, "scope");
                out.add(new Dependency(group, text(d, "artifactId"), text(d, "version"),
                        scope.isEmpty() ? "compile" : scope, text(d, "optional").equals("true")));
            }
        }
        return out;
    }

    /**
     * The class path of the library as a user gets it: {@code target/classes} and the jars of this run's class
     * path that belong to the inherited dependencies of {@code pom.xml} and, transitively, of theirs.
     */
    static String classPath() throws IOException {
        List<Path> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                jars.add(Path.of(entry));
            }
        }
        Set<String> wanted = new LinkedHashSet<>();
        Deque<Dependency> todo = new ArrayDeque<>();
        declared(Path.of("pom.xml")).stream().filter(Dependency::inherited).forEach(todo::add);
        List<String> path = new ArrayList<>(List.of(Path.of("target/classes").toAbsolutePath().toString()));
        while (!todo.isEmpty()) {
            Dependency d = todo.pop();
            if (!wanted.add(d.key())) {
                continue;
            }
            Path jar = jarOf(jars, d);
            path.add(jar.toString());
            Path pom = jar.resolveSibling(jar.getFileName().toString().replaceAll("\\.jar$", ".pom"));
            if (Files.exists(pom)) {
                declared(pom).stream().filter(Dependency::inherited).forEach(todo::add);
            }
        }
        return String.join(File.pathSeparator, path);
    }

    /** The jar of {@code d} on the class path, found by its place in a Maven repository: group/artifact/version. */
    private static Path jarOf(List<Path> jars, Dependency d) {
        String dir = File.separator + d.groupId().replace('.', File.separatorChar) + File.separator + d.artifactId()
                + File.separator;
        return jars.stream().filter(j -> j.toString().contains(dir)).findFirst()
                .orElseThrow(() -> new IllegalStateException(d.key() + " is not on the test class path"));
    }

    private static Element child(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String tag) {
        Element e = child(parent, tag);
        return e == null ? "" : e.getTextContent().strip();
    }
}
