package org.radiomesh.recon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.mesh.MeshMeasures;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.render.CameraFormatException;
import org.radiomesh.render.CameraRing;
import org.radiomesh.render.ViewPng;

class CalibratedViewsFolderTest {
  @TempDir
  Path dir;

  private MultiviewSet writeBox() throws Exception {
    TriangleMesh box = ReconFixtures.labelledBox(new double[] {-4, -3, -2}, new double[] {4, 3, 2}, 6);
    CameraRing ring = CameraRing.builder().azimuths(4).elevations(30, -30).size(64, 48).build();
    MultiviewSet set = AnatomyMultiviewGenerator.defaults().generate(MultiviewRequest.builder().id("box")
        .subject(MultiviewSubject.of(box)).layout(new CameraLayout.Ring(ring)).build());
    CalibratedViewsFolder.write(set, dir);
    return set;
  }

  @Test
  void roundTripKeepsMasksDepthAndLabels() throws Exception {
    MultiviewSet set = writeBox();
    List<CalibratedView> read = CalibratedViewsFolder.read(dir);
    List<CalibratedView> original = set.calibratedViews();
    assertThat(read).hasSize(8);
    for (int i = 0; i < read.size(); i++) {
      CalibratedView a = original.get(i);
      CalibratedView b = read.get(i);
      assertThat(b.name()).isEqualTo(a.name());
      assertThat(b.camera().width()).isEqualTo(64);
      assertThat(b.camera().center()[0]).isCloseTo(a.camera().center()[0], within(1e-9));
      assertThat(b.mask()).isEqualTo(a.mask());
      assertThat(b.labels()).isEqualTo(a.labels());
      for (int p = 0; p < a.mask().length; p++) {
        if (a.mask()[p]) {
          assertThat((double) b.depth()[p]).isCloseTo(a.depth()[p], within(ViewPng.DEFAULT_DEPTH_UNIT / 2 + 1e-4));
        } else {
          assertThat(b.depth()[p]).isEqualTo(Float.POSITIVE_INFINITY);
        }
      }
    }
    assertThat(dir.resolve("rgb").resolve("view_000.png")).exists();
    assertThat(dir.resolve("normals").resolve("view_007.png")).exists();
    Reconstruction r = new MultiviewReconstructor(ReconstructionOptions.builder().resolution(32).build())
        .reconstruct(read);
    assertThat(MeshMeasures.isWatertight(r.mesh())).isTrue();
    assertThat(r.mesh().labels()).containsOnly(1, 2);
  }

  @Test
  void masksOnlyFoldersReadWithoutDepthOrLabels() throws Exception {
    writeBox();
    deleteTree(dir.resolve("depth"));
    deleteTree(dir.resolve("labels"));
    List<CalibratedView> read = CalibratedViewsFolder.read(dir);
    assertThat(read.get(0).hasDepth()).isFalse();
    assertThat(read.get(0).hasLabels()).isFalse();
  }

  @Test
  void errorsNameTheFile() throws Exception {
    writeBox();
    Files.copy(dir.resolve("masks").resolve("view_001.png"), dir.resolve("masks").resolve("view_01.png"));
    assertThatThrownBy(() -> CalibratedViewsFolder.read(dir)).isInstanceOf(IOException.class)
        .hasMessageContaining("view_01.png").hasMessageContaining("no view named 'view_01'");
    Files.delete(dir.resolve("masks").resolve("view_01.png"));
    Files.delete(dir.resolve("masks").resolve("view_003.png"));
    assertThatThrownBy(() -> CalibratedViewsFolder.read(dir)).hasMessageContaining("view_003.png")
        .hasMessageContaining("mask of view 'view_003' not found");
  }

  @Test
  void aMaskOfTheWrongSizeIsNamed() throws Exception {
    writeBox();
    java.awt.image.BufferedImage small = new java.awt.image.BufferedImage(32, 32,
        java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
    ViewPng.write(small, dir.resolve("masks").resolve("view_002.png"));
    assertThatThrownBy(() -> CalibratedViewsFolder.read(dir)).isInstanceOf(IOException.class)
        .hasMessageContaining("view_002.png").hasMessageContaining("32x32").hasMessageContaining("64x48");
  }

  @Test
  void aNonRotationInTheCalibrationIsNamed() throws Exception {
    writeBox();
    Path cams = dir.resolve(CalibratedViewsFolder.CAMERAS);
    String json = Files.readString(cams, StandardCharsets.UTF_8);
    int at = json.indexOf("\"view_004\"");
    int r = json.indexOf("\"R\"", at);
    int row = json.indexOf('[', json.indexOf('[', r) + 1);
    int comma = json.indexOf(',', row);
    json = json.substring(0, row + 1) + " 3.0" + json.substring(comma);  // R[0][0] = 3: not orthonormal
    Files.writeString(cams, json, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> CalibratedViewsFolder.read(dir)).isInstanceOf(CameraFormatException.class)
        .hasMessageContaining("view_004").hasMessageContaining("not a rotation");
  }

  @Test
  void aMissingCalibrationIsNamed() {
    assertThatThrownBy(() -> CalibratedViewsFolder.read(dir)).isInstanceOf(IOException.class)
        .hasMessageContaining("cameras.json");
  }

  private static void deleteTree(Path p) throws IOException {
    try (var files = Files.walk(p)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}
