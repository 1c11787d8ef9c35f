package org.radiomesh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.imaging.series.PhantomSeries;
import org.radiomesh.jobs.LocalSpark;
import picocli.CommandLine;

/** {@code radiomesh ct-mesh} on the command line: a run, its one-line report, and option errors. */
class CtMeshCommandTest {

  @Test
  void runsOnAFolderAndPrintsCounts(@TempDir Path dir) throws Exception {
    LocalSpark.session();
    PhantomSeries.builder().field(PhantomSeries.sphere(new double[] {16, 16, 8}, 5, 1000, -1000, 1.5))
        .size(32, 32, 16).seriesUid("2.25.9").build().write(dir.resolve("in"));
    StringWriter out = new StringWriter();

    int code = run(out, new StringWriter(), "ct-mesh", "--input", dir.resolve("in").toUri().toString(),
        "--out", dir.resolve("out").toUri().toString(), "--threshold", "0", "--no-obj");

    assertThat(code).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("ct-mesh: 1 series, 1 meshes, 0 failed");
    assertThat(Files.exists(dir.resolve("out/meshes"))).isTrue();
    assertThat(Files.exists(dir.resolve("out/obj"))).isFalse();
  }

  @Test
  void catalogAndInputTogetherIsAUsageError() {
    StringWriter err = new StringWriter();

    int code = run(new StringWriter(), err, "ct-mesh", "--input", "a", "--catalog", "b", "--out", "c");

    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("exactly one of --catalog and --input");
  }

  private static int run(StringWriter out, StringWriter err, String... args) {
    CommandLine cli = Radiomesh.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }
}
