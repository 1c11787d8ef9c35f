package org.radiomesh.surface;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.radiomesh.mesh.TriangleMesh;

class MeshComponentsTest {

  /** Two balls of radius 6 and 3 voxels, apart, plus a one-voxel speck; labels = 1, 2, 3 by blob. */
  private static TriangleMesh threeBlobs() {
    int n = 40;
    float[] v = new float[n * n * n];
    int[] labels = new int[v.length];
    double[][] c = {{10, 20, 20, 6}, {30, 20, 20, 3}, {20, 5, 5, 0.5}};
    for (int z = 0, i = 0; z < n; z++) {
      for (int y = 0; y < n; y++) {
        for (int x = 0; x < n; x++, i++) {
          float best = -1e9f;
          for (int b = 0; b < 3; b++) {
            float d = (float) (c[b][3] - Math.sqrt(Math.pow(x - c[b][0], 2) + Math.pow(y - c[b][1], 2)
                + Math.pow(z - c[b][2], 2)));
            if (d > best) {
              best = d;
              labels[i] = b + 1;
            }
          }
          v[i] = best;
        }
      }
    }
    return new MarchingCubes(MarchingCubes.Options.defaults()).extract(ScalarGrid.unit(v, n, n, n), labels, 0);
  }

  @Test
  void countsLargestAndSizeFilter() {
    TriangleMesh m = threeBlobs();
    assertThat(MeshComponents.count(m)).isEqualTo(3);
    TriangleMesh largest = MeshComponents.largest(m);
    assertThat(MeshComponents.count(largest)).isEqualTo(1);
    assertThat(largest.labels()).containsOnly(1);
    assertThat(MeshChecks.closedOrientedManifold(largest)).isTrue();
    assertThat(MeshChecks.volume(largest)).isBetween(0.95 * 4 * Math.PI * 216 / 3, 1.01 * 4 * Math.PI * 216 / 3);
    TriangleMesh big = MeshComponents.withAtLeast(m, 50);
    assertThat(MeshComponents.count(big)).isEqualTo(2);
    assertThat(big.labels()).containsOnly(1, 2);
    assertThat(big.faceCount() + MeshComponents.keepFaces(m, speck(m)).faceCount()).isEqualTo(m.faceCount());
  }

  private static boolean[] speck(TriangleMesh m) {
    int[] comp = MeshComponents.faceComponents(m);
    boolean[] keep = new boolean[comp.length];
    for (int t = 0; t < comp.length; t++) {
      keep[t] = m.labels()[m.faces()[3 * t]] == 3;
    }
    return keep;
  }

  @Test
  void keepFacesDropsUnusedVerticesAndKeepsOrder() {
    TriangleMesh m = TriangleMesh.builder().xyz(new float[] {0, 0, 0, 1, 0, 0, 0, 1, 0, 5, 5, 5, 0, 0, 1})
        .faces(new int[] {0, 1, 2, 0, 2, 4}).labels(new int[] {10, 11, 12, 13, 14}).build();
    TriangleMesh sub = MeshComponents.keepFaces(m, new boolean[] {false, true});
    assertThat(sub.faces()).containsExactly(0, 1, 2);
    assertThat(sub.labels()).containsExactly(10, 12, 14);
    assertThat(sub.xyz()).containsExactly(0, 0, 0, 0, 1, 0, 0, 0, 1);
  }
}
