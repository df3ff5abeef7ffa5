package org.entitas;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.entitas.bulk.BulkRun;
import org.entitas.eval.Score;
import org.entitas.io.ConllDocument;
import org.entitas.io.ConllSentence;
import org.entitas.io.IobSpans;
import org.entitas.io.OutputOptions;
import org.entitas.io.UdSentence;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * The null policy of the public API (see the root package documentation): every public constructor and
 * method of the public classes and records of the root, {@code io}, {@code eval}, {@code graph},
 * {@code render} and {@code bulk} packages rejects a null argument with a {@code NullPointerException}.
 *
 * <p>Constructors and static methods are checked on every public class, one dynamic test per member.
 * Instance methods are checked on the sample instances below (values, the builder and the bundled
 * extractor). Other classes' instance methods are skipped: an instance needs open files or streams
 * ({@code ConllReader}, {@code JsonLinesWriter}, {@code Sink}), a run in progress ({@code BulkRun}), or a corpus to build from ({@code KnowledgeGraph}, {@code EntityResolver}, the pages of
 * {@code render}), and the utility classes have no instances.
 */
class NullPolicyTest {

    private static final List<String> PACKAGES = List.of("org.entitas", "org.entitas.io", "org.entitas.eval",
            "org.entitas.graph", "org.entitas.render", "org.entitas.bulk");

    private static final Document DOCUMENT = Document.of("d1", "Joko Widodo tiba.");
    private static final Token TOKEN = new Token("Joko", 0, 4);
    private static final Sentence SENTENCE = new Sentence(0, 17, List.of(TOKEN));
    private static final Mention MENTION = new Mention(EntityType.PERSON, "Joko Widodo", 0, 11, 0.9, 0);
    private static final TaggedDocument TAGGED = new TaggedDocument(DOCUMENT, List.of(SENTENCE), List.of(MENTION));

    /** The bundled extractor, loaded when a check first needs one. */
    private static final class Extractor {
        static final EntityExtractor BUNDLED = EntityExtractor.indonesian();
    }

    private static NullPointerTester tester() {
        return new NullPointerTester()
                .setDefault(String.class, "d1")
                .setDefault(Path.class, Path.of("target", "null-policy", "absent"))
                .setDefault(Score.class, new Score(1, 2, 3))
                .setDefault(EntityExtractor.class, Extractor.BUNDLED)
                .setDefault(BulkRun.Listener.class, BulkRun.Listener.NONE)
                .setDefault(EntityType.class, EntityType.PERSON)
                .setDefault(Document.class, DOCUMENT)
                .setDefault(Token.class, TOKEN)
                .setDefault(Sentence.class, SENTENCE)
                .setDefault(Mention.class, MENTION)
                .setDefault(TaggedDocument.class, TAGGED)
                .setDefault(Input.class, DOCUMENT)
                .setDefault(Result.class, TAGGED)
                .setDefault(Stream.class, Stream.empty())
                .setDefault(Optional.class, Optional.empty());
    }

    /** The public top-level and nested classes of the public packages. */
    static List<Class<?>> publicClasses() throws IOException {
        List<Class<?>> found = new ArrayList<>();
        ClassPath path = ClassPath.from(NullPolicyTest.class.getClassLoader());
        for (String pkg : PACKAGES) {
            for (ClassPath.ClassInfo info : path.getTopLevelClasses(pkg)) {
                Class<?> c = info.load();
                if (isMain(c)) {
                    addPublic(c, found);
                }
            }
        }
        return found;
    }

    private static boolean isMain(Class<?> c) {
        var source = c.getProtectionDomain().getCodeSource();
        return source != null && !source.getLocation().getPath().contains("test-classes");
    }

    private static void addPublic(Class<?> c, List<Class<?>> found) {
        if (!Modifier.isPublic(c.getModifiers())) {
            return;
        }
        found.add(c);
        for (Class<?> nested : c.getDeclaredClasses()) {
            addPublic(nested, found);
        }
    }

    @Test
    void thePackagesHavePublicClasses() throws IOException {
        assertThat(publicClasses()).contains(EntityExtractor.class, Mention.class, ConllDocument.class,
                Score.class).hasSizeGreaterThan(40);
    }

    @TestFactory
    Stream<DynamicTest> constructorsAndStaticMethodsRejectNull() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<?> c : publicClasses()) {
            for (Constructor<?> constructor : c.getDeclaredConstructors()) {
                if (Modifier.isPublic(constructor.getModifiers()) && !constructor.isSynthetic()) {
                    tests.add(check(c, "<init>", () -> tester().testConstructor(constructor)));
                }
            }
            for (Method method : c.getDeclaredMethods()) {
                int m = method.getModifiers();
                if (Modifier.isPublic(m) && Modifier.isStatic(m) && !method.isSynthetic()) {
                    tests.add(check(c, method.getName(), () -> tester().testMethod(null, method)));
                }
            }
        }
        return tests.stream();
    }

    private static DynamicTest check(Class<?> c, String member, Executable test) {
        String key = c.getName().substring("org.entitas.".length()) + "." + member;
        return DynamicTest.dynamicTest(key, () -> {
            test.execute();
        });
    }

    @TestFactory
    Stream<DynamicTest> instanceMethodsRejectNull() {
        List<Object> samples = List.of(DOCUMENT, TOKEN, SENTENCE, MENTION, TAGGED, EntityType.PERSON,
                new Failure("d1", "unreadable"),
                new TokenizedDocument("d1", List.of(List.of("Joko", "Widodo"))),
                new ConllSentence(List.of("Joko"), List.of("B-PER")),
                new ConllDocument("d1", List.of(new ConllSentence(List.of("Joko"), List.of("B-PER")))),
                new UdSentence("Joko", List.of("Joko")),
                new IobSpans.TokenSpan(0, 1, "PER"),
                new OutputOptions(true, OutputOptions.Offsets.UTF16, false),
                new Score(1, 2, 3),
                EntityExtractor.builder(),
                Extractor.BUNDLED);
        return samples.stream().map(s -> DynamicTest.dynamicTest(
                s.getClass().getName(), () -> tester().testAllPublicInstanceMethods(s)));
    }
}
