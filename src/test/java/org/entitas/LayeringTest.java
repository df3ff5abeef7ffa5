package org.entitas;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The intended layering of the packages, checked on the compiled main classes. Lowest first; a package may
 * use only the packages listed for it:
 *
 * <pre>
 * internal        helpers                                       (nothing)
 * lexicon         bundled word lists                            (nothing)
 * model.compact   faster replacements of OpenNLP internals      internal
 * model           model loading, kinds, calibration             model.compact, internal
 * pipeline        engine and frozen feature generators          model, lexicon, internal
 * org.entitas     facade, values, exceptions                    pipeline, model, internal
 * io              formats, input and output                     root, internal
 * eval            evaluation                                    root, io
 * train           training                                      root, io, eval, pipeline, model, lexicon
 * bulk            the bulk run: sinks, journal                  root, io, internal
 * graph           knowledge graph                               root, io, lexicon, internal
 * render          HTML pages                                    root, graph
 * spark           Spark integration                             root, io
 * server          HTTP server                                   root, io, internal, render
 * cli             command line                                  anything but pipeline, model.compact, internal
 * </pre>
 *
 * No package cycle, the root included; no OpenNLP type in a public signature of the packages users
 * program against; the facade tags through {@code pipeline.Engine} alone, and only {@code pipeline} lays out
 * sentences, tokens and names; the libraries of input formats are used in {@code io} alone.
 */
class LayeringTest {

