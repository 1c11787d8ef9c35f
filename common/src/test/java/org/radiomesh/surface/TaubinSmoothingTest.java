package org.radiomesh.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.radiomesh.mesh.TriangleMesh;

class TaubinSmoothingTest {

  /** RMS of |p| − r over the vertices. */
  private static double radialRms(TriangleMesh m, double r) {
    float[] p = m.xyz();
    double s = 0;
    for (int v = 0; v < m.vertexCount(); v++) {
      double d = Math.sqrt(p[3 * v] * p[3 * v] + p[3 * v + 1] * p[3 * v + 1] + p[3 * v + 2] * p[3 * v + 2]) - r;
      s += d * d;
    }
    return Math.sqrt(s / m.vertexCount());
  }

  private static TriangleMesh noisySphere(long seed) {
    TriangleMesh m = MarchingCubes.surface(MarchingCubesTest.sphere(41, 0.1, 1.5), 0);
    float[] p = m.xyz().clone();
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int i = 0; i < p.length; i++) {
      p[i] += (float) rnd.nextDouble(-0.02, 0.02);
    }
    return m.toBuilder().xyz(p).build();
  }

  @Test
  void removesNoiseAndKeepsTheVolume() {
    TriangleMesh noisy = noisySphere(1);
    TriangleMesh smooth = TaubinSmoothing.smooth(noisy, TaubinSmoothing.Options.defaults());
    assertThat(radialRms(smooth, 1.5)).isLessThan(0.5 * radialRms(noisy, 1.5));
    double v0 = 4 * Math.PI * 1.5 * 1.5 * 1.5 / 3;
    assertThat(MeshChecks.volume(smooth) / v0).isBetween(0.98, 1.02);
    assertThat(smooth.faces()).isSameAs(noisy.faces());
  }

  @Test
  void shrinksLessThanLaplacianSmoothing() {
    TriangleMesh noisy = noisySphere(2);
    TriangleMesh taubin = TaubinSmoothing.smooth(noisy,
        TaubinSmoothing.Options.builder().iterations(40).build());
    // Plain Laplacian smoothing with the same λ: 80 λ steps, written out here from the definition.
    int[][] csr = TaubinSmoothing.adjacency(noisy.faces(), noisy.vertexCount());
    float[] x = noisy.xyz().clone();
    for (int it = 0; it < 80; it++) {
      float[] y = x.clone();
      for (int v = 0; v < noisy.vertexCount(); v++) {
        for (int c = 0; c < 3; c++) {
          double mean = 0;
          for (int k = csr[0][v]; k < csr[0][v + 1]; k++) {
            mean += x[3 * csr[1][k] + c];
          }
          mean /= csr[0][v + 1] - csr[0][v];
          y[3 * v + c] = (float) (x[3 * v + c] + 0.5 * (mean - x[3 * v + c]));
        }
      }
      x = y;
    }
    double laplacianVolume = MeshChecks.volume(noisy.toBuilder().xyz(x).build());
    assertThat(MeshChecks.volume(taubin)).isGreaterThan(laplacianVolume);
  }

  @Test
  void boundaryVerticesStayWhenFixed() {
    // An open surface: the sphere cut by the grid border without capping.
    TriangleMesh open = new MarchingCubes(MarchingCubes.Options.builder().closeBorders(false).build())
        .extract(MarchingCubesTest.sphere(20, 0.1, 1.2), 0);
    boolean[] boundary = TaubinSmoothing.boundaryVertices(open.faces(), open.vertexCount());
    TriangleMesh s = TaubinSmoothing.smooth(open, TaubinSmoothing.Options.defaults());
    int fixed = 0;
    for (int v = 0; v < boundary.length; v++) {
      if (boundary[v]) {
        fixed++;
        for (int c = 0; c < 3; c++) {
          assertThat(s.xyz()[3 * v + c]).isEqualTo(open.xyz()[3 * v + c]);
        }
      }
    }
    assertThat(fixed).isPositive();
  }

  @Test
  void rejectsInvalidOptions() {
    assertThatThrownBy(() -> TaubinSmoothing.Options.builder().lambda(0.5).mu(-0.4).build())
        .hasMessageContaining("mu");
    assertThatThrownBy(() -> TaubinSmoothing.Options.builder().lambda(1.5).build()).hasMessageContaining("lambda");
  }
}
