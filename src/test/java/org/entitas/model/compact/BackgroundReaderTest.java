package org.entitas.model.compact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.entitas.internal.Background;
import org.entitas.model.OpenNlpExtensions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The name finder model reads its gazetteer and word clusters on threads of their own: once loaded, every entry
 * is what OpenNLP itself reads, and a damaged entry fails the load with its reader's message.
 */
class BackgroundReaderTest {

    @BeforeAll
    static void allow() {
        OpenNlpExtensions.allow();
    }

    @Test
    void everyEntryIsInPlaceAndOfTheClassOpenNlpReads() throws Exception {
        TokenNameFinderModel plain;
        try (InputStream in = TestCorpusText.bundledModel("id-ner.bin")) {
            plain = new TokenNameFinderModel(in);
        }
        TokenNameFinderModel compact = CompactModels.nameFinderModel(TestCorpusText.bundledNameFinderWith("", data -> data));
        List<String> names = entryNames();
        assertThat(names).contains("gazetteer.gaz", "clusters-0.clusters", "clusters-1.clusters");
        for (String name : names) {
            Object read = compact.getArtifact(name);
            assertThat(read).as(name).isNotNull().isNotInstanceOf(Background.class);
            if (!name.equals(CompactNameFinderModel.CLASSIFIER_ENTRY)) {
                assertThat(read.getClass()).as(name).isEqualTo(((Object) plain.getArtifact(name)).getClass());
            }
        }
        // the manifest keeps what tagging reads from it
        assertThat(compact.getManifestProperty("BeamSize")).isEqualTo(plain.getManifestProperty("BeamSize"));
        assertThat(compact.getManifestProperty("entitas-confidence-slope"))
                .isEqualTo(plain.getManifestProperty("entitas-confidence-slope"));
    }

    @Test
    void aDamagedClusterFileFailsTheLoadWithTheLineThatIsWrong() {
        byte[] bad = "kata c1\nsatu dua tiga empat\n".getBytes(StandardCharsets.UTF_8);
        byte[] padded = pad(bad);
        int badLine = PADDING_LINES + 2;
        assertThatThrownBy(() -> CompactModels.nameFinderModel(TestCorpusText.bundledNameFinderWith("clusters-1.clusters", data -> padded)))
                .isInstanceOf(IOException.class)
                .hasMessage("word clusters in model, line " + badLine
                        + ": expected 'word cluster', got 'satu dua tiga empat'");
    }

    @Test
    void aCutGazetteerFailsTheLoadSayingSo() {
        assertThatThrownBy(() -> CompactModels.nameFinderModel(TestCorpusText.bundledNameFinderWith("gazetteer.gaz",
                data -> Arrays.copyOf(data, data.length / 2))))
                .isInstanceOf(IOException.class)
                .hasMessage("gazetteer in model: binary gazetteer ends early");
    }

    private static final String PADDING_LINE = "kata c1\n";

    /** Enough lines to make an entry that is read in the background. */
    private static final int PADDING_LINES = BackgroundReader.MIN_BYTES / PADDING_LINE.length() + 1;

    /** Valid cluster lines before {@code bad}, so that the entry is large enough to be read in the background. */
    private static byte[] pad(byte[] bad) {
        byte[] padding = PADDING_LINE.repeat(PADDING_LINES).getBytes(StandardCharsets.UTF_8);
        byte[] out = Arrays.copyOf(padding, padding.length + bad.length);
        System.arraycopy(bad, 0, out, padding.length, bad.length);
        return out;
    }

    private static List<String> entryNames() throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(TestCorpusText.bundledModel("id-ner.bin"))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
