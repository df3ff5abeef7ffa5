package org.entitas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import org.entitas.EntityExtractor;
import org.entitas.EntityType;
import org.entitas.eval.NameFinderEvaluation;
import org.entitas.eval.Score;
import org.entitas.io.ConllDocument;
import org.entitas.io.ConllReader;
import org.entitas.io.UdReader;
import org.entitas.io.UdSentence;
import org.entitas.train.Algorithm;
import org.entitas.train.CasingClasses;
import org.entitas.train.Choice;
import org.entitas.train.Codec;
import org.entitas.train.ConfidenceCalibration;
import org.entitas.train.FeatureSet;
import org.entitas.train.NameClasses;
import org.entitas.train.NameFinderTraining;
import org.entitas.train.NerRecipe;
import org.entitas.train.SentenceTraining;
import org.entitas.train.SilverData;
import org.entitas.train.TokenTraining;
import org.entitas.train.TrainingResources;
import org.entitas.train.WordClustering;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code entitas train sentence|token|ner|clusters|casing|silver}: trains a model (or word clusters, or the
 * casing classes of words, or tags unlabeled text for self-training) and, given held-back data, reports its scores.
 */
@Command(name = "train", description = "Trains a sentence, token or name finder model; writes word clusters, "
        + "casing or name classes, or silver training data.",
        mixinStandardHelpOptions = true,
        subcommands = {TrainCommand.Sentence.class, TrainCommand.Token.class, TrainCommand.Ner.class,
                TrainCommand.Clusters.class, TrainCommand.Casing.class, TrainCommand.Silver.class,
                TrainCommand.NameClassesCommand.class})
