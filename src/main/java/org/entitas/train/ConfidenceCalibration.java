package org.entitas.train;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.entitas.io.ConllDocument;
import org.entitas.io.ConllSentence;
import org.entitas.io.IobSpans;
import org.entitas.model.Calibration;
import org.entitas.model.OpenNlpExtensions;

/**
 * Turns a name finder's raw scores into probabilities that a mention is right. A perceptron's scores are not
 * probabilities (they crowd in a narrow band whatever the model's certainty), so a logistic function
 * ({@link Calibration}) is fitted on held-out documents, where each mention the model finds is labelled right
 * (exact span and type) or wrong. The two numbers are written into the model's manifest
 * ({@value Calibration#SLOPE}, {@value Calibration#INTERCEPT}), where the extractor reads them. Stateless and
 * thread-safe.
 */
public final class ConfidenceCalibration {

    static {
        OpenNlpExtensions.allow();
    }

    private ConfidenceCalibration() {
    }

    /**
     * The fitted function and what it was fitted on. Immutable.
     *
     * @param slope the weight of the raw score
     * @param intercept the bias
     * @param mentions the number of predicted mentions it was fitted on
     * @param right how many of them were right
     */
    public record Fit(double slope, double intercept, int mentions, int right) {
        /** The calibrated probability of a raw score. */
        public double apply(double score) {
            return Calibration.probability(slope, intercept, score);
        }
    }

    /**
     * Fits the calibration of the name finder in {@code model} on gold documents.
     *
     * @throws IllegalArgumentException if the model finds no mention, or only right or only wrong ones
     */
    public static Fit fit(Path model, List<ConllDocument> gold, Set<String> labels) throws IOException {
        NameFinderME finder = new NameFinderME(new TokenNameFinderModel(model));
        List<double[]> points = new ArrayList<>();
        for (ConllDocument d : gold) {
            for (ConllSentence s : d.sentences()) {
                if (s.tokens().isEmpty()) {
                    continue;
                }
                Set<IobSpans.TokenSpan> right = new HashSet<>(IobSpans.of(s.tags(), labels));
                Span[] found = finder.find(s.tokens().toArray(new String[0]));
                double[] probs = finder.probs(found);
                for (int i = 0; i < found.length; i++) {
                    Span f = found[i];
                    boolean ok = right.contains(new IobSpans.TokenSpan(f.getStart(), f.getEnd(), f.getType()));
                    points.add(new double[] {probs[i], ok ? 1 : 0});
                }
            }
            finder.clearAdaptiveData();
        }
        int rightCount = (int) points.stream().filter(p -> p[1] == 1).count();
        if (points.isEmpty() || rightCount == 0 || rightCount == points.size()) {
            throw new IllegalArgumentException("cannot calibrate on " + points.size() + " mentions of which "
                    + rightCount + " are right: need both right and wrong ones");
        }
        double[] ab = logistic(points);
        return new Fit(ab[0], ab[1], points.size(), rightCount);
    }

    /** One-feature logistic regression by Newton's method, with a little L2 on the slope for stability. */
    static double[] logistic(List<double[]> points) {
        double a = 0;
        double b = 0;
        double lambda = 1e-3;
        for (int iter = 0; iter < 100; iter++) {
            double ga = lambda * a;
            double gb = 0;
            double haa = lambda;
            double hab = 0;
            double hbb = 1e-9;
            for (double[] p : points) {
                double q = 1 / (1 + Math.exp(-(a * p[0] + b)));
                double w = q * (1 - q);
                ga += (q - p[1]) * p[0];
                gb += q - p[1];
                haa += w * p[0] * p[0];
                hab += w * p[0];
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) < 1e-9 && Math.abs(db) < 1e-9) {
                break;
            }
        }
        return new double[] {a, b};
    }

    /** Writes {@code fit} into the manifest of the model file, in place. */
    public static void write(Path model, Fit fit) throws IOException {
        requireNonNull(fit, "fit must not be null");
        Path tmp = Files.createTempFile(model.toAbsolutePath().getParent(), "calibrating", ".bin");
        try (InputStream in = Files.newInputStream(model); ZipInputStream zin = new ZipInputStream(in);
                OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zout = new ZipOutputStream(out)) {
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                byte[] bytes = zin.readAllBytes();
                if (e.getName().equals("manifest.properties")) {
                    Properties p = new Properties();
                    p.load(new ByteArrayInputStream(bytes));
                    p.setProperty(Calibration.SLOPE, String.format(Locale.ROOT, "%.6f", fit.slope()));
                    p.setProperty(Calibration.INTERCEPT, String.format(Locale.ROOT, "%.6f", fit.intercept()));
                    ByteArrayOutputStream buf = new ByteArrayOutputStream();
                    p.store(buf, null);
                    bytes = buf.toByteArray();
                }
                zout.putNextEntry(new ZipEntry(e.getName()));
                zout.write(bytes);
                zout.closeEntry();
            }
        }
        Files.move(tmp, model, StandardCopyOption.REPLACE_EXISTING);
    }
}
