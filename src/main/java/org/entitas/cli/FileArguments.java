package org.entitas.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks of the files a command line names, made before any work so that a long run does not fail at its end: each
 * message names the option, the file and what is wrong with it. Stateless.
 */
final class FileArguments {

    private FileArguments() {
    }

    /**
     * Checks that each file is there and is a file.
     *
     * @param expected what the file should hold, for the message ({@code "a CoNLL file (token<TAB>tag)"})
     * @throws IOException naming the option, the file and the fault
     */
    static void readable(String option, List<Path> files, String expected) throws IOException {
        for (Path f : files) {
            if (!Files.exists(f)) {
                throw new IOException(option + " " + f + ": no such file" + (f.toAbsolutePath().getParent() != null
                        && !Files.isDirectory(f.toAbsolutePath().getParent()) ? " (its directory "
                        + f.toAbsolutePath().getParent() + " does not exist either)" : "") + "; expected " + expected);
            }
            if (Files.isDirectory(f)) {
                throw new IOException(option + " " + f + ": a directory; expected " + expected);
            }
            if (!Files.isReadable(f)) {
                throw new IOException(option + " " + f + ": not readable (permission denied)");
            }
        }
    }

    /**
     * Checks that the directory a file is to be written into is there.
     *
     * @throws IOException naming the option, the file and its directory
     */
    static void writable(String option, Path file) throws IOException {
        if (file == null) {
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IOException(option + " " + file + ": the directory " + parent + (Files.exists(parent)
                    ? " is not a directory" : " does not exist (create it first)"));
        }
    }
}
