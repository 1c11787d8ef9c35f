package org.radiomesh.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs dcmtk's {@code dcmdump} on a file where dcmtk is installed; a no-op elsewhere. */
final class DcmtkCheck {
  private static final Path DCMDUMP = Path.of("/usr/bin/dcmdump");

  private DcmtkCheck() {}

  static void assertParses(Path file) throws Exception {
    if (!Files.isExecutable(DCMDUMP)) {
      return;
    }
    Process p = new ProcessBuilder(DCMDUMP.toString(), "-q", file.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).as(out).doesNotContain("E: ").contains("(7fe0,0010)");
  }
}
