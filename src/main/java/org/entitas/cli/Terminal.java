package org.entitas.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * What the command line knows of the terminal: whether standard error is one, and how many columns it has. Asked
 * once per run; stateless.
 */
final class Terminal {

    private Terminal() {
    }

    /**
     * Whether standard error is a terminal: on Linux, told by what {@code /proc/self/fd/2} links to (a
     * {@code /dev/pts/N} or {@code /dev/ttyN}), whatever standard input and output are; elsewhere, as Java's console
     * tells it (both standard input and output a terminal).
     */
    static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd)) {
                return isTerminalDevice(Files.readSymbolicLink(fd).toString());
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not Linux, or not allowed to look: fall back on the console
        }
        return System.console() != null;
    }

    /** Whether a device path names a terminal: {@code /dev/pts/3}, {@code /dev/tty1}, {@code /dev/console}. */
    static boolean isTerminalDevice(String device) {
        return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty") || device.equals("/dev/console");
    }

    /**
     * The terminal's columns: {@code COLUMNS} when the shell exports it, else what {@code stty size} says of the
     * controlling terminal (a tenth of a second at most), else empty.
     */
    static OptionalInt columns() {
        OptionalInt fromEnvironment = parseColumns(System.getenv("COLUMNS"));
        if (fromEnvironment.isPresent()) {
            return fromEnvironment;
        }
        File tty = new File("/dev/tty");
        if (!tty.canRead()) {
            return OptionalInt.empty();
        }
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(tty)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!stty.waitFor(100, TimeUnit.MILLISECONDS)) {
                stty.destroyForcibly();
                return OptionalInt.empty();
            }
            String size = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            return parseColumns(size.substring(size.indexOf(' ') + 1));
        } catch (IOException e) {
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }

    /** A positive number of columns, or empty if {@code value} is missing or not one. */
    static OptionalInt parseColumns(String value) {
        if (value == null) {
            return OptionalInt.empty();
        }
        try {
            int columns = Integer.parseInt(value.strip());
            return columns > 0 ? OptionalInt.of(columns) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
