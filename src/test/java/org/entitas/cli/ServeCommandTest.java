package org.entitas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entitas serve} in-process, where it ends: bad options, models that cannot be loaded. */
class ServeCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void aBadOptionIsAUsageError() {
        assertThat(run("serve", "--port", "70000")).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("port must be in [0, 65535]: 70000");
        assertThat(run("serve", "--port", "0", "--threads", "0")).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("threads must be in [1, 256]: 0");
    }

    @Test
    void modelsThatCannotBeLoadedEndTheServerWithTheReason(@TempDir Path dir) {
        Path missing = dir.resolve("none.bin");

        assertThat(run("serve", "--port", "0", "--ner-model", missing.toString())).isEqualTo(Main.ERROR);
        assertThat(err.toString()).contains("entitas: listening on http://127.0.0.1:").contains(missing.toString())
                .doesNotContain("\tat ");
    }

    @Test
    void aTypeTheModelLacksIsAUsageError() {
        assertThat(run("serve", "--port", "0", "--types", "PRODUCT")).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("the model has no entity type PRODUCT");
    }
}
