package org.entitas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.entitas.EntityType.LOCATION;
import static org.entitas.EntityType.ORGANIZATION;
import static org.entitas.EntityType.PERSON;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The bundled Indonesian models, through the public API. */
class EntityExtractorTest {

    private static final String KIM = "Pemimpin Korea Utara Kim Jong Un menerima Wakil Menteri Pertahanan Rusia "
            + "Aleksey Krivoruchko di Pyongyang, sementara NATO dan Gedung Putih menyatakan keprihatinan.";

    private final EntityExtractor ner = EntityExtractor.indonesian();

    @Test
    void findsPersonsLocationsAndOrganizationsWithOffsets() {
        List<Mention> found = ner.extract(KIM);

        assertThat(found).extracting(Mention::type, Mention::text, Mention::start, Mention::end).contains(
                tuple(LOCATION, "Korea Utara", 9, 20),
                tuple(PERSON, "Kim Jong Un", 21, 32),
                tuple(LOCATION, "Rusia", 67, 72),
                tuple(PERSON, "Aleksey Krivoruchko", 73, 92),
                tuple(LOCATION, "Pyongyang", 96, 105),
                tuple(ORGANIZATION, "NATO", 117, 121));
        for (Mention m : found) {
            assertThat(KIM.substring(m.start(), m.end())).isEqualTo(m.text());
            assertThat(m.confidence()).isBetween(0.0, 1.0);
            assertThat(m.sentence()).isZero();
        }
    }

