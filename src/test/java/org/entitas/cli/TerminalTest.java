package org.entitas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What the command line reads of the terminal: which devices are terminals, and the columns it is told. */
class TerminalTest {

    @Test
    void terminalDevicesAreToldFromFilesAndPipes() {
        assertThat(Terminal.isTerminalDevice("/dev/pts/3")).isTrue();
        assertThat(Terminal.isTerminalDevice("/dev/tty1")).isTrue();
        assertThat(Terminal.isTerminalDevice("pipe:[123456]")).isFalse();
        assertThat(Terminal.isTerminalDevice("/tmp/log.txt")).isFalse();
        assertThat(Terminal.isTerminalDevice("/dev/null")).isFalse();
    }

    @Test
    void columnsArePositiveNumbersOrUnknown() {
        assertThat(Terminal.parseColumns("132")).isEqualTo(OptionalInt.of(132));
        assertThat(Terminal.parseColumns(" 40\n")).isEqualTo(OptionalInt.of(40));
        assertThat(Terminal.parseColumns("0")).isEmpty();
        assertThat(Terminal.parseColumns("wide")).isEmpty();
        assertThat(Terminal.parseColumns(null)).isEmpty();
    }

    @Test
    void standardErrorOfATestRunIsNoTerminal() {
        // surefire pipes the forked JVM's standard error
        assertThat(Terminal.stderrIsTerminal()).isFalse();
    }
}
