package org.entitas.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The plain OpenNLP pipeline that {@code src/bench/whole-process.sh} runs beside {@code entitas tag}: only
 * OpenNLP's own {@link SentenceDetectorME}, {@link TokenizerME} and {@link NameFinderME}, no entitas class,
 * reading text files and writing one JSON line per document ({@code id}, {@code entities} with text, type,
 * character offsets, sentence and probability), in input order. Each line of a document is given to the
 * sentence detector on its own (entitas also breaks sentences at line breaks); each worker thread owns one
 * sentence detector, tokenizer and name finder over the shared models and clears the name finder's adaptive
 * data after each document.
 *
 * <p>Usage: {@code java -cp CLASSPATH org.entitas.bench.PlainPipeline SENT TOKEN NER THREADS [FILE|DIR|-]...};
 * {@code -} or no input reads standard input. Meant to run with only opennlp-tools and its SLF4J on the class
 * path; it is test code and never enters the library jar.
 */
public final class PlainPipeline {

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final TokenNameFinderModel nameModel;
    private final ThreadLocal<Worker> workers = ThreadLocal.withInitial(this::newWorker);

    PlainPipeline(Path sent, Path token, Path ner) throws IOException {
        sentenceModel = new SentenceModel(sent);
        tokenizerModel = new TokenizerModel(token);
        nameModel = new TokenNameFinderModel(ner);
    }

    /** One thread's OpenNLP instances (none of them is thread-safe). */
    private record Worker(SentenceDetectorME sentences, TokenizerME tokens, NameFinderME names) {
    }

    private Worker newWorker() {
        return new Worker(new SentenceDetectorME(sentenceModel), new TokenizerME(tokenizerModel),
                new NameFinderME(nameModel));
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: PlainPipeline SENT TOKEN NER THREADS [FILE|DIR|-]...");
            System.exit(2);
        }
        PlainPipeline pipeline = new PlainPipeline(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
        int threads = Integer.parseInt(args[3]);
        List<Path> files = new ArrayList<>();
        for (int i = 4; i < args.length; i++) {
            Path p = Path.of(args[i]);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        if (files.isEmpty()) {
            files.add(Path.of("-"));
        }
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        if (threads == 1) {
            for (Path f : files) {
                out.write(pipeline.tag(f));
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            ArrayDeque<Future<String>> pending = new ArrayDeque<>();
            try {
                for (Path f : files) {
                    pending.add(pool.submit(() -> pipeline.tag(f)));
                    if (pending.size() >= 4 * threads) {
                        out.write(pending.poll().get());
                    }
                }
                while (!pending.isEmpty()) {
                    out.write(pending.poll().get());
                }
            } catch (ExecutionException e) {
                throw new IOException(e.getCause());
            } finally {
                pool.shutdown();
            }
        }
        out.flush();
    }

    /** One document's JSON line. */
    private String tag(Path file) throws IOException {
        boolean stdin = file.toString().equals("-");
        String text = new String(stdin ? System.in.readAllBytes() : Files.readAllBytes(file),
                StandardCharsets.UTF_8);
        return tag(stdin ? "-" : file.toString(), text);
    }

    /** One document's JSON line, tagged with this thread's OpenNLP instances. */
    String tag(String id, String text) {
        Worker w = workers.get();
        StringBuilder json = new StringBuilder(256).append("{\"id\":");
        quote(json, id).append(",\"entities\":[");
        int sentence = 0;
        boolean first = true;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            for (Span s : w.sentences().sentPosDetect(line)) {
                String sent = s.getCoveredText(line).toString();
                Span[] tokenSpans = w.tokens().tokenizePos(sent);
                String[] tokens = Span.spansToStrings(tokenSpans, sent);
                for (Span name : w.names().find(tokens)) {
                    int start = lineStart + s.getStart() + tokenSpans[name.getStart()].getStart();
                    int end = lineStart + s.getStart() + tokenSpans[name.getEnd() - 1].getEnd();
                    if (!first) {
                        json.append(',');
                    }
                    first = false;
                    json.append("{\"text\":");
                    quote(json, text.substring(start, end)).append(",\"type\":\"").append(name.getType())
                            .append("\",\"start\":").append(start).append(",\"end\":").append(end)
                            .append(",\"sentence\":").append(sentence).append(",\"confidence\":")
                            .append(Math.round(name.getProb() * 1000) / 1000.0).append('}');
                }
                sentence++;
            }
            lineStart = lineEnd + 1;
        }
        w.names().clearAdaptiveData();
        return json.append("]}\n").toString();
    }

    private static StringBuilder quote(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"');
    }
}
