package org.entitas.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.entitas.EntityType;
import org.entitas.Mention;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class DocumentPageTest {

    private static Mention mention(String text, EntityType type, String name, int sentence) {
        int start = text.indexOf(name);
        return new Mention(type, name, start, start + name.length(), 0.9, sentence);
    }

    @Test
    void textIsEscapedAndEachMentionIsOneMark() {
        String text = "Bupati <b>Garut</b> & Rudy \"Gus\" Gunawan bertemu di Garut.";
        List<Mention> mentions = List.of(mention(text, EntityType.PERSON, "Rudy \"Gus\" Gunawan", 0),
                new Mention(EntityType.LOCATION, "Garut", text.lastIndexOf("Garut"), text.lastIndexOf("Garut") + 5, 0.8, 0));

        Document page = Jsoup.parse(DocumentPage.render("a<b>.txt", text, mentions));

        assertThat(page.title()).isEqualTo("a<b>.txt · entitas");
        assertThat(page.select("article b")).isEmpty();
        assertThat(page.select("mark.entity")).extracting(m -> m.attr("data-type"), m -> m.ownText())
                .containsExactly(tuple("PERSON", "Rudy \"Gus\" Gunawan"), tuple("LOCATION", "Garut"));
        assertThat(page.select("mark.entity span.type")).extracting(e -> e.text()).containsExactly("PER", "LOC");
        page.select("span.type").remove();
        assertThat(page.selectFirst("article").text()).isEqualTo(text);
    }

    @Test
    void anEntityIsListedOnceWithItsShortForms() {
        String text = "Menteri Sri Mulyani Indrawati hadir. Sri Mulyani lalu pulang. Mulyani tersenyum.";
        List<Mention> mentions = List.of(mention(text, EntityType.PERSON, "Sri Mulyani Indrawati", 0),
                new Mention(EntityType.PERSON, "Sri Mulyani", 37, 48, 0.9, 1),
                new Mention(EntityType.PERSON, "Mulyani", 62, 69, 0.9, 2));

        Document page = Jsoup.parse(DocumentPage.render("d", text, mentions));

        assertThat(page.select("mark.entity")).extracting(m -> m.attr("data-entity"))
                .containsOnly("PERSON:sri mulyani indrawati");
        assertThat(page.select("tr.entity-row")).extracting(r -> r.child(0).text(), r -> r.select("td.aliases").text())
                .containsExactly(tuple("Sri Mulyani Indrawati", "Sri Mulyani, Mulyani"));
    }

    @Test
    void mentionsThatDoNotFitTheTextAreRejectedWithTheMention() {
        String text = "Jokowi ke Solo.";
        Mention jokowi = new Mention(EntityType.PERSON, "Jokowi", 0, 6, 0.9, 0);
        Mention wrong = new Mention(EntityType.LOCATION, "Sala", 10, 14, 0.9, 0);
        Mention overlapping = new Mention(EntityType.PERSON, "owi", 3, 6, 0.9, 0);
        Mention outside = new Mention(EntityType.LOCATION, "Solo.x", 10, 16, 0.9, 0);

        assertThatThrownBy(() -> DocumentPage.render("d", text, List.of(jokowi, wrong)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not match").hasMessageContaining("Solo");
        assertThatThrownBy(() -> DocumentPage.render("d", text, List.of(jokowi, overlapping)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlaps");
        assertThatThrownBy(() -> DocumentPage.render("d", text, List.of(outside)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends after the text (length 15)");
    }
}
