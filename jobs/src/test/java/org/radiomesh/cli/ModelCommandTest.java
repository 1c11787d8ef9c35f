package org.radiomesh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code radiomesh model} from the command line: a free text in, a mesh file out; a missing table is bad input. */
class ModelCommandTest {

  @Test
  void freeTextToAMeshFileAndPreview(@TempDir Path dir) {
    Path out = dir.resolve("out");
    CliTestRun run = CliTestRun.of("model", "--input", "upper right central incisor", "--out", out.toString(),
        "--formats", "obj", "--previews", "--master", "local[2]");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("1 records, 1 meshed");
    try (var files = java.nio.file.Files.list(out.resolve("files"))) {
      // Hadoop's local file system writes a hidden .crc checksum beside each file
      assertThat(files.filter(p -> !p.getFileName().toString().startsWith(".")).toList()).singleElement().satisfies(p -> assertThat(p.toString()).endsWith(".obj"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(out.resolve("previews")).isDirectory();
  }

  @Test
  void missingTableIsBadInputAndTextIsNotMistakenForAPath(@TempDir Path dir) {
    CliTestRun run = CliTestRun.of("model", "--input", dir.resolve("nope.csv").toString(), "--out",
        dir.resolve("out").toString(), "--master", "local[2]");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("nope.csv");
    assertThat(ModelCommand.isPath("lower left first molar")).isFalse();
    assertThat(ModelCommand.isPath("records.csv")).isTrue();
    assertThat(ModelCommand.isPath("hdfs://nn/records")).isTrue();
  }
}
