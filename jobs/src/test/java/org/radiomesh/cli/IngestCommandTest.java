package org.radiomesh.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.dicom.DeidOptions;
import org.radiomesh.dicom.DicomTestCorpus;
import org.radiomesh.jobs.LocalSpark;
import picocli.CommandLine;

/** {@code radiomesh ingest} through the command line: options, exit codes, the missing-key error. */
class IngestCommandTest {
  static int run(StringWriter out, StringWriter err, String... args) {
    LocalSpark.session();
    CommandLine cli = Radiomesh.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void ingestsWithoutDeidentificationAndPrintsTheSummary(@TempDir Path dir) throws Exception {
    Path archive = Files.createDirectories(dir.resolve("archive"));
    DicomTestCorpus.write(archive, 1);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = run(out, err, "ingest", "--input", archive.toString(), "--out", dir.resolve("out").toString(),
        "--deid", "none", "--include", "*.dcm", "--exclude", "huge_*", "--max-header-bytes", "65536",
        "--max-pixel-bytes", "67108864", "--partitions", "3");
    assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("\"job\" : \"ingest\"").contains("\"ok\" : true")
        .contains("\"partitions\" : 3").contains("\"profile\" : \"none\"");
    assertThat(Files.exists(dir.resolve("out/summary.json"))).isTrue();
  }

  @Test
  void basicDeidentificationWithoutAKeyIsAUsageError(@TempDir Path dir) throws Exception {
    assumeTrue(System.getenv(DeidOptions.KEY_ENVIRONMENT_VARIABLE) == null, "the key is set in this environment");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = run(out, err, "ingest", "--input", dir.toString(), "--out", dir.resolve("out").toString());
    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains(DeidOptions.KEY_ENVIRONMENT_VARIABLE).contains("--deid none");
    assertThat(Files.exists(dir.resolve("out"))).isFalse();
  }

  @Test
  void aMissingRootIsAUsageError(@TempDir Path dir) {
    StringWriter err = new StringWriter();
    int code = run(new StringWriter(), err, "ingest", "--input", dir.resolve("nowhere").toString(), "--out",
        dir.resolve("out").toString(), "--deid", "none");
    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("no such file or folder");
  }
}
