package org.radiomesh.recon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.radiomesh.mesh.MeshMeasures;
import org.radiomesh.mesh.TriangleMesh;

/** The visual hull of a sphere from silhouettes only, against the sphere's closed-form volume. */
class VisualHullTest {
  private static final double R = 5;
  private static final double[] C = {1, -2, 3};
  private static final TriangleMesh SPHERE = ReconFixtures.sphere(5, R, C);

  private static ReconstructionOptions hullOptions(int resolution) {
    return ReconstructionOptions.builder().resolution(resolution).useDepth(false).smoothingIterations(0)
        .targetFaces(0).build();
  }

  /** Relative volume error of the hull reconstructed from azimuths × elevations views at a grid resolution. */
  private static double volumeError(int azimuths, double[] elevations, int resolution) throws Exception {
    List<CalibratedView> views = ReconFixtures.silhouettesOnly(ReconFixtures.views(SPHERE, azimuths, elevations, 128));
    Reconstruction r = new MultiviewReconstructor(hullOptions(resolution)).reconstruct(views);
    assertThat(MeshMeasures.isWatertight(r.mesh())).isTrue();
    double exact = MeshMeasures.signedVolume(SPHERE);
    return (MeshMeasures.signedVolume(r.mesh()) - exact) / exact;
  }

  @Test
  void volumeErrorShrinksWithMoreViews() throws Exception {
    double few = volumeError(3, new double[] {0}, 48);
    double some = volumeError(6, new double[] {30, -30}, 48);
    double many = volumeError(12, new double[] {50, 15, -15, -50}, 48);
    assertThat(few).isGreaterThan(some);
    assertThat(some).isGreaterThan(many);
    // three coplanar views 120° apart: even orthographic ones leave a hexagonal prism per slice, 2√3/π − 1 = 10.3 %
    assertThat(few).isGreaterThan(2 * Math.sqrt(3) / Math.PI - 1);
    assertThat(Math.abs(many)).isLessThan(0.03);
  }

  @Test
  void volumeErrorShrinksWithTheGridAndTheHullContainsTheSphere() throws Exception {
    List<CalibratedView> views = ReconFixtures.silhouettesOnly(
        ReconFixtures.views(SPHERE, 12, new double[] {50, 15, -15, -50}, 128));
    double exact = MeshMeasures.signedVolume(SPHERE);
    double previous = Double.POSITIVE_INFINITY;
    for (int res : new int[] {16, 32, 64}) {
      Reconstruction r = new MultiviewReconstructor(hullOptions(res)).reconstruct(views);
      double err = Math.abs(MeshMeasures.signedVolume(r.mesh()) - exact) / exact;
      assertThat(err).as("resolution %d", res).isLessThan(previous);
      previous = err;
      // a hull never cuts into the object by more than the grid and the pixel quantisation allow
      float[] p = r.mesh().xyz();
      double pixel = 0.1;  // about 2·R·1.1 / 128 mm per pixel at the sphere
      for (int v = 0; v < r.mesh().vertexCount(); v++) {
        double dx = p[3 * v] - C[0];
        double dy = p[3 * v + 1] - C[1];
        double dz = p[3 * v + 2] - C[2];
        assertThat(Math.sqrt(dx * dx + dy * dy + dz * dz)).isGreaterThan(R - r.voxelSize() - pixel);
      }
    }
    assertThat(previous).isLessThan(0.02);
  }
}
