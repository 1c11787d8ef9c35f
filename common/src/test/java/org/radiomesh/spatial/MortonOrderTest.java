package org.radiomesh.spatial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.radiomesh.mesh.TestMeshes;

class MortonOrderTest {

  /** The Morton code of a point by the textbook definition: bit i of x, y, z goes to bits 3i, 3i+1, 3i+2. */
  private static long code(int x, int y, int z) {
    long c = 0;
    for (int i = 0; i < 10; i++) {
      c |= (long) ((x >> i) & 1) << (3 * i);
      c |= (long) ((y >> i) & 1) << (3 * i + 1);
      c |= (long) ((z >> i) & 1) << (3 * i + 2);
    }
    return c;
  }

  @Test
  void sortsByMortonCodeWithTiesInInputOrder() {
    // Points on an exact 1024 grid over [0, 1023]: the quantised cell of a point is its integer coordinates.
    int n = 20_000;
    float[] xyz = TestMeshes.uniformCloud(n, 1, 0, 1023);
    for (int i = 0; i < xyz.length; i++) {
      xyz[i] = (float) Math.floor(xyz[i] / 4) * 4;
    }
    xyz[0] = 0;
    xyz[1] = 0;
    xyz[2] = 0;
    xyz[3] = 1023;
    xyz[4] = 1023;
    xyz[5] = 1023;
    int[] order = MortonOrder.permutation(xyz);
    assertThat(Arrays.stream(order).sorted().toArray()).containsExactly(java.util.stream.IntStream.range(0, n)
        .toArray());
    for (int k = 1; k < n; k++) {
      int a = order[k - 1];
      int b = order[k];
      long ca = code((int) xyz[3 * a], (int) xyz[3 * a + 1], (int) xyz[3 * a + 2]);
      long cb = code((int) xyz[3 * b], (int) xyz[3 * b + 1], (int) xyz[3 * b + 2]);
      assertThat(ca).isLessThanOrEqualTo(cb);
      if (ca == cb) {
        assertThat(a).isLessThan(b);
      }
    }
  }

  @Test
  void gatherReordersTriplesAndDegenerateInputsKeepInputOrder() {
    float[] xyz = {5, 5, 5, 1, 1, 1, 3, 3, 3};
    int[] order = MortonOrder.permutation(xyz);
    assertThat(order).containsExactly(1, 2, 0);
    assertThat(MortonOrder.gather(xyz, order)).containsExactly(1, 1, 1, 3, 3, 3, 5, 5, 5);
    assertThat(MortonOrder.gather(null, order)).isNull();
    assertThat(MortonOrder.permutation(new float[] {2, 2, 2, 2, 2, 2})).containsExactly(0, 1);
  }
}
