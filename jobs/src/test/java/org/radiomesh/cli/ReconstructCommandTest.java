package org.radiomesh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.anatomy.DentitionSpec;
import org.radiomesh.anatomy.ToothSpec;
import org.radiomesh.mesh.MeshMeasures;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.mesh.io.MeshFiles;
import org.radiomesh.recon.AnatomyMultiviewGenerator;
import org.radiomesh.recon.CalibratedViewsFolder;
import org.radiomesh.recon.CameraLayout;
import org.radiomesh.recon.MultiviewRequest;
import org.radiomesh.recon.MultiviewSubject;
import org.radiomesh.render.CameraRing;
import org.radiomesh.synth.SingleTooth;

/** {@code radiomesh reconstruct}: a views folder to a mesh, and calibration mistakes to exit code 3 naming the file. */
class ReconstructCommandTest {
  @TempDir
  static Path dir;
  private static TriangleMesh tooth;

  @BeforeAll
  static void writeViews() throws Exception {
    tooth = SingleTooth.mesh(new DentitionSpec(List.of(ToothSpec.sound(21))), 3, 0.3, 0);
    var set = AnatomyMultiviewGenerator.defaults().generate(MultiviewRequest.builder().id("21")
        .subject(MultiviewSubject.of(tooth)).layout(new CameraLayout.Ring(CameraRing.builder().azimuths(4)
            .elevations(25, -25).size(64, 64).build())).build());
    CalibratedViewsFolder.write(set, dir.resolve("views/21"));
  }

  /** A copy of the good folder with {@code cameras.json} edited by a text replacement. */
  private static Path broken(String name, String from, String to) throws Exception {
    Path d = dir.resolve(name);
    try (var files = Files.walk(dir.resolve("views/21"))) {
      for (Path f : files.toList()) {
        Path t = d.resolve(dir.resolve("views/21").relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(t);
        } else {
          Files.copy(f, t);
        }
      }
    }
    Path cams = d.resolve("cameras.json");
    String json = Files.readString(cams);
    assertThat(json).contains(from);
    Files.writeString(cams, json.replaceFirst(java.util.regex.Pattern.quote(from), to));
    return d;
  }

  @Test
  void reconstructsAWatertightMeshFromTheModelJobLayout() throws Exception {
    Path out = dir.resolve("out/tooth.ply");
    CliTestRun run = CliTestRun.of("reconstruct", dir.toString(), "--out", out.toString(), "--resolution", "40");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("reconstructed 8 views").contains("watertight true");
    TriangleMesh m = MeshFiles.read(out);
    assertThat(MeshMeasures.isWatertight(m)).isTrue();
    double exact = MeshMeasures.signedVolume(tooth);
    assertThat(MeshMeasures.signedVolume(m)).isBetween(0.8 * exact, 1.2 * exact);
  }

  @Test
  void missingMaskAndStrayImageNameTheFile() throws Exception {
    Path d = broken("stray", "\"view_000\"", "\"view_x\"");
    CliTestRun run = CliTestRun.of("reconstruct", d.toString(), "--out", dir.resolve("x.obj").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("view_000.png").contains("no view named 'view_000'");
  }

  @Test
  void rotationThatIsNotOrthonormalIsBadInput() throws Exception {
    Path d = broken("rotation", "\"R\" : [ [ ", "\"R\" : [ [ 2.0, ");
    CliTestRun run = CliTestRun.of("reconstruct", d.toString(), "--out", dir.resolve("x.obj").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("cameras.json").contains("view_000");
  }

  @Test
  void imageSizeThatDiffersFromTheIntrinsicsIsBadInput() throws Exception {
    Path d = broken("size", "\"width\" : 64", "\"width\" : 128");
    CliTestRun run = CliTestRun.of("reconstruct", d.toString(), "--out", dir.resolve("x.obj").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains("masks").contains("64x64").contains("128x64");
  }

  @Test
  void unknownOutputExtensionIsUsage() {
    CliTestRun run = CliTestRun.of("reconstruct", dir.toString(), "--out", dir.resolve("x.vtk").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
  }
}
