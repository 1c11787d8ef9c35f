package org.radiomesh.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class VertexWelderTest {

  /** The cube as a triangle soup: 36 corners, each face with its own three vertices. */
  static TriangleMesh soup(TriangleMesh m) {
    float[] v = new float[9 * m.faceCount()];
    int[] f = new int[3 * m.faceCount()];
    for (int c = 0; c < f.length; c++) {
      System.arraycopy(m.xyz(), 3 * m.faces()[c], v, 3 * c, 3);
      f[c] = c;
    }
    return TriangleMesh.of(v, f);
  }

  @Test
  void exactWeldMakesACubeSoupWatertight() {
    TriangleMesh soup = soup(MeshFixtures.unitCube());
    assertThat(MeshMeasures.isWatertight(soup)).isFalse();
    TriangleMesh welded = VertexWelder.weld(soup, 0);
    assertThat(welded.vertexCount()).isEqualTo(8);
    assertThat(welded.faceCount()).isEqualTo(12);
    assertThat(MeshMeasures.isWatertight(welded)).isTrue();
    assertThat(MeshMeasures.signedVolume(welded)).isEqualTo(1.0);
  }

  @Test
  void signedZerosAreOneVertexAndTheFirstVertexKeepsItsAttributes() {
    TriangleMesh m = TriangleMesh.builder().xyz(new float[] {0f, -0f, 1, 1, 2, 3, -0f, 0f, 1})
        .labels(new int[] {11, 12, 13}).faces(new int[] {0, 1, 2}).build();
    TriangleMesh w = VertexWelder.weld(m, 0);
    assertThat(w.vertexCount()).isEqualTo(2);
    assertThat(w.labels()).containsExactly(11, 12);
    assertThat(w.faces()).containsExactly(0, 1, 0);
  }

  @Test
  void toleranceWeldMatchesGreedyBruteForce() {
    Random rnd = new Random(42);
    for (int trial = 0; trial < 20; trial++) {
      int n = 400;
      float[] v = new float[3 * n];
      for (int i = 0; i < n; i++) {
        // Clusters around a coarse lattice, so that many pairs fall within the tolerance and some just outside.
        for (int d = 0; d < 3; d++) {
          v[3 * i + d] = rnd.nextInt(6) + (float) (rnd.nextGaussian() * 0.05);
        }
      }
      int[] f = new int[3 * (n / 3)];
      for (int i = 0; i < f.length; i++) {
        f[i] = i;
      }
      double tolerance = 0.03 + 0.01 * trial;
      TriangleMesh w = VertexWelder.weld(TriangleMesh.of(v, f), tolerance);
      int[] expected = greedy(v, tolerance);
      int kept = 0;
      for (int i = 0; i < n; i++) {
        kept += expected[i] == i ? 1 : 0;
      }
      assertThat(w.vertexCount()).as("trial %d", trial).isEqualTo(kept);
      for (int c = 0; c < f.length; c++) {
        int rep = expected[f[c]];
        for (int d = 0; d < 3; d++) {
          assertThat(w.xyz()[3 * w.faces()[c] + d]).isEqualTo(v[3 * rep + d]);
        }
      }
    }
  }

  /** Each vertex joins the earliest kept vertex within the tolerance; O(n²). */
  private static int[] greedy(float[] v, double tolerance) {
    int n = v.length / 3;
    int[] map = new int[n];
    for (int i = 0; i < n; i++) {
      map[i] = i;
      for (int k = 0; k < i; k++) {
        if (map[k] == k && dist2(v, i, k) <= tolerance * tolerance) {
          map[i] = k;
          break;
        }
      }
    }
    return map;
  }

  private static double dist2(float[] v, int a, int b) {
    double s = 0;
    for (int d = 0; d < 3; d++) {
      double x = v[3 * a + d] - v[3 * b + d];
      s += x * x;
    }
    return s;
  }

  @Test
  void rejectsNegativeOrNanTolerance() {
    TriangleMesh m = MeshFixtures.unitCube();
    assertThatThrownBy(() -> VertexWelder.weld(m, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VertexWelder.weld(m, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }
}
