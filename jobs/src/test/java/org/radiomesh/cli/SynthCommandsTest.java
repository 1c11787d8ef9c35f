package org.radiomesh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.jobs.LocalSpark;
import org.radiomesh.mesh.MeshMeasures;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.mesh.io.MeshFiles;

/** {@code radiomesh synth-tooth} with good and bad prompts, and {@code radiomesh synth} end to end. */
class SynthCommandsTest {

  @Test
  void aPromptBecomesASpecAMeshAndAPreview(@TempDir Path dir) throws Exception {
    CliTestRun run = CliTestRun.of("synth-tooth", "a lower left first molar with a deep distal cavity", "--out",
        dir.toString(), "--voxel-mm", "0.5");
    assertThat(run.exitCode()).as(run.err()).isZero();
    String spec = Files.readString(dir.resolve("spec.json"));
    assertThat(spec).contains("\"tooth\" : 36").contains("\"condition\" : \"caries\"").contains("DISTAL");
    TriangleMesh obj = MeshFiles.read(dir.resolve("tooth.obj"));
    TriangleMesh ply = MeshFiles.read(dir.resolve("tooth.ply"));
    assertThat(MeshMeasures.isWatertight(obj)).isTrue();
    assertThat(ply.vertexCount()).isEqualTo(obj.vertexCount());
    assertThat(ImageIO.read(dir.resolve("preview.png").toFile()).getWidth()).isEqualTo(384);
    assertThat(Files.readString(dir.resolve("parse.txt"))).contains("first molar");
    assertThat(run.out()).contains("tooth 36");
  }

  @Test
  void aPromptWithAnUnknownWordSaysWhatItUnderstoodAndExitsWith2(@TempDir Path dir) throws Exception {
    CliTestRun run = CliTestRun.of("synth-tooth", "a lower left first molar with a purple cavity", "--out",
        dir.resolve("t").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("understood:").contains("not understood:").contains("purple")
        .contains("molar");
    assertThat(dir.resolve("t")).doesNotExist();

    CliTestRun ambiguous = CliTestRun.of("synth-tooth", "a lower molar", "--out", dir.resolve("u").toString());
    assertThat(ambiguous.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(dir.resolve("u")).doesNotExist();
  }

  @Test
  void synthRunsFromTheCommandLine(@TempDir Path dir) throws Exception {
    LocalSpark.session();
    CliTestRun run = CliTestRun.of("synth", "--cases", "1", "--seed", "0", "--out", dir.toString(), "--modalities",
        "mesh", "--tooth-voxel-mm", "1.0", "--bone-voxel-mm", "3", "--arch-voxel-mm", "2");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("1 cases, 1 complete (1 generated");
    assertThat(dir.resolve("cases/case-000000/report.txt")).exists();

    CliTestRun bad = CliTestRun.of("synth", "--cases", "1", "--seed", "0", "--out", dir.toString(), "--modalities",
        "xray");
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("modality 'xray'");
  }
}
