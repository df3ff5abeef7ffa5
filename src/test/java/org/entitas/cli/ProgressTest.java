package org.entitas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** How progress is shown: the choice of display, and a bar that never wraps in its terminal. */
class ProgressTest {

    @Test
    void aTerminalOnStandardErrorGetsABarOneColumnNarrowerThanIt() {
        assertThat(Progress.Display.choose(false, true, OptionalInt.of(50)))
                .isEqualTo(new Progress.Display(Progress.Mode.BAR, 49));
        assertThat(Progress.Display.choose(false, true, OptionalInt.empty()))
                .isEqualTo(new Progress.Display(Progress.Mode.BAR, 79));
    }

    @Test
    void withoutATerminalProgressIsPlainLinesAndQuietIsNothing() {
        assertThat(Progress.Display.choose(false, false, OptionalInt.of(50)).mode()).isEqualTo(Progress.Mode.LINES);
        assertThat(Progress.Display.choose(true, true, OptionalInt.of(50)).mode()).isEqualTo(Progress.Mode.QUIET);
    }

    @Test
    void theLineFitsEveryWidthAndDropsDetailsBeforeCounts() {
        try (Progress p = new Progress(new PrintWriter(new StringWriter()), Progress.Mode.QUIET, 123_456)) {
            for (int i = 0; i < 1_234; i++) {
                p.document(i % 100 != 0, 250);
            }
            String full = p.line(12.5, Integer.MAX_VALUE);
            assertThat(full).isEqualTo("[                        ] 1234/123456 documents, 98.7 docs/s, 24680 tokens/s,"
                    + " ETA 0:20:38, 13 failed");
            for (int width = 1; width <= 200; width++) {
                String line = p.line(12.5, width);
                assertThat(line.length()).as("width %d: %s", width, line).isLessThanOrEqualTo(width);
                if (width >= full.length()) {
                    assertThat(line).isEqualTo(full);
                }
            }
            assertThat(p.line(12.5, 60)).isEqualTo("1234/123456 documents, 98.7 docs/s, ETA 0:20:38, 13 failed");
            assertThat(p.line(12.5, 40)).isEqualTo("1234/123456 documents, 13 failed");
        }
    }

    @Test
    void aBarIsRedrawnInPlaceWithinItsWidth() throws InterruptedException {
        StringWriter written = new StringWriter();
        try (Progress p = new Progress(new PrintWriter(written), new Progress.Display(Progress.Mode.BAR, 39), 10)) {
            p.document(true, 10);
            Thread.sleep(700);
        }
        String[] draws = written.toString().split("\r", -1);
        assertThat(draws.length).isGreaterThanOrEqualTo(3);
        for (int i = 1; i < draws.length; i++) {
            String draw = draws[i].replace("\u001b[K", "");
            assertThat(draw.strip().length()).as(draws[i]).isLessThanOrEqualTo(39);
            if (i < draws.length - 1) {
                assertThat(draw).doesNotContain("\n");
            }
        }
    }
}
