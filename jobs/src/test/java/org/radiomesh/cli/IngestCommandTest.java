package org.radiomesh.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.dicom.DeidOptions;
import org.radiomesh.dicom.DicomTestCorpus;
import org.radiomesh.jobs.LocalSpark;

/** {@code radiomesh ingest} through the command line: options, exit codes, the missing-key error. */
class IngestCommandTest {
  @BeforeAll
  static void spark() {
    LocalSpark.session();
  }

  @Test
  void ingestsWithoutDeidentificationAndPrintsTheSummary(@TempDir Path dir) throws Exception {
    Path archive = Files.createDirectories(dir.resolve("archive"));
    DicomTestCorpus.write(archive, 1);
    CliTestRun r = CliTestRun.of("ingest", "--input", archive.toString(), "--out", dir.resolve("out").toString(),
        "--deid", "none", "--include", "*.dcm", "--exclude", "huge_*", "--max-header-bytes", "65536",
        "--max-pixel-bytes", "67108864", "--partitions", "3");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("\"job\" : \"ingest\"").contains("\"ok\" : true")
        .contains("\"partitions\" : 3").contains("\"profile\" : \"none\"");
    assertThat(Files.exists(dir.resolve("out/summary.json"))).isTrue();
  }

  @Test
  void basicDeidentificationWithoutAKeyIsAUsageError(@TempDir Path dir) {
    assumeTrue(System.getenv(DeidOptions.KEY_ENVIRONMENT_VARIABLE) == null, "the key is set in this environment");
    CliTestRun r = CliTestRun.of("ingest", "--input", dir.toString(), "--out", dir.resolve("out").toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains(DeidOptions.KEY_ENVIRONMENT_VARIABLE).contains("--deid none");
    assertThat(Files.exists(dir.resolve("out"))).isFalse();
  }

  @Test
  void aMissingRootIsAUsageError(@TempDir Path dir) {
    CliTestRun r = CliTestRun.of("ingest", "--input", dir.resolve("nowhere").toString(), "--out",
        dir.resolve("out").toString(), "--deid", "none");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("no such file or folder");
  }
}