    @Test
    void offsetsPointIntoTheOriginalTextAcrossLinesAndSentences() {
        String text = "  Baca Juga: Presiden Joko Widodo tiba di Surabaya\n\nSURABAYA, KOMPAS.com - "
                + "Gubernur Jawa Timur Khofifah Indar Parawansa menyambut Presiden Joko Widodo. "
                + "Jokowi lalu menuju Sidoarjo.";
        List<Mention> found = ner.extract(text);
        assertThat(found).isNotEmpty();
        for (Mention m : found) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
        assertThat(found).extracting(Mention::sentence).isSorted();
        assertThat(found.get(found.size() - 1).sentence()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void emptyAndBlankTextGiveNoMentions() {
        assertThat(ner.extract("")).isEmpty();
        assertThat(ner.extract(" \n\t ")).isEmpty();
        assertThat(ner.extract(".,;")).isEmpty();
    }

    @Test
    void nullTextIsRejectedByName() {
        assertThatThrownBy(() -> ner.extract((String) null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("text must not be null");
        assertThatThrownBy(() -> ner.extract((Document) null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("document");
    }

    @Test
    void namesNeverStartOrEndWithSymbols() {
        String text = "Presiden Joko Widodo \uD83C\uDDEE\uD83C\uDDE9 tiba di Bandung. "
                + "\uD83D\uDE00".repeat(500);
        assertThat(ner.extract(text)).allSatisfy(m -> {
            assertThat(Character.isLetterOrDigit(m.text().codePointAt(0))).as(m.text()).isTrue();
            assertThat(Character.isLetterOrDigit(m.text().codePointBefore(m.text().length()))).as(m.text()).isTrue();
        });
    }

    @Test
    void aMentionKeepsNoEmojiAndNoHalfOfAFlagWrittenAgainstIt() {
        List<Mention> found = ner.extract("Presiden Joko Widodo\uD83C\uDDEE\uD83C\uDDE9 bertemu Anies"
                + " Baswedan\uD83D\uDE00 di Jakarta.");
        assertThat(found).extracting(Mention::text).contains("Joko Widodo", "Anies Baswedan")
                .allSatisfy(t -> assertThat(t.codePoints().allMatch(c -> Character.isLetterOrDigit(c)
                        || Character.isWhitespace(c) || c == '.' || c == '-')).as(t).isTrue());
    }

    @Test
    void offsetsSurviveCrlfAndCharactersOutsideTheBasicPlane() {
        String text = "\uD83D\uDCE2 Berita\r\nGubernur Jawa Barat tiba di Bandung.\r\nIa bertemu Presiden Joko Widodo.";
        assertThat(ner.extract(text)).isNotEmpty()
                .allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
    }

    @Test
    void typesTheModelLacksAreRejectedByName() {
        assertThatThrownBy(() -> EntityExtractor.builder().types(EntityType.of("PRODUCT")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PRODUCT");
    }

    @Test
    void anInterruptedThreadStopsTaggingSoThatATimeLimitFreesItsWorker() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> ner.extract(Document.of("d", KIM)))
                    .isInstanceOf(CancellationException.class)
                    .hasMessageContaining("cancelled");
        } finally {
            Thread.interrupted();
        }
        assertThat(ner.extract(Document.of("d", KIM)).mentions()).isNotEmpty();
    }

    @Test
    void documentCallKeepsTheId() {
        TaggedDocument d = ner.extract(Document.of("berita-1", KIM));
        assertThat(d.id()).isEqualTo("berita-1");
        assertThat(d.mentions()).isEqualTo(ner.extract(KIM));
    }

    @Test
    void builderFiltersTypesAndConfidence() throws IOException {
        EntityExtractor people = EntityExtractor.builder().types(PERSON).minConfidence(0.3).build();
        assertThat(people.extract(KIM)).isNotEmpty().allSatisfy(m -> {
            assertThat(m.type()).isEqualTo(PERSON);
            assertThat(m.confidence()).isGreaterThanOrEqualTo(0.3);
        });
        assertThatThrownBy(() -> EntityExtractor.builder().minConfidence(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
    }

    @Test
    void aPreTokenizedDocumentGetsTheMinimumConfidenceAndTypesOfText() {
        List<Double> confidences = ner.extract(KIM).stream().map(Mention::confidence).sorted().toList();
        double threshold = confidences.get(confidences.size() / 2);
        EntityExtractor strict = EntityExtractor.builder().types(PERSON, LOCATION).minConfidence(threshold).build();
        List<List<String>> tokens = strict.tokenize(KIM).stream()
                .map(s -> s.tokens().stream().map(Token::text).toList()).toList();

        List<Mention> fromTokens = strict.extract(new TokenizedDocument("d", tokens)).mentions();
        List<Mention> fromText = strict.extract(Document.of("d", KIM)).mentions();

        assertThat(fromTokens).isNotEmpty().allSatisfy(m -> assertThat(m.confidence()).isGreaterThanOrEqualTo(threshold))
                .extracting(Mention::type, Mention::text, Mention::confidence)
                .containsExactlyElementsOf(fromText.stream()
                        .map(m -> tuple(m.type(), m.text(), m.confidence())).toList());
        assertThat(fromTokens.size()).isLessThan(ner.extract(KIM).size());
    }

    @Test
    void aPreTokenizedDocumentStartingWithAnEmptySentenceHasOffsetsIntoItsText() {
        TaggedDocument d = ner.extract(new TokenizedDocument("d", List.of(List.of(),
                List.of("Presiden", "Joko", "Widodo", "tiba", "di", "Surabaya", "."))));

        assertThat(d.text()).startsWith("\nPresiden Joko Widodo");
        assertThat(d.sentences()).extracting(Sentence::start, Sentence::end).first().isEqualTo(tuple(0, 0));
        assertThat(d.mentions()).isNotEmpty()
                .allSatisfy(m -> assertThat(d.text().substring(m.start(), m.end())).isEqualTo(m.text()));
    }

    @Test
    void eightThreadsSharingOneExtractorGiveTheSequentialResults() throws Exception {
        List<String> texts = new ArrayList<>();
        for (Path p : corpusFiles()) {
            texts.add(Files.readString(p));
        }
        texts.add(KIM);
        List<List<Mention>> sequential = new ArrayList<>();
        for (String t : texts) {
            sequential.add(ner.extract(t));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Mention>>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String t : texts) {
                    futures.add(pool.submit(() -> ner.extract(t)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % texts.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void extractAllKeepsInputOrderAndMatchesOneByOne() throws Exception {
        List<Document> docs = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (Path p : corpusFiles()) {
                docs.add(Document.of(round + "/" + p.getFileName(), Files.readString(p)));
            }
        }
        List<Result> parallel;
        try (var s = ner.extractAll(docs.stream(), 3)) {
            parallel = s.toList();
        }
        assertThat(parallel).extracting(Result::id).containsExactlyElementsOf(
                docs.stream().map(Document::id).toList());
        for (int i = 0; i < docs.size(); i++) {
            assertThat(parallel.get(i)).isEqualTo(ner.extract(docs.get(i)));
        }
    }

    @Test
    void tokenizeGivesTheSentencesThatMentionsCount() {
        String text = "Presiden Rusia Vladimir Putin tiba.\nIa disambut di Pyongyang.";
        List<Sentence> sentences = ner.tokenize(text);
        assertThat(sentences).hasSize(2);
        assertThat(sentences.get(1).tokens()).extracting(Token::text)
                .containsExactly("Ia", "disambut", "di", "Pyongyang", ".");
        assertThat(sentences.get(1).text(text)).isEqualTo("Ia disambut di Pyongyang.");
        for (Mention m : ner.extract(text)) {
            assertThat(sentences.get(m.sentence()).tokens()).anySatisfy(t -> assertThat(t.start()).isEqualTo(m.start()));
        }
        assertThat(ner.extract(Document.of("d", text)).sentences()).isEqualTo(sentences);
    }

    @Test
    @Timeout(180)
    void tenMegabyteDocumentIsProcessed() {
        StringBuilder sb = new StringBuilder(10_500_000);
        String paragraph = KIM + " Presiden Prabowo Subianto bertemu Menteri Keuangan Sri Mulyani di Jakarta.\n";
        while (sb.length() < 10_000_000) {
            sb.append(paragraph);
        }
        String text = sb.toString();
        List<Mention> found = ner.extract(text);
        int paragraphs = text.length() / paragraph.length();
        assertThat(found.size()).isGreaterThan(paragraphs * 4);
        Mention last = found.get(found.size() - 1);
        assertThat(text.substring(last.start(), last.end())).isEqualTo(last.text());
    }

    @Test
    void oneLineWithoutBreaksIsCutAndStillTagged() {
        String text = (KIM.replace(".", "") + " dan ").repeat(3_000);
        List<Mention> found = ner.extract(text);
        assertThat(found).isNotEmpty();
        assertThat(found).allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
    }

    static List<Path> corpusFiles() throws IOException {
        try (var s = Files.list(Path.of("test-corpus"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
