package org.radiomesh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunReportCommandTest {
  @TempDir
  Path tmp;

  @Test
  void writesTheReportOfAStageSubsetAndRefusesAMissingFolder() throws Exception {
    Path run = tmp.resolve("run");
    Files.createDirectories(run.resolve("model"));
    Files.writeString(run.resolve("model/summary.json"), "{\"job\": \"model\", \"inputs\": 4, \"meshes\": 3}");
    CliTestRun r = CliTestRun.of("run-report", run.toString(), "--master", "local[2]");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("ingest    not run").contains("model     ok").contains("report.html");
    assertThat(Files.readString(run.resolve("report.html"))).contains("data-key=\"out\">3<");

    CliTestRun missing = CliTestRun.of("run-report", tmp.resolve("absent").toString(), "--master", "local[2]");
    assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(missing.err()).contains("no such run folder");
  }
}