    private static final String[] OPENNLP_FREE = {"org.entitas", "org.entitas.io", "org.entitas.eval",
        "org.entitas.bulk", "org.entitas.graph", "org.entitas.render", "org.entitas.server", "org.entitas.cli"};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.entitas");
    }

    @Test
    void eachPackageUsesOnlyTheLayersBelowIt() {
        layers().check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().assignedFrom(BY_PACKAGE).should().beFreeOfCycles().check(classes);
    }

    @Test
    void noOpenNlpTypeInAPublicSignature() {
        codeUnits().that().arePublic().and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideInAnyPackage(OPENNLP_FREE)
                .should(notMentionOpenNlp())
                .check(classes);
        fields().that().arePublic().and().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideInAnyPackage(OPENNLP_FREE)
                .should(notHaveAnOpenNlpType())
                .check(classes);
    }

    /**
     * The facade reaches the engine through {@link org.entitas.pipeline.Engine} and its values only: it does not
     * combine sources of names or read dictionary files.
     */
    @Test
    void theRootPackageTagsThroughTheEngineOnly() {
        noClasses().that().resideInAPackage("org.entitas")
                .should().dependOnClassesThat(resideInAPackage("org.entitas.pipeline")
                        .and(not(nameMatching("org\\.entitas\\.pipeline\\.Engine(\\$.*)?"))))
                .because("combining the sources of names is the engine's work (org.entitas.pipeline.Engine)")
                .check(classes);
    }

    /** Sentences, tokens and names are laid out by the engine alone; the other packages read them. */
    @Test
    void onlyThePipelineBuildsSegmentsAndNames() {
        noClasses().that().resideOutsideOfPackage("org.entitas.pipeline")
                .should().callConstructorWhere(target(owner(nameMatching(
                        "org\\.entitas\\.pipeline\\.Engine\\$(Segment|Annotation|Name)"))))
                .check(classes);
    }

    /**
     * The formats users read and write live in {@code io}: the libraries of the input formats (HTML, WARC, zip and
     * tar archives) are used there alone, and {@code bulk} only runs the extractor over what {@code io} reads.
     */
    @Test
    void theInputFormatsLiveInIo() {
        noClasses().that().resideOutsideOfPackages("org.entitas.io..", "org.entitas.internal..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jsoup..", "org.netpreserve.jwarc..",
                        "org.apache.commons.compress..")
                .because("reading an input format is io's work")
                .check(classes);
    }

    /**
     * {@code pipeline} is public only where it must be: the engine's entry with its values, the classes model files
     * name ({@code FrozenClassNamesTest} checks those resolve) and the gazetteer that training builds.
     */
    @Test
    void thePipelineIsPublicOnlyForTheEngineAndWhatModelFilesName() {
        classes().that().resideInAPackage("org.entitas.pipeline").and().arePublic().and().areTopLevelClasses()
                .should().haveNameMatching("org\\.entitas\\.pipeline\\.(Engine|Gazetteer"
                        + "|EntitasNameFinderFactory|GazetteerSerializer|ClusterFeatureGeneratorFactory"
                        + "|GazetteerFeatureGeneratorFactory|SentenceCacheFeatureGeneratorFactory"
                        + "|SentenceCaseFeatureGeneratorFactory)")
                .because("the rest of the engine is package-private; the facade tags through Engine")
                .check(classes);
    }

    static ArchRule layers() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("internal").definedBy("org.entitas.internal..")
                .layer("lexicon").definedBy("org.entitas.lexicon..")
                .layer("model.compact").definedBy("org.entitas.model.compact..")
                .layer("model").definedBy("org.entitas.model")
                .layer("pipeline").definedBy("org.entitas.pipeline..")
                .layer("root").definedBy("org.entitas")
                .layer("io").definedBy("org.entitas.io..")
                .layer("eval").definedBy("org.entitas.eval..")
                .layer("train").definedBy("org.entitas.train..")
                .layer("bulk").definedBy("org.entitas.bulk..")
                .layer("graph").definedBy("org.entitas.graph..")
                .layer("render").definedBy("org.entitas.render..")
                .layer("spark").definedBy("org.entitas.spark..")
                .layer("server").definedBy("org.entitas.server..")
                .layer("cli").definedBy("org.entitas.cli..")

                .whereLayer("internal").mayNotAccessAnyLayer()
                .whereLayer("lexicon").mayNotAccessAnyLayer()
                .whereLayer("model.compact").mayOnlyAccessLayers("internal")
                .whereLayer("model").mayOnlyAccessLayers("model.compact", "internal")
                .whereLayer("pipeline").mayOnlyAccessLayers("model", "lexicon", "internal")
                .whereLayer("root").mayOnlyAccessLayers("pipeline", "model", "internal")
                .whereLayer("io").mayOnlyAccessLayers("root", "internal")
                .whereLayer("eval").mayOnlyAccessLayers("root", "io")
                .whereLayer("train").mayOnlyAccessLayers("root", "io", "eval", "pipeline", "model", "lexicon")
                .whereLayer("bulk").mayOnlyAccessLayers("root", "io", "internal")
                .whereLayer("graph").mayOnlyAccessLayers("root", "io", "lexicon", "internal")
                .whereLayer("render").mayOnlyAccessLayers("root", "graph")
                .whereLayer("spark").mayOnlyAccessLayers("root", "io")
                .whereLayer("server").mayOnlyAccessLayers("root", "io", "internal", "render", "model")
                .whereLayer("cli").mayOnlyAccessLayers("root", "io", "eval", "train", "bulk", "graph", "render",
                        "spark", "server", "model", "lexicon");
    }

    /** Each package of the project is a slice of its own, the root package too. */
    private static final SliceAssignment BY_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String pkg = c.getPackageName();
            return pkg.equals("org.entitas") || pkg.startsWith("org.entitas.")
                    ? SliceIdentifier.of(pkg) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the packages of org.entitas";
        }
    };

    private static ArchCondition<JavaCodeUnit> notMentionOpenNlp() {
        return new ArchCondition<>("not mention an OpenNLP type") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                List<JavaType> types = new ArrayList<>(unit.getParameterTypes());
                types.add(unit.getReturnType());
                types.addAll(unit.getExceptionTypes());
                report(unit, unit.getFullName(), types, events);
            }
        };
    }

    private static ArchCondition<JavaField> notHaveAnOpenNlpType() {
        return new ArchCondition<>("not have an OpenNLP type") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                report(field, field.getFullName(), List.of(field.getType()), events);
            }
        };
    }

    private static void report(Object member, String name, List<JavaType> types, ConditionEvents events) {
        for (JavaType type : types) {
            for (JavaClass raw : type.getAllInvolvedRawTypes()) {
                if (raw.getPackageName().startsWith("opennlp.")) {
                    events.add(SimpleConditionEvent.violated(member, name + " mentions " + raw.getName()));
                }
            }
        }
    }
}
