package org.entitas.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.entitas.model.OpenNlpExtensions;
import org.junit.jupiter.api.Test;

/**
 * Every class named in the bundled model files (manifests and feature generator descriptors) and in the
 * training descriptors still exists under that name, public, so that a move or rename of a class OpenNLP
 * instantiates by name fails here rather than when a user loads an old model.
 */
class FrozenClassNamesTest {

    private static final Pattern CLASS_ATTRIBUTE = Pattern.compile("class=\"([^\"]+)\"");
    private static final Pattern CLASS_NAME = Pattern.compile("^[a-z][\\w]*(\\.[a-z][\\w]*)+\\.[A-Z][\\w$]*$");

    @Test
    void everyClassNamedInAModelFileResolves() throws IOException {
        Set<String> named = new TreeSet<>();
        for (Path file : files(Path.of("models"), ".bin")) {
            named.addAll(classesIn(file));
        }
        for (Path file : files(Path.of("src/main/resources/org/entitas/train"), "-features.xml")) {
            named.addAll(classesInDescriptor(Files.readString(file)));
        }

        assertThat(named).contains(
                "org.entitas.pipeline.EntitasNameFinderFactory",
                "org.entitas.pipeline.GazetteerFeatureGeneratorFactory",
                "org.entitas.pipeline.SentenceCacheFeatureGeneratorFactory",
                "org.entitas.pipeline.SentenceCaseFeatureGeneratorFactory",
                "org.entitas.pipeline.ClusterFeatureGeneratorFactory",
                "org.entitas.pipeline.ClusterFeatureGeneratorFactory$Serializer");
        for (String name : named) {
            Class<?> type = resolve(name);
            assertThat(type).as(name + ", named in a model file, is not on the class path").isNotNull();
            assertThat(Modifier.isPublic(type.getModifiers())).as(name + " must stay public").isTrue();
            if (name.startsWith("org.entitas.")) {
                assertThat(type.getPackageName()).as(name + " is outside the package OpenNLP is told to trust")
                        .isEqualTo(OpenNlpExtensions.FEATURE_PACKAGE);
            }
        }
    }

    @Test
    void theGazetteerSerializerIsNamedByTheFactoryOfTheBundledModel() {
        assertThat(new EntitasNameFinderFactory().createArtifactSerializersMap()
                .get(EntitasNameFinderFactory.GAZETTEER_EXTENSION)).isInstanceOf(GazetteerSerializer.class);
    }

    private static Class<?> resolve(String name) {
        try {
            return Class.forName(name, false, FrozenClassNamesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static Set<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            Set<Path> found = new TreeSet<>(all.filter(p -> p.toString().endsWith(suffix)).toList());
            assertThat(found).as("no " + suffix + " file in " + dir).isNotEmpty();
            return found;
        }
    }

    /** The class names in a model's manifest values and in its feature generator descriptors. */
    private static Set<String> classesIn(Path model) throws IOException {
        Set<String> names = new TreeSet<>();
        try (InputStream in = Files.newInputStream(model); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] bytes = zip.readAllBytes();
                if (e.getName().equals("manifest.properties")) {
                    Properties manifest = new Properties();
                    manifest.load(new ByteArrayInputStream(bytes));
                    for (String key : manifest.stringPropertyNames()) {
                        String value = manifest.getProperty(key).trim();
                        if (CLASS_NAME.matcher(value).matches()) {
                            names.add(value);
                        }
                    }
                } else if (e.getName().endsWith(".featuregen")) {
                    names.addAll(classesInDescriptor(new String(bytes, StandardCharsets.UTF_8)));
                }
            }
        }
        return names;
    }

    private static Set<String> classesInDescriptor(String xml) {
        Set<String> names = new TreeSet<>();
        Matcher m = CLASS_ATTRIBUTE.matcher(xml);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
