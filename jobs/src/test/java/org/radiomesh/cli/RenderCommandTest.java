package org.radiomesh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.mesh.io.MeshFiles;
import org.radiomesh.render.CamerasJson;
import org.radiomesh.render.NamedCamera;
import picocli.CommandLine;

class RenderCommandTest {

  /** A 10 × 8 × 6 mm box, counter-clockwise outside. */
  private static TriangleMesh box() {
    float[] xyz = new float[24];
    for (int i = 0; i < 8; i++) {
      xyz[3 * i] = (i & 1) == 0 ? 0 : 10;
      xyz[3 * i + 1] = (i & 2) == 0 ? 0 : 8;
      xyz[3 * i + 2] = (i & 4) == 0 ? 0 : 6;
    }
    int[] faces = {0, 2, 1, 1, 2, 3, 4, 5, 6, 5, 7, 6, 0, 1, 4, 1, 5, 4, 2, 6, 3, 3, 6, 7, 0, 4, 2, 2, 4, 6, 1, 3, 5,
        3, 7, 5};
    return TriangleMesh.of(xyz, faces);
  }

  private static int run(StringWriter err, String... args) {
    CommandLine cli = Radiomesh.commandLine();
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void rendersOneViewWithMapsAndCameras(@TempDir Path dir) throws Exception {
    Path mesh = dir.resolve("box.ply");
    MeshFiles.write(box(), mesh);
    Path png = dir.resolve("out/box.png");
    int code = run(new StringWriter(), "render", mesh.toString(), "--out", png.toString(), "--width", "64",
        "--height", "48", "--azimuth", "30", "--maps", "--cameras-out", dir.resolve("cams.json").toString());
    assertThat(code).isEqualTo(ExitCodes.OK);
    BufferedImage img = ImageIO.read(png.toFile());
    assertThat(img.getWidth()).isEqualTo(64);
    assertThat(img.getHeight()).isEqualTo(48);
    assertThat(img.getRGB(32, 24) & 0xFFFFFF).isNotZero();
    assertThat(img.getRGB(0, 0) & 0xFFFFFF).isZero();
    for (String map : List.of("mask", "depth", "normal", "label", "rgb")) {
      assertThat(dir.resolve("out/box_" + map + ".png")).exists();
    }
    List<NamedCamera> cams = CamerasJson.read(dir.resolve("cams.json"));
    assertThat(cams).hasSize(1);
    assertThat(cams.get(0).camera().width()).isEqualTo(64);
  }

  @Test
  void turntableAndUserCamerasWriteFramesAndSheet(@TempDir Path dir) throws Exception {
    Path mesh = dir.resolve("box.obj");
    MeshFiles.write(box(), mesh);
    Path png = dir.resolve("spin.png");
    assertThat(run(new StringWriter(), "render", mesh.toString(), "--out", png.toString(), "--turntable", "8",
        "--width", "40", "--height", "40", "--cameras-out", dir.resolve("c.json").toString()))
        .isEqualTo(ExitCodes.OK);
    assertThat(dir.resolve("spin_007.png")).exists();
    assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(6 * 40);
    Path again = dir.resolve("again.png");
    assertThat(run(new StringWriter(), "render", mesh.toString(), "--out", again.toString(), "--cameras",
        dir.resolve("c.json").toString())).isEqualTo(ExitCodes.OK);
    assertThat(dir.resolve("again_view_003.png")).exists();
    assertThat(Files.readAllBytes(dir.resolve("again_view_003.png")))
        .isEqualTo(Files.readAllBytes(dir.resolve("spin_003.png")));
  }

  @Test
  void badInputGivesAClearMessageAndExitCode(@TempDir Path dir) throws Exception {
    StringWriter err = new StringWriter();
    assertThat(run(err, "render", dir.resolve("nope.obj").toString(), "--out", dir.resolve("x.png").toString()))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("nope.obj");
    Path mesh = dir.resolve("box.stl");
    MeshFiles.write(box(), mesh);
    StringWriter err2 = new StringWriter();
    assertThat(run(err2, "render", mesh.toString(), "--out", dir.resolve("x.png").toString(), "--up", "w"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err2.toString()).contains("--up w");
    Path badCams = dir.resolve("bad.json");
    Files.writeString(badCams, "[{\"name\": \"a\"}]");
    StringWriter err3 = new StringWriter();
    assertThat(run(err3, "render", mesh.toString(), "--out", dir.resolve("x.png").toString(), "--cameras",
        badCams.toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err3.toString()).contains("bad.json").contains("width");
  }
}