final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.USAGE;
    }

    static List<UdSentence> readUd(List<Path> files) throws IOException {
        List<UdSentence> out = new ArrayList<>();
        for (Path f : files) {
            out.addAll(UdReader.read(f));
        }
        return out;
    }

    /** The options and steps that training the sentence detector and the tokenizer share. */
    abstract static class UdModel implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--train", required = true, split = ",", description = "CoNLL-U files to train on.")
        List<Path> train;
        @Option(names = "--eval", split = ",", description = "Held-back CoNLL-U files to report scores on.")
        List<Path> eval = List.of();
        @Option(names = "--out", required = true, description = "Model file to write.")
        Path out;
        @Option(names = "--iterations", defaultValue = "100")
        int iterations;
        @Option(names = "--cutoff", defaultValue = "5")
        int cutoff;

        abstract String what();

        abstract void train(List<UdSentence> sentences) throws IOException;

        abstract Score evaluate(List<UdSentence> sentences) throws IOException;

        @Override
        public Integer call() throws IOException {
            PrintWriter w = spec.commandLine().getOut();
            FileArguments.readable("--train", train, "a CoNLL-U file");
            FileArguments.readable("--eval", eval, "a CoNLL-U file");
            FileArguments.writable("--out", out);
            OwnFiles.notAnInput(spec.commandLine(), "--out", out, "--train", train);
            OwnFiles.notAnInput(spec.commandLine(), "--out", out, "--eval", eval);
            List<UdSentence> sentences = readUd(train);
            train(sentences);
            w.printf("%s model: %s (%d training sentences)%n", what(), out, sentences.size());
            if (!eval.isEmpty()) {
                w.printf("%s on %s: %s%n", what(), eval, evaluate(readUd(eval)));
            }
            return Main.OK;
        }
    }

    @Command(name = "sentence", mixinStandardHelpOptions = true,
            description = "Trains the sentence detector on CoNLL-U treebanks (the '# text =' lines).")
    static final class Sentence extends UdModel {
        @Override
        String what() {
            return "sentence";
        }

        @Override
        void train(List<UdSentence> sentences) throws IOException {
            SentenceTraining.train(sentences, iterations, cutoff, out);
        }

        @Override
        Score evaluate(List<UdSentence> sentences) throws IOException {
            return SentenceTraining.evaluate(out, sentences);
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true,
            description = "Trains the tokenizer on CoNLL-U treebanks (raw text and surface tokens).")
    static final class Token extends UdModel {
        @Override
        String what() {
            return "token";
        }

        @Override
        void train(List<UdSentence> sentences) throws IOException {
            TokenTraining.train(sentences, iterations, cutoff, out);
        }

        @Override
        Score evaluate(List<UdSentence> sentences) throws IOException {
            return TokenTraining.evaluate(out, sentences);
        }
    }

    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = "Trains the name finder on CoNLL-style files (token<TAB>tag, IOB2).")
    static final class Ner implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--train", required = true, split = ",", description = "CoNLL files to train on.")
        List<Path> train;
        @Option(names = "--dev", split = ",", description = "CoNLL files to report scores on, one by one.")
        List<Path> dev = List.of();
        @Option(names = "--out", required = true, description = "Model file to write.")
        Path out;
        @Option(names = "--recipe", defaultValue = "entitas", converter = Recipes.class,
                completionCandidates = Recipes.class, description = "Named recipe: ${COMPLETION-CANDIDATES}.")
        NerRecipe recipe;
        @Option(names = "--gazetteers", description = "Directory with person.txt, place.txt, organization.txt, "
                + "one name a line. Without it a recipe's gazetteer features are trained on no names (off); "
                + "the recipe's other features are kept.")
        Path gazetteers;
        @Option(names = "--gazetteer-casing",
                description = "Unlabeled tokenized text; one-word gazetteer names mostly written lower case there are dropped.")
        Path gazetteerCasing;
        @Option(names = "--types", split = ",",
                description = "Entity labels to learn, e.g. PER,LOC or PRODUCT; others become O "
                        + "(default: every label of the --train files).")
        List<String> types;
        @Option(names = "--algorithm", converter = Algorithms.class, completionCandidates = Algorithms.class,
                description = "Override the recipe's algorithm: ${COMPLETION-CANDIDATES}.")
        Algorithm algorithm;
        @Option(names = "--iterations", description = "Override the recipe's iterations.")
        Integer iterations;
        @Option(names = "--cutoff", description = "Override the recipe's cutoff.")
        Integer cutoff;
        @Option(names = "--features", converter = FeatureSets.class, completionCandidates = FeatureSets.class,
                description = "Override the recipe's features: ${COMPLETION-CANDIDATES}.")
        FeatureSet features;
        @Option(names = "--codec", converter = Codecs.class, completionCandidates = Codecs.class,
                description = "Override the recipe's codec: ${COMPLETION-CANDIDATES}.")
        Codec codec;
        @Option(names = "--case-copies", negatable = true,
                description = "Override the recipe: also train on lower- and upper-case copies of every sentence.")
        Boolean caseCopies;
        @Option(names = "--orders", description = "Override the recipe: train this many perceptrons, each on the "
                + "sentences in another order, and average their weights into one model.")
        Integer orders;
        @Option(names = "--order-seed", description = "Train on other sentence orders: 0 (default) keeps the first "
                + "order as given and shuffles the others with fixed seeds; another number shuffles every order (within "
                + "each --train file) with seeds of its own, to measure how much a score owes to the order.")
        Long orderSeed;
        @Option(names = "--beam-size", description = "Override the recipe's beam size for tagging (1: greedy).")
        Integer beamSize;
        @Option(names = "--clusters", split = ",",
                description = "Word cluster files (from 'train clusters') whose clusters become features.")
        List<Path> clusters = List.of();
        @Option(names = "--calibrate", description = "Fit the confidence calibration on the --dev files.")
        boolean calibrate;
        @Option(names = "--world-gazetteers", description = "Directory of the world lists (places-indonesia.tsv, "
                + "places-world.tsv, countries-id.tsv, persons-world.tsv, organizations-world.tsv) that recipe "
                + "entitas4 adds to the gazetteer as typed names.")
        Path world;
        @Option(names = "--world-casing", split = ",", description = "Unlabeled text (as 'train clusters --text' "
                + "reads it); one-word names of the world lists mostly written lower case there are left out.")
        List<Path> worldCasing = List.of();

        @Override
        public Integer call() throws IOException {
            PrintWriter w = spec.commandLine().getOut();
            NerRecipe r = recipe();
            Set<EntityType> typeSet = new LinkedHashSet<>();
            try {
                for (String t : types == null ? List.<String>of() : types) {
                    typeSet.add(EntityType.fromLabel(t));
                }
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--types: " + e.getMessage());
            }
            TrainingResources resources;
            try {
                resources = new TrainingResources(Optional.ofNullable(gazetteers), Optional.ofNullable(gazetteerCasing),
                        clusters, Optional.ofNullable(world), worldCasing);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--gazetteer-casing: " + e.getMessage());
            }
            FileArguments.readable("--train", train, "a CoNLL file (token<TAB>tag)");
            FileArguments.readable("--dev", dev, "a CoNLL file (token<TAB>tag)");
            FileArguments.readable("--clusters", clusters, "a file of 'word cluster' lines");
            FileArguments.readable("--world-casing", worldCasing, "a text or CoNLL file");
            FileArguments.writable("--out", out);
            OwnFiles.notAnInput(spec.commandLine(), "--out", out, "--train", train);
            OwnFiles.notAnInput(spec.commandLine(), "--out", out, "--dev", dev);
            OwnFiles.notAnInput(spec.commandLine(), "--out", out, "--clusters", clusters);
            OwnFiles.notAnInput(spec.commandLine(), "--out", out, "--gazetteer-casing",
                    gazetteerCasing == null ? List.of() : List.of(gazetteerCasing));
            if (gazetteers != null && Files.isDirectory(gazetteers)) {
                try (Stream<Path> lists = Files.list(gazetteers)) {
                    OwnFiles.notAnInput(spec.commandLine(), "--out", out, "--gazetteers", lists.toList());
                }
            }
            List<ConllDocument> docs = new ArrayList<>();
            for (Path f : train) {
                docs.addAll(ConllReader.readAll(f, true));
            }
            if (typeSet.isEmpty()) {
                typeSet.addAll(NameFinderTraining.typesIn(docs));
            }
            Set<String> tags = new TreeSet<>();
            docs.forEach(d -> d.tags().forEach(tags::addAll));
            if (tags.size() == 1) {
                // OpenNLP would say only "Training data must contain more than one outcome"
                throw new ParameterException(spec.commandLine(), "--train " + train + ": every token has the tag "
                        + tags.iterator().next() + "; a name finder learns from tokens inside and outside names"
                        + " (token<TAB>tag lines, IOB2 tags such as B-PER, I-PER and O)");
            }
            long start = System.nanoTime();
            NameFinderTraining.train(docs, typeSet, r, resources, out);
            w.printf("name finder: %s, recipe %s, types %s%s, trained on %s in %.0f s%n", out, r,
                    typeSet.stream().map(EntityType::label).toList(),
                    r.features().usesGazetteer() && gazetteers == null ? ", no gazetteer" : "", train,
                    (System.nanoTime() - start) / 1e9);
            if (calibrate) {
                if (dev.isEmpty()) {
                    throw new ParameterException(spec.commandLine(), "--calibrate needs --dev files");
                }
                List<ConllDocument> devDocs = new ArrayList<>();
                for (Path d : dev) {
                    devDocs.addAll(ConllReader.readAll(d, true));
                }
                Set<String> labels = new LinkedHashSet<>();
                typeSet.forEach(t -> labels.add(t.label()));
                ConfidenceCalibration.Fit fit = ConfidenceCalibration.fit(out, devDocs, labels);
                ConfidenceCalibration.write(out, fit);
                w.printf(Locale.ROOT, "confidence calibration on %d dev mentions (%d right): slope %.4f, intercept %.4f%n",
                        fit.mentions(), fit.right(), fit.slope(), fit.intercept());
            }
            if (!dev.isEmpty()) {
                EntityExtractor ex = EntityExtractor.builder().nameFinder(out).types(typeSet).build();
                for (Path d : dev) {
                    EvaluateCommand.print(w, d.toString(), NameFinderEvaluation.evaluate(ex, ConllReader.readAll(d, true)));
                }
            }
            return Main.OK;
        }

        /** The recipe with the options that override it; a number out of range is a usage error. */
        private NerRecipe recipe() {
            try {
                NerRecipe r = recipe;
                if (orders != null) {
                    r = r.withOrders(orders);
                }
                if (orderSeed != null) {
                    r = r.withOrderSeed(orderSeed);
                }
                if (algorithm != null) {
                    r = r.withAlgorithm(algorithm);
                }
                if (iterations != null) {
                    r = r.withIterations(iterations);
                }
                if (cutoff != null) {
                    r = r.withCutoff(cutoff);
                }
                if (features != null) {
                    r = r.withFeatures(features);
                }
                if (codec != null) {
                    r = r.withCodec(codec);
                }
                if (caseCopies != null) {
                    r = r.withCaseCopies(caseCopies);
                }
                if (beamSize != null) {
                    r = r.withBeamSize(beamSize);
                }
                return r;
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
    }

    /** The text a word class file is learnt from and the file it goes to: the options of clusters and casing. */
    static final class TextToClasses {
        @Option(names = "--text", required = true, split = ",",
                description = "Tokenized text, one sentence a line; gzipped raw text (.gz), one text a line; or CoNLL .tsv files (first column).")
        List<Path> text;
        @Option(names = "--out", required = true, description = "Cluster file to write (word class lines).")
        Path out;

        /** The sentences of the text, once the files are checked. */
        List<String[]> sentences(CommandSpec spec) throws IOException {
            FileArguments.readable("--text", text, "a text or CoNLL file");
            FileArguments.writable("--out", out);
            OwnFiles.notAnInput(spec.commandLine(), "--out", out, "--text", text);
            return WordClustering.readSentences(text);
        }
    }

    @Command(name = "clusters", mixinStandardHelpOptions = true,
            description = "Clusters the lower-cased words of tokenized text (exchange algorithm) for --clusters.")
    static final class Clusters implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        TextToClasses files;
        @Option(names = "--classes", defaultValue = "256", description = "Number of classes (default: ${DEFAULT-VALUE}).")
        int classes;
        @Option(names = "--min-count", defaultValue = "2",
                description = "Words seen fewer times are left out (default: ${DEFAULT-VALUE}).")
        int minCount;
        @Option(names = "--passes", defaultValue = "20", description = "Most passes (default: ${DEFAULT-VALUE}).")
        int passes;

        @Override
        public Integer call() throws IOException {
            long start = System.nanoTime();
            List<String[]> sentences = files.sentences(spec);
            Path out = files.out;
            Map<String, Integer> clusters;
            try {
                clusters = WordClustering.cluster(sentences, classes, minCount, passes);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            WordClustering.write(clusters, out);
            spec.commandLine().getOut().printf(Locale.ROOT, "clusters: %s, %d words in %d classes from %d sentences in %.0f s%n",
                    out, clusters.size(), classes, sentences.size(), (System.nanoTime() - start) / 1e9);
            return Main.OK;
        }
    }

    @Command(name = "casing", mixinStandardHelpOptions = true,
            description = "Writes how each word is usually written (share capitalised, acronym) in unlabeled text, "
                    + "as a cluster file for --clusters.")
    static final class Casing implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        TextToClasses files;
        @Option(names = "--min-count", defaultValue = "3",
                description = "Words seen fewer times (first words of sentences aside) are left out (default: ${DEFAULT-VALUE}).")
        int minCount;

        @Override
        public Integer call() throws IOException {
            long start = System.nanoTime();
            List<String[]> sentences = files.sentences(spec);
            Path out = files.out;
            Map<String, String> classes;
            try {
                classes = CasingClasses.classes(sentences, minCount);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            CasingClasses.write(classes, out);
            spec.commandLine().getOut().printf(Locale.ROOT, "casing: %s, %d words from %d sentences in %.0f s%n",
                    out, classes.size(), sentences.size(), (System.nanoTime() - start) / 1e9);
            return Main.OK;
        }
    }

    /** The options of the commands that tag unlabeled text with a name finder ({@code silver}, {@code name-classes}). */
    static final class UnlabeledText {
        @Option(names = "--text", required = true, split = ",",
                description = "Unlabeled text, one text a line; gzipped when the name ends in .gz.")
        List<Path> text;
        @Option(names = "--ner-model", description = "Name finder to tag with (default: the bundled one).")
        Path nerModel;

        /** The extractor to tag with, once the text files, the model and {@code out} are checked. */
        EntityExtractor extractor(CommandSpec spec, Path out) throws IOException {
            FileArguments.readable("--text", text, "a text file");
            FileArguments.writable("--out", out);
            OwnFiles.notAnInput(spec.commandLine(), "--out", out, "--text", text);
            EntityExtractor.Builder b = EntityExtractor.builder();
            if (nerModel != null) {
                FileArguments.readable("--ner-model", List.of(nerModel), "a name finder model");
                b.nameFinder(nerModel);
            }
            return b.build();
        }
    }

    @Command(name = "name-classes", mixinStandardHelpOptions = true,
            description = "Tags unlabeled text and writes what kind of name each word is usually part of there "
                    + "(sPER4: nearly always in a person's name, ..., sO: hardly ever in a name), as a cluster file "
                    + "for --clusters.")
    static final class NameClassesCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        UnlabeledText input;
        @Option(names = "--min-count", defaultValue = "3",
                description = "Words seen fewer times are left out (default: ${DEFAULT-VALUE}).")
        int minCount;
        @Option(names = "--out", required = true, description = "Cluster file to write (word class lines).")
        Path out;

        @Override
        public Integer call() throws IOException {
            if (minCount < 1) {
                throw new ParameterException(spec.commandLine(), "--min-count must be at least 1: " + minCount);
            }
            EntityExtractor ex = input.extractor(spec, out);
            long start = System.nanoTime();
            NameClasses.Result r = NameClasses.classes(ex, input.text, minCount);
            NameClasses.write(r.classes(), out);
            spec.commandLine().getOut().printf(Locale.ROOT,
                    "name-classes: %s, %d words from %d tokens in %d sentences of %d texts in %.0f s%n", out,
                    r.classes().size(), r.tokens(), r.sentences(), r.texts(), (System.nanoTime() - start) / 1e9);
            return Main.OK;
        }
    }

    @Command(name = "silver", mixinStandardHelpOptions = true,
            description = "Tags unlabeled text and writes the sentences whose names are all confident as CoNLL "
                    + "training data (self-training).")
    static final class Silver implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        UnlabeledText input;
        @Option(names = "--min-confidence", defaultValue = "0.8",
                description = "Least calibrated confidence of every name of a kept sentence (default: "
                        + "${DEFAULT-VALUE}).")
        double minConfidence;
        @Option(names = "--max-sentences", defaultValue = "20000",
                description = "Most sentences written (default: ${DEFAULT-VALUE}).")
        int maxSentences;
        @Option(names = "--out", required = true, description = "CoNLL file to write (token<TAB>tag).")
        Path out;

        @Override
        public Integer call() throws IOException {
            EntityExtractor ex = input.extractor(spec, out);
            long start = System.nanoTime();
            SilverData.Counts c;
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                c = SilverData.write(ex, input.text, minConfidence, maxSentences, w);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            spec.commandLine().getOut().printf(Locale.ROOT,
                    "silver: %s, %d sentences kept of %d in %d texts in %.0f s%n", out, c.kept(), c.sentences(),
                    c.texts(), (System.nanoTime() - start) / 1e9);
            return Main.OK;
        }
    }

    /**
     * Converts an option's value to a recipe or one of its choices, and lists the values it takes for
     * {@code ${COMPLETION-CANDIDATES}}; a value it does not know is a usage error naming the value and the
     * choices.
     */
    abstract static class Labels<T> implements ITypeConverter<T>, Iterable<String> {
        private final List<String> labels;
        private final Function<String, T> parse;

        Labels(List<String> labels, Function<String, T> parse) {
            this.labels = labels;
            this.parse = parse;
        }

        @Override
        public T convert(String value) {
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }

        @Override
        public Iterator<String> iterator() {
            return labels.iterator();
        }
    }

    static final class Recipes extends Labels<NerRecipe> {
        Recipes() {
            super(NerRecipe.NAMES, NerRecipe::named);
        }
    }

    static final class Algorithms extends Labels<Algorithm> {
        Algorithms() {
            super(Choice.labels(Algorithm.class), Algorithm::of);
        }
    }

    static final class FeatureSets extends Labels<FeatureSet> {
        FeatureSets() {
            super(Choice.labels(FeatureSet.class), FeatureSet::of);
        }
    }

    static final class Codecs extends Labels<Codec> {
        Codecs() {
            super(Choice.labels(Codec.class), Codec::of);
        }
    }
}
