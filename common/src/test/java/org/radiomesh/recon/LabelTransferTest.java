package org.radiomesh.recon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.radiomesh.mesh.TriangleMesh;

class LabelTransferTest {
  private static final double[] LO = {-5, -3, -2};
  private static final double[] HI = {5, 3, 2};

  @Test
  void twoLabelBoxKeepsItsHalves() throws Exception {
    TriangleMesh box = ReconFixtures.labelledBox(LO, HI, 10);
    List<CalibratedView> views = ReconFixtures.views(box, 6, new double[] {30, -30}, 128);
    Reconstruction r = new MultiviewReconstructor(ReconstructionOptions.builder().resolution(64).build())
        .reconstruct(views);
    TriangleMesh m = r.mesh();
    assertThat(m.hasLabels()).isTrue();
    // the source labels switch at the vertex column x = 0; its triangles are labelled by their nearest vertex, so the
    // switch is blurred by half a source cell (0.5 mm) plus the reconstruction's two voxels
    double margin = 0.5 + 2 * r.voxelSize();
    int checked = 0;
    for (int v = 0; v < m.vertexCount(); v++) {
      double x = m.xyz()[3 * v];
      if (Math.abs(x) > margin) {
        assertThat(m.labels()[v]).as("vertex %d at x = %.3f", v, x).isEqualTo(x < 0 ? 1 : 2);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(m.vertexCount() * 3 / 4);
    assertThat(m.labels()).containsOnly(1, 2);
  }

  @Test
  void unlabelledViewsGiveNoLabels() throws Exception {
    TriangleMesh box = ReconFixtures.labelledBox(LO, HI, 4);
    TriangleMesh plain = TriangleMesh.of(box.xyz(), box.faces());
    List<CalibratedView> views = ReconFixtures.views(plain, 4, new double[] {30, -30}, 64);
    Reconstruction r = new MultiviewReconstructor(ReconstructionOptions.builder().resolution(32).build())
        .reconstruct(views);
    assertThat(r.mesh().hasLabels()).isFalse();
    assertThat(LabelTransfer.transfer(r.mesh(), ReconFixtures.views(box, 4, new double[] {30, -30}, 64), 1.0))
        .containsOnly(1, 2);
  }

  @Test
  void verticesNoViewSeesTakeTheirNeighboursLabel() throws Exception {
    TriangleMesh box = ReconFixtures.labelledBox(LO, HI, 10);
    // only views from the -x side carry labels: the +x half is labelled by spreading along the mesh
    List<CalibratedView> views = ReconFixtures.views(box, 6, new double[] {30, -30}, 96);
    List<CalibratedView> oneSide = new java.util.ArrayList<>();
    for (CalibratedView v : views) {
      boolean fromMinusX = v.camera().center()[0] < -1;
      oneSide.add(fromMinusX ? v : v.withoutLabels());
    }
    Reconstruction r = new MultiviewReconstructor(ReconstructionOptions.builder().resolution(48).build())
        .reconstruct(oneSide);
    assertThat(r.mesh().labels()).isNotNull();
    assertThat(r.mesh().labels()).doesNotContain(0, -1);
  }
}
