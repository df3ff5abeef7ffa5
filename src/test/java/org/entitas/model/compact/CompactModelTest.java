package org.entitas.model.compact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The feature fingerprints of {@link CompactModel}'s table. */
class CompactModelTest {

    @Test
    void anAsciiNameGivenAsBytesHasTheFingerprintOfItsString() {
        for (String s : new String[] {"", "w=jakarta", "p1w&c=presiden,lc", "gaz=LOC-start", "clusters-0=c17", "~"}) {
            byte[] b = ("xx" + s + "yy").getBytes(StandardCharsets.US_ASCII);
            assertThat(CompactModel.fingerprintAscii(b, 2, s.length())).as(s).isEqualTo(CompactModel.fingerprint(s));
        }
        byte[] utf8 = "w=\u00e9t\u00e9".getBytes(StandardCharsets.UTF_8);
        assertThat(CompactModel.fingerprintAscii(utf8, 0, utf8.length)).isZero();
        assertThat(CompactModel.fingerprint("w=\u00e9t\u00e9")).isNotZero();
    }

    @Test
    void featuresOfTheShapesANameFinderMakesHaveDistinctFingerprints() {
        Set<Long> seen = new HashSet<>();
        Set<String> names = new HashSet<>();
        String[] prefixes = {"w=", "p1w=", "p2w=", "n1w=", "n2w=", "wc=", "p1wc=", "pre=", "suf=", "w&c=", "pd="};
        for (String p : prefixes) {
            for (int i = 0; i < 100_000; i++) {
                names.add(p + Integer.toString(i, 36));
            }
        }
        // strings on which a polynomial hash modulo 2^64 collides whatever its multiplier (Thue-Morse and its
        // complement), and names differing in their order only
        StringBuilder a = new StringBuilder("a");
        StringBuilder b = new StringBuilder("b");
        for (int k = 0; k < 11; k++) {
            String a0 = a.toString();
            a.append(b);
            b.append(a0);
            names.add(a.toString());
            names.add(b.toString());
        }
        names.add("ab");
        names.add("ba");
        names.add("w=ab,c=ba");
        names.add("w=ba,c=ab");
        for (String n : names) {
            assertThat(seen.add(CompactModel.fingerprint(n))).as(n).isTrue();
        }
        assertThat(seen).hasSize(names.size()).hasSizeGreaterThan(1_100_000);
    }

    @Test
    void aFeatureGivenTwiceIsRefusedByName() {
        CompactModel.Tables tables = new CompactModel.Tables(new String[] {"other", "start"}, 2, 4);
        tables.add("w=jakarta", new int[] {0, 1}, new double[] {0.5, -0.5}, 2);
        assertThatThrownBy(() -> tables.add("w=jakarta", new int[] {0, 1}, new double[] {1, 1}, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'w=jakarta'");
        assertThatThrownBy(() -> tables.add(CompactModel.fingerprint("w=jakarta"), 7, new int[] {0}, new long[1], 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("feature number 7");
    }
}
