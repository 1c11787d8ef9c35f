package org.radiomesh.spatial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.radiomesh.mesh.TestMeshes;

/** The tree layout both search structures rely on: median partitions, split planes and exact child boxes. */
class MedianSplitterTest {
  private static final int LEAF = 8;

  private static int depth(int n) {
    int d = 0;
    while ((n + (1L << d) - 1) >> d > LEAF) {
      d++;
    }
    return d;
  }

  private static void assertValidTree(float[] input, int threads) {
    int n = input.length / 3;
    float[] items = input.clone();
    int[] ids = new int[n];
    for (int i = 0; i < n; i++) {
      ids[i] = i;
    }
    int internal = (1 << depth(n)) - 1;
    float[] boxes = new float[12 * internal];
    float[] splitValue = new float[internal];
    byte[] splitAxis = new byte[internal];
    new MedianSplitter(items, ids, boxes, LEAF, 3, splitValue, splitAxis).build(n, threads);
    for (int i = 0; i < n; i++) {
      assertThat(new float[] {items[3 * i], items[3 * i + 1], items[3 * i + 2]})
          .containsExactly(input[3 * ids[i]], input[3 * ids[i] + 1], input[3 * ids[i] + 2]);
    }
    check(items, boxes, splitValue, splitAxis, 0, 0, n);
  }

  private static void check(float[] items, float[] boxes, float[] splitValue, byte[] splitAxis, int node, int lo,
      int hi) {
    if (hi - lo <= LEAF) {
      return;
    }
    int mid = (lo + hi) >>> 1;
    int axis = splitAxis[node];
    for (int i = lo; i < hi; i++) {
      if (i < mid) {
        assertThat(items[3 * i + axis]).isLessThanOrEqualTo(splitValue[node]);
      } else {
        assertThat(items[3 * i + axis]).isGreaterThanOrEqualTo(splitValue[node]);
      }
    }
    boolean separated = false;
    for (int d = 0; d < 3 && !separated; d++) {
      float maxLeft = Float.NEGATIVE_INFINITY;
      float minRight = Float.POSITIVE_INFINITY;
      for (int i = lo; i < mid; i++) {
        maxLeft = Math.max(maxLeft, items[3 * i + d]);
      }
      for (int i = mid; i < hi; i++) {
        minRight = Math.min(minRight, items[3 * i + d]);
      }
      separated = maxLeft <= minRight;
    }
    assertThat(separated).as("node %d [%d, %d) is split at its median on some axis", node, lo, hi).isTrue();
    assertThat(slice(boxes, 12 * node)).containsExactly(bounds(items, lo, mid));
    assertThat(slice(boxes, 12 * node + 6)).containsExactly(bounds(items, mid, hi));
    check(items, boxes, splitValue, splitAxis, 2 * node + 1, lo, mid);
    check(items, boxes, splitValue, splitAxis, 2 * node + 2, mid, hi);
  }

  private static float[] slice(float[] a, int off) {
    return java.util.Arrays.copyOfRange(a, off, off + 6);
  }

  private static float[] bounds(float[] p, int lo, int hi) {
    float[] b = {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE,
        -Float.MAX_VALUE};
    for (int i = lo; i < hi; i++) {
      for (int d = 0; d < 3; d++) {
        b[d] = Math.min(b[d], p[3 * i + d]);
        b[3 + d] = Math.max(b[3 + d], p[3 * i + d]);
      }
    }
    return b;
  }

  @Test
  void uniformPointsAreSplitAtMediansWithExactBoxes() {
    assertValidTree(TestMeshes.uniformCloud(20_000, 1, 0, 1), 1);
    assertValidTree(TestMeshes.uniformCloud(20_000, 1, 0, 1), 3);
  }

  @Test
  void duplicateHeavyPointsAreSplitAtMedians() {
    SplittableRandom r = new SplittableRandom(2);
    float[] p = new float[3 * 10_000];
    for (int i = 0; i < p.length; i++) {
      p[i] = r.nextInt(3);
    }
    assertValidTree(p, 1);
    assertValidTree(new float[3 * 5000], 2);
  }
}
