package org.radiomesh.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.mesh.TriangleMesh;

class ViewPngTest {

  private static RenderedView labelledSphere() {
    TriangleMesh s = MeshFixtures.icosphere(3, 8, 0, 0, 40);
    int[] labels = new int[s.vertexCount()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = s.xyz()[3 * i] < 0 ? 36 : 46;
    }
    return Rasterizer.defaults().render(s.toBuilder().labels(labels).build(), MeshFixtures.axisCamera(90, 48, 40));
  }

  @Test
  void mapsReadBackAsWritten(@TempDir Path dir) throws Exception {
    RenderedView v = labelledSphere();
    ViewPng.writeMaps(v, dir, "v");
    BufferedImage mask = ImageIO.read(dir.resolve("v_mask.png").toFile());
    BufferedImage depth = ImageIO.read(dir.resolve("v_depth.png").toFile());
    BufferedImage labels = ImageIO.read(dir.resolve("v_label.png").toFile());
    BufferedImage normals = ImageIO.read(dir.resolve("v_normal.png").toFile());
    BufferedImage rgb = ImageIO.read(dir.resolve("v_rgb.png").toFile());
    assertThat(depth.getColorModel().getPixelSize()).isEqualTo(16);
    for (int i = 0; i < v.mask().length; i++) {
      int x = i % 48;
      int y = i / 48;
      assertThat(mask.getRaster().getSample(x, y, 0)).isEqualTo(v.mask()[i] ? 255 : 0);
      int d = depth.getRaster().getSample(x, y, 0);
      assertThat(d).isEqualTo(v.mask()[i] ? (int) Math.round(v.depth()[i] / ViewPng.DEFAULT_DEPTH_UNIT) : 0);
      assertThat(labels.getRGB(x, y) & 0xFFFFFF).isEqualTo(LabelPalette.rgb(v.labels()[i]));
      int n = normals.getRGB(x, y);
      if (v.mask()[i]) {
        // Camera-space normals of a sphere facing the camera have n_z < 0: blue below 128.
        assertThat(n & 255).isLessThan(128);
        assertThat((rgb.getRGB(x, y) >> 8) & 255).isEqualTo(Math.round(v.rgb()[3 * i + 1] * 255));
      } else {
        assertThat(n & 0xFFFFFF).isZero();
      }
    }
    assertThat(v.labels()).contains(36, 46, LabelPalette.BACKGROUND);
  }

  @Test
  void maskAndDepthReadBack(@TempDir Path dir) throws Exception {
    RenderedView v = labelledSphere();
    ViewPng.writeMaps(v, dir, "v");
    assertThat(ViewPng.readMask(dir.resolve("v_mask.png"), v.camera())).isEqualTo(v.mask());
    float[] depth = ViewPng.readDepth(dir.resolve("v_depth.png"), v.camera(), ViewPng.DEFAULT_DEPTH_UNIT);
    for (int i = 0; i < depth.length; i++) {
      if (v.mask()[i]) {
        assertThat((double) depth[i]).isCloseTo(v.depth()[i], org.assertj.core.api.Assertions.within(0.0051));
      } else {
        assertThat(depth[i]).isEqualTo(Float.POSITIVE_INFINITY);
      }
    }
    Camera other = MeshFixtures.axisCamera(90, 40, 40);
    assertThatThrownBy(() -> ViewPng.readMask(dir.resolve("v_mask.png"), other)).hasMessageContaining("v_mask.png")
        .hasMessageContaining("48x40");
    assertThatThrownBy(() -> ViewPng.readDepth(dir.resolve("v_mask.png"), v.camera(), 0.01))
        .hasMessageContaining("16-bit");
  }

  @Test
  void depthBeyondSixteenBitsIsAnError() {
    RenderedView v = labelledSphere();
    assertThatThrownBy(() -> ViewPng.depthImage(v, 1e-4)).hasMessageContaining("larger depth unit");
  }

  @Test
  void turntableWritesFramesAndSheet(@TempDir Path dir) throws Exception {
    TriangleMesh cube = MeshFixtures.box(0, 0, 0, 10, 8, 6);
    List<RenderedView> views = Turntable.render(cube, 8, 20, 40, 30, Rasterizer.defaults());
    Turntable.write(views, dir, "spin");
    assertThat(dir.resolve("spin_007.png")).exists();
    BufferedImage sheet = ImageIO.read(dir.resolve("spin.png").toFile());
    assertThat(sheet.getWidth()).isEqualTo(6 * 40);
    assertThat(sheet.getHeight()).isEqualTo(2 * 30);
    for (RenderedView v : views) {
      assertThat(v.maskArea()).isGreaterThan(100);
    }
  }

  @Test
  void paletteIsStableAndDistinct() {
    assertThat(LabelPalette.rgb(LabelPalette.BACKGROUND)).isZero();
    java.util.Set<Integer> colours = new java.util.HashSet<>();
    for (org.radiomesh.anatomy.ToothNumber t : org.radiomesh.anatomy.ToothNumber.all()) {
      colours.add(LabelPalette.rgb(t.fdi()));
    }
    colours.add(LabelPalette.rgb(0));
    assertThat(colours).hasSize(33).doesNotContain(0);
  }
}
