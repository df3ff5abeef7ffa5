package org.entitas.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.entitas.pipeline.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorldGazetteersTest {

    /** Writes the five world lists, each a header and the rows given. */
    private static Path lists(Path dir, String countries, String placesId, String placesWorld, String persons,
            String organizations) throws IOException {
        Files.writeString(dir.resolve("countries-id.tsv"), "name\tcode\n" + countries);
        Files.writeString(dir.resolve("places-indonesia.tsv"), "name\tkind\tcode\n" + placesId);
        Files.writeString(dir.resolve("places-world.tsv"), "name\tcountry\tfeature\tpopulation\tgeonames_id\n" + placesWorld);
        Files.writeString(dir.resolve("persons-world.tsv"), "name\toccupation\tcountry\twikipedia_curid\n" + persons);
        Files.writeString(dir.resolve("organizations-world.tsv"), "name\tkind\tcountry\n" + organizations);
        return dir;
    }

    private static String written(Gazetteer g) throws IOException {
        StringWriter w = new StringWriter();
        g.write(w);
        return w.toString();
    }

    @Test
    void eachKindOfNameIsATypeOfItsOwn(@TempDir Path dir) throws IOException {
        lists(dir, "Jerman\tDE\n", "Jawa Barat\tprovince\t32\nBoven Digul\tregency\t93.16\nPurwo Asri\tvillage\t1\n",
                "Lagos\tNG\tPPLA\t9000000\t1\nRotterdam\tNL\tPPL\t600000\t2\nZwolle\tNL\tPPL\t20000\t3\n"
                        + "Dorpje\tNL\tPPL\t1200\t4\nVaduz\tLI\tPPLC\t5000\t5\n",
                "Wolfgang Amadeus Mozart\tcomposer\tAT\t1\nPele\tsoccer player\tBR\t2\n",
                "Universitas Gadjah Mada\tuniversity\tID\nArema\tclub\tID\nPT Indofood Sukses Makmur Tbk.\tcompany\tID\n");
        Gazetteer g = WorldGazetteers.addTo(Gazetteer.builder(), dir, Map.of()).build();
        assertThat(written(g).lines()).containsExactlyInAnyOrder("COUNTRY\tjerman", "IDPROV\tjawa barat",
                "IDREGENCY\tboven digul", "IDVILLAGE\tpurwo asri", "WPLACE1\tlagos", "WPLACE2\trotterdam",
                "WPLACE3\tzwolle", "WPLACE1\tvaduz", "FAMOUS\twolfgang amadeus mozart", "FAMOUSLAST\tmozart",
                "FAMOUS\tpele", "UNIVERSITY\tuniversitas gadjah mada", "CLUB\tarema",
                "COMPANY\tpt indofood sukses makmur tbk.");
    }

    @Test
    void aOneWordNameWrittenMostlyInLowerCaseIsLeftOut(@TempDir Path dir) throws IOException {
        lists(dir, "", "Baru\tvillage\t1\nSumber Baru\tvillage\t2\nBali\tprovince\t51\n", "", "", "");
        Map<String, int[]> casing = Map.of("baru", new int[] {50, 3}, "bali", new int[] {1, 40});
        Gazetteer g = WorldGazetteers.addTo(Gazetteer.builder(), dir, casing).build();
        assertThat(written(g).lines()).containsExactlyInAnyOrder("IDVILLAGE\tsumber baru", "IDPROV\tbali");
    }

    @Test
    void aMissingListOrAShortRowIsNamed(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> WorldGazetteers.addTo(Gazetteer.builder(), dir, Map.of()))
                .isInstanceOf(IOException.class).hasMessageContaining("countries-id.tsv: world gazetteer file not found");
        lists(dir, "", "", "Lagos\tNG\n", "", "");
        assertThatThrownBy(() -> WorldGazetteers.addTo(Gazetteer.builder(), dir, Map.of()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("places-world.tsv:2: expected at least 4 tab-separated columns, found 2");
    }
}
