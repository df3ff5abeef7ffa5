package org.entitas.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The files a command writes, kept apart from the files it reads before any byte is written, with or without
 * {@code --overwrite}: files are compared by identity (device and inode), so that a symbolic link, a hard link or
 * another spelling of an input's path is recognised. A file the command wrote in an earlier run, met while listing an
 * input directory, is left out of the inputs instead: a run never reads its own output. Stateless.
 */
final class OwnFiles {

    /** A file a command writes, and what it is to the command ({@code "the output (-o)"}). */
    record Own(String what, Path path) {
    }

    private OwnFiles() {
    }

    /**
     * The input files with the command's own files of an earlier run left out.
     *
     * @param files the input files as listed ({@code -} is standard input)
     * @param named the inputs as given on the command line: a file named there is meant as an input, never left out
     * @param own the files the command writes
     * @param earlierRun whether an own file met in a directory listing, by its own path, is known to be written by
     *     an earlier run of the command (and so left out), rather than a file of the user's
     * @throws CommandLine.ParameterException naming the input and the option, if an input is one of the own files
     */
    static List<Path> apart(CommandLine cli, List<Path> files, List<Path> named, List<Own> own, boolean earlierRun) {
        Map<Object, Own> byIdentity = new HashMap<>();
        Map<Path, Own> byPath = new HashMap<>();
        for (Own o : own) {
            identity(o.path()).ifPresent(key -> byIdentity.putIfAbsent(key, o));
            byPath.putIfAbsent(real(o.path()), o);
        }
        Set<Path> namedReal = new HashSet<>();
        for (Path n : named) {
            if (!n.toString().equals("-")) {
                namedReal.add(real(n));
            }
        }
        List<Path> kept = new ArrayList<>(files.size());
        for (Path f : files) {
            if (f.toString().equals("-")) {
                kept.add(f);
                continue;
            }
            Path r = real(f);
            Own o = byPath.get(r);
            boolean samePath = o != null;
            if (o == null) {
                o = identity(f).map(byIdentity::get).orElse(null);
            }
            if (o == null) {
                kept.add(f);
            } else if (!(samePath && earlierRun && !namedReal.contains(r))) {
                throw new CommandLine.ParameterException(cli, f + " is an input and also " + o.what() + " " + o.path()
                        + (samePath ? "" : " (the same file under another name: a hard or symbolic link)")
                        + "; refusing to overwrite it, with or without --overwrite: choose another path");
            }
        }
        return kept;
    }

    /**
     * Refuses an output file that is one of the input files (or another output) under any name, before any byte is
     * written.
     *
     * @throws CommandLine.ParameterException naming both options and the files
     */
    static void notAnInput(CommandLine cli, String option, Path output, String inputOption, List<Path> inputs) {
        if (output == null || inputs == null) {
            return;
        }
        Optional<Object> out = identity(output);
        Path outReal = real(output);
        for (Path in : inputs) {
            if (in != null && (real(in).equals(outReal) || out.isPresent() && out.equals(identity(in)))) {
                throw new CommandLine.ParameterException(cli, option + " " + output + " is the same file as "
                        + inputOption + " " + in + "; refusing to write over it: choose another " + option);
            }
        }
    }

    /** The files that already exist among the names a command writes into directory {@code out}, recursively. */
    static List<Own> existing(Path out, List<String> written, String what) throws IOException {
        List<Own> own = new ArrayList<>();
        for (String name : written) {
            Path p = out.resolve(name);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).forEach(f -> own.add(new Own(what, f)));
                }
            } else if (Files.exists(p)) {
                own.add(new Own(what, p));
            }
        }
        return own;
    }

    /**
     * What a file is, whatever its name: its device and inode where the file system tells them, else its real path;
     * empty when it is not there.
     */
    static Optional<Object> identity(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return Optional.of(a.fileKey() != null ? a.fileKey() : file.toRealPath());
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * A path with links resolved, so that two names of one file compare equal: the real path of the file, or, when
     * it does not exist yet, that of its directory with its name.
     */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            Path parent = absolute.getParent();
            if (parent == null || absolute.getFileName() == null) {
                return absolute;
            }
            return real(parent).resolve(absolute.getFileName());
        }
    }
}
