package org.radiomesh.spatial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.radiomesh.mesh.TestMeshes;

class KdTreeTest {

  /** Linear scan: the exact minimum of the same double arithmetic the tree uses. */
  static double[] bruteForce(float[] ref, float[] q) {
    int n = q.length / 3;
    double[] best = new double[n];
    for (int i = 0; i < n; i++) {
      double b = Double.POSITIVE_INFINITY;
      for (int j = 0; j < ref.length; j += 3) {
        double dx = (double) q[3 * i] - ref[j];
        double dy = (double) q[3 * i + 1] - ref[j + 1];
        double dz = (double) q[3 * i + 2] - ref[j + 2];
        b = Math.min(b, dx * dx + dy * dy + dz * dz);
      }
      best[i] = b;
    }
    return best;
  }

  private static void assertExact(float[] ref, float[] q, int threads) {
    KdTree tree = KdTree.build(ref, threads);
    int n = q.length / 3;
    double[] d2 = new double[n];
    int[] idx = new int[n];
    tree.nearest(q, d2, idx, threads);
    double[] expected = bruteForce(ref, q);
    assertThat(d2).containsExactly(expected);
    for (int i = 0; i < n; i++) {
      double dx = (double) q[3 * i] - ref[3 * idx[i]];
      double dy = (double) q[3 * i + 1] - ref[3 * idx[i] + 1];
      double dz = (double) q[3 * i + 2] - ref[3 * idx[i] + 2];
      assertThat(dx * dx + dy * dy + dz * dz).as("index of query %d points at its nearest", i).isEqualTo(d2[i]);
    }
  }

  @Test
  void uniformMatchesLinearScan() {
    assertExact(TestMeshes.uniformCloud(5000, 1, -1, 1), TestMeshes.uniformCloud(3000, 2, -1.2f, 1.2f), 1);
  }

  @Test
  void uniformMatchesLinearScanOnSeveralThreads() {
    assertExact(TestMeshes.uniformCloud(20_000, 3, 0, 1), TestMeshes.uniformCloud(9000, 4, 0, 1), 3);
  }

  @Test
  void clusteredMatchesLinearScan() {
    assertExact(TestMeshes.clusteredCloud(6000, 5, 7, 0.01), TestMeshes.clusteredCloud(3000, 6, 5, 0.05), 1);
  }

  @Test
  void manyDuplicatesMatchLinearScan() {
    SplittableRandom r = new SplittableRandom(7);
    float[] ref = new float[3 * 4000];
    for (int i = 0; i < 4000; i++) {
      int c = r.nextInt(5);
      ref[3 * i] = c;
      ref[3 * i + 1] = c % 2;
      ref[3 * i + 2] = 0.5f;
    }
    assertExact(ref, TestMeshes.uniformCloud(2000, 8, -1, 5), 1);
    assertExact(ref, ref, 2);
  }

  @Test
  void collinearMatchesLinearScan() {
    float[] ref = new float[3 * 3000];
    SplittableRandom r = new SplittableRandom(9);
    for (int i = 0; i < 3000; i++) {
      float t = (float) r.nextDouble();
      ref[3 * i] = t;
      ref[3 * i + 1] = 2 * t;
      ref[3 * i + 2] = -t;
    }
    assertExact(ref, TestMeshes.uniformCloud(2000, 10, -1, 2), 1);
  }

  @Test
  void singlePointAndOneQuery() {
    assertExact(new float[] {1, 2, 3}, TestMeshes.uniformCloud(100, 11, -5, 5), 1);
    assertExact(TestMeshes.uniformCloud(1000, 12, 0, 1), new float[] {0.5f, 0.5f, 0.5f}, 1);
    Neighbour n = KdTree.build(new float[] {0, 0, 0, 3, 4, 0}).nearest(0, 4, 0);
    assertThat(n.index()).isEqualTo(1);
    assertThat(n.distance()).isEqualTo(3.0);
  }

  @Test
  void treeSizesAroundLeafBoundaries() {
    for (int n = 1; n <= 40; n++) {
      assertExact(TestMeshes.uniformCloud(n, 100 + n, 0, 1), TestMeshes.uniformCloud(50, 200 + n, 0, 1), 1);
    }
  }

  @Test
  void resultsDoNotDependOnThreads() {
    float[] ref = TestMeshes.uniformCloud(30_000, 13, 0, 1);
    float[] q = TestMeshes.uniformCloud(20_000, 14, 0, 1);
    double[] d1 = new double[20_000];
    int[] i1 = new int[20_000];
    double[] d4 = new double[20_000];
    int[] i4 = new int[20_000];
    KdTree.build(ref, 1).nearest(q, d1, i1, 1);
    KdTree.build(ref, 4).nearest(q, d4, i4, 4);
    assertThat(d4).containsExactly(d1);
    assertThat(i4).containsExactly(i1);
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> KdTree.build(new float[0])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KdTree.build(new float[] {0, Float.NaN, 0}))
        .hasMessageContaining("non-finite");
    KdTree tree = KdTree.build(new float[] {0, 0, 0});
    assertThatThrownBy(() -> tree.nearest(Float.POSITIVE_INFINITY, 0, 0)).hasMessageContaining("query 0");
  }
}
