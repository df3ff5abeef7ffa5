package org.entitas.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Optional;
import org.entitas.EntityType;
import org.entitas.TaggedDocument;
import org.entitas.TestDocuments;
import org.junit.jupiter.api.Test;

class WorldLinksTest {

    private static TaggedDocument doc(String id, String text, Object... typeAndText) {
        return TestDocuments.tagged(id, text, Marks.mark(text, typeAndText));
    }

    @Test
    void anUnambiguousMatchLinksAndAnUnsureOneDoesNot() {
        KnowledgeGraph g = new KnowledgeGraph()
                .add(doc("a", "Wali Kota Malang meninjau Kota Malang dan Kabupaten Sleman. Banjir juga melanda Blitar.",
                        EntityType.LOCATION, "Kota Malang", EntityType.LOCATION, "Kabupaten Sleman",
                        EntityType.LOCATION, "Blitar"))
                .add(doc("b", "Angela Merkel tiba di Canberra dari Jerman. Merkel lalu ke Nairobi dan Asia.",
                        EntityType.PERSON, "Angela Merkel", EntityType.LOCATION, "Canberra", EntityType.LOCATION,
                        "Jerman", EntityType.PERSON, "Merkel", EntityType.LOCATION, "Nairobi", EntityType.LOCATION,
                        "Asia"))
                .add(doc("c", "Warga Springfield di Amerika Serikat menyambut Putin.", EntityType.LOCATION,
                        "Springfield", EntityType.LOCATION, "Amerika Serikat", EntityType.PERSON, "Putin"))
                .add(doc("d", "Banjir melanda Hyderabad, India.", EntityType.LOCATION, "Hyderabad",
                        EntityType.LOCATION, "India"))
                .add(doc("e", "Di Kabupaten Demak, banjir merendam Karanganyar dan Gajah.", EntityType.LOCATION,
                        "Kabupaten Demak", EntityType.LOCATION, "Karanganyar", EntityType.LOCATION, "Gajah"));
        assertThat(g.nodes()).extracting(KnowledgeGraph.Node::name, KnowledgeGraph.Node::link).containsExactlyInAnyOrder(
                tuple("Kota Malang", Optional.of("idn-area:35.73")),
                tuple("Kabupaten Sleman", Optional.of("idn-area:34.04")),
                // Blitar is a city and a regency
                tuple("Blitar", Optional.empty()),
                tuple("Angela Merkel", Optional.of("wikipedia:72671")),
                tuple("Canberra", Optional.of("geonames:2172517")),
                // a country links to nothing; it is the context of its documents
                tuple("Jerman", Optional.empty()),
                tuple("Nairobi", Optional.of("geonames:184745")),
                // Asia is two small towns, in Peru and the Philippines
                tuple("Asia", Optional.empty()),
                // the source has a second Springfield, a small town the table leaves out: it could be the one
                tuple("Springfield", Optional.empty()),
                tuple("Amerika Serikat", Optional.empty()),
                // one word is no person's name to link
                tuple("Putin", Optional.empty()),
                // two cities of the name, in India and in Pakistan: the document names India
                tuple("Hyderabad", Optional.of("geonames:1269843")),
                tuple("India", Optional.empty()),
                // the one regency Karanganyar, but a district Karanganyar lies in the Demak the document names
                tuple("Kabupaten Demak", Optional.of("idn-area:33.21")),
                tuple("Karanganyar", Optional.empty()),
                tuple("Gajah", Optional.empty()));
        assertThat(g.nodes()).filteredOn(n -> n.name().equals("Canberra")).singleElement()
                .satisfies(n -> assertThat(n.linkUrl()).contains("https://www.geonames.org/2172517"));
    }

    private static Optional<String> linkOf(String name, TaggedDocument document) {
        return new KnowledgeGraph().add(document).nodes().stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow().link();
    }

    @Test
    void aTownAbroadLinksOnlyBesideItsCountryUnlessKnownTheWorldOver() {
        // a city abroad of under a million people: its name is as often a club's or a person's
        assertThat(linkOf("Dortmund", doc("i", "Pemain kelahiran Dortmund itu tiba pagi ini.",
                EntityType.LOCATION, "Dortmund"))).isEmpty();
        assertThat(linkOf("Dortmund", doc("j", "Pameran mobil di Dortmund, Jerman, ramai pengunjung.",
                EntityType.LOCATION, "Dortmund", EntityType.LOCATION, "Jerman"))).contains("geonames:2935517");
        // a capital, or a city of a million, links alone
        assertThat(linkOf("Nairobi", doc("k", "Delegasi tiba di Nairobi kemarin.", EntityType.LOCATION, "Nairobi")))
                .contains("geonames:184745");
    }
}
