package org.entitas.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium for tests: loads a page from a file or a test server, runs its scripts, and gives back the DOM it ends
 * with or a screenshot. Found as {@code $CHROMIUM}, {@code /usr/bin/chromium} or {@code chromium} on the
 * path. Where none is installed the tests that need it are skipped, unless {@code ENTITAS_REQUIRE_CHROMIUM}
 * is set (as {@code .ci/run} does after installing it), and then they fail.
 */
public final class Chromium {

    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--hide-scrollbars", "--force-device-scale-factor=1", "--disable-dev-shm-usage");

    private final Path executable;
    private final Path work;

    private Chromium(Path executable, Path work) {
        this.executable = executable;
        this.work = work;
    }

    /** The installed Chromium, working in {@code work}; skips (or fails, where required) the test without one. */
    public static Chromium open(Path work) {
        Optional<Path> found = find();
        if (found.isEmpty()) {
            String message = "headless Chromium not found ($CHROMIUM, /usr/bin/chromium, chromium on PATH):"
                    + " install Debian's chromium package";
            if (System.getenv("ENTITAS_REQUIRE_CHROMIUM") != null) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return new Chromium(found.get(), work);
    }

    private static Optional<Path> find() {
        List<Path> candidates = new ArrayList<>();
        String env = System.getenv("CHROMIUM");
        if (env != null && !env.isBlank()) {
            candidates.add(Path.of(env));
        }
        candidates.add(Path.of("/usr/bin/chromium"));
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                candidates.add(Path.of(dir, "chromium"));
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    /** The page's DOM, serialised after it loaded and ran its scripts. */
    public String dumpDom(Path page) throws IOException, InterruptedException {
        return run(page.toAbsolutePath().toUri().toString(), "--dump-dom");
    }

    /** The DOM of the page at {@code url} (an {@code http://127.0.0.1} address of a test server). */
    public String dumpDom(String url) throws IOException, InterruptedException {
        return run(url, "--dump-dom");
    }

    /** A screenshot of the page in a window of the given size, also written to {@code png}. */
    BufferedImage screenshot(Path page, int width, int height, Path png) throws IOException, InterruptedException {
        run(page.toAbsolutePath().toUri().toString(), "--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath());
        assertThat(png).as("screenshot of %s", page).exists();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("PNG decoded from %s", png).isNotNull();
        return image;
    }

    /**
     * Opens the page in a window of the given size and drives it through the DevTools protocol, on a port of
     * 127.0.0.1 that Chromium picks.
     */
    DevTools drive(Path page, int width, int height) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "chromium-profile");
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(FLAGS);
        command.addAll(List.of("--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0", "--window-size=" + width + "," + height,
                page.toAbsolutePath().toUri().toString()));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return DevTools.connect(p);
    }

    private String run(String page, String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "chromium-profile");
        Path stdout = Files.createTempFile(work, "chromium", ".out");
        Path stderr = Files.createTempFile(work, "chromium", ".err");
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + profile);
        command.addAll(List.of(args));
        command.add(page);
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish within 120 s: " + command);
        }
        assertThat(p.exitValue()).as("chromium exit code; stderr: %s", Files.readString(stderr)).isZero();
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    /** How many pixels of the image have the colour {@code #rrggbb}, within 3 per channel. */
    static long pixels(BufferedImage image, String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (Math.abs(((p >> 16) & 0xff) - ((rgb >> 16) & 0xff)) <= 3
                        && Math.abs(((p >> 8) & 0xff) - ((rgb >> 8) & 0xff)) <= 3
                        && Math.abs((p & 0xff) - (rgb & 0xff)) <= 3) {
                    n++;
                }
            }
        }
        return n;
    }
}
