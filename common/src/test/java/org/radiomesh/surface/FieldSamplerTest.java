package org.radiomesh.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.radiomesh.mesh.TriangleMesh;

class FieldSamplerTest {

  /** A union of random balls: an exact signed distance (negated, positive inside), 1-Lipschitz. */
  private static ImplicitField balls(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] b = new double[6][];
    for (int i = 0; i < b.length; i++) {
      b[i] = new double[] {r.nextDouble(-6, 6), r.nextDouble(-6, 6), r.nextDouble(-6, 6), r.nextDouble(1, 3)};
    }
    return (x, y, z) -> {
      double best = -1e9;
      for (double[] c : b) {
        double dx = x - c[0];
        double dy = y - c[1];
        double dz = z - c[2];
        best = Math.max(best, c[3] - Math.sqrt(dx * dx + dy * dy + dz * dz));
      }
      return best;
    };
  }

  @Test
  void narrowBandGivesTheSameSignsAndTheSameMeshAsFullSampling() {
    double[] box = {-10, -10, -10, 10, 10, 10};
    for (long seed = 0; seed < 5; seed++) {
      ImplicitField f = balls(seed);
      ScalarGrid full = new FieldSampler(1, 1).sample(f, box, 0.3);
      ScalarGrid band = new FieldSampler(8, 1).sample(f, box, 0.3);
      // The full grid is rounded to whole voxels, the banded one to whole blocks: compare the common samples.
      for (int z = 0; z < full.nz(); z++) {
        for (int y = 0; y < full.ny(); y++) {
          for (int x = 0; x < full.nx(); x++) {
            assertThat(band.value(x, y, z) > 0).isEqualTo(full.value(x, y, z) > 0);
          }
        }
      }
      TriangleMesh a = MarchingCubes.surface(full, 0);
      TriangleMesh b = MarchingCubes.surface(band, 0);
      assertThat(b.faceCount()).isEqualTo(a.faceCount());
      assertThat(MeshChecks.area(b)).isEqualTo(MeshChecks.area(a), org.assertj.core.data.Offset.offset(1e-6));
    }
  }

  @Test
  void gridCoversTheBoxInWholeBlocks() {
    ScalarGrid g = new FieldSampler(8, 1).sample((x, y, z) -> -1, new double[] {0, 0, 0, 1, 2, 3}, 0.25);
    assertThat(g.nx()).isEqualTo(9);
    assertThat(g.ny()).isEqualTo(9);
    assertThat(g.nz()).isEqualTo(17);
    assertThat(g.ox()).isZero();
    assertThatThrownBy(() -> new FieldSampler(3, 1)).hasMessageContaining("power of two");
  }
}
