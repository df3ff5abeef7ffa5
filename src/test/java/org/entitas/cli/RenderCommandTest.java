package org.entitas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RenderCommandTest {

    @Test
    void pageNamesDifferInMoreThanCaseAndStayShort() {
        Set<String> taken = new HashSet<>();
        assertThat(RenderCommand.fileName("arsip/A.txt", taken)).isEqualTo("arsip_A.txt.html");
        assertThat(RenderCommand.fileName("arsip/a.txt", taken)).isEqualTo("arsip_a.txt-2.html");
        assertThat(RenderCommand.fileName("../..", taken)).isEqualTo("document.html");
        String longId = "berita/" + "語".repeat(300) + ".txt";
        String name = RenderCommand.fileName(longId, taken);
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(160);
        assertThat(name).endsWith("語.txt.html");
        assertThat(name.codePoints().allMatch(Character::isValidCodePoint)).isTrue();
    }
}
