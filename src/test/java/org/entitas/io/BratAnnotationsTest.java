package org.entitas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import org.entitas.EntityType;
import org.entitas.Mention;
import org.junit.jupiter.api.Test;

class BratAnnotationsTest {

    private static final String TEXT = "Presiden Rusia Vladimir Putin tiba.";

    @Test
    void readsMentionsCheckedAgainstTheText() throws IOException {
        var m = BratAnnotations.parse("T1\tLOCATION 9 14\tRusia\nT2\tPERSON 15 29\tVladimir Putin\n", TEXT, "a.ann");
        assertThat(m).extracting(Mention::type, Mention::text, Mention::start)
                .containsExactly(tuple(EntityType.LOCATION, "Rusia", 9), tuple(EntityType.PERSON, "Vladimir Putin", 15));
    }

    @Test
    void mismatchedTextNamesFileAndLine() {
        assertThatThrownBy(() -> BratAnnotations.parse("T1\tLOCATION 9 14\tRusia\nT2\tPERSON 14 29\tVladimir Putin\n",
                TEXT, "a.ann")).isInstanceOf(IOException.class).hasMessageContaining("a.ann, line 2");
    }
}
