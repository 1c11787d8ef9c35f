package org.radiomesh.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.radiomesh.mesh.TestMeshes;

/**
 * The sampling noise floor of REFERENCE §1: the unit cube against an independent resampling of itself, unsquared
 * Chamfer (sum of the two means) and F@0.01. The reference figures are ≈ 0.024 / 0.42 at 10k points per side and
 * ≈ 0.0077 / 0.995 at 100k.
 *
 * <p>Tolerances: over seeds, the Chamfer distance varies by about 1 % (10k) and 0.1 % (100k) and the F-score by
 * about ±0.007 and ±0.0002 (one standard deviation); the reference figures are quoted to two digits, so the Chamfer
 * distance is held to 5 % and the F-score to ±0.03 (10k) and ±0.005 (100k).
 */
class NoiseFloorTest {

  private static PairMetrics cubeAgainstItself(int samples) {
    MetricOptions o = MetricOptions.builder().samples(samples).thresholds(0.01).squared(false)
        .reduction(ChamferReduction.SUM).threads(0).build();
    return MeshMetrics.compare(TestMeshes.unitCube(), TestMeshes.unitCube(), o, "noise-floor");
  }

  @Test
  void tenThousandSamplesPerSide() {
    PairMetrics m = cubeAgainstItself(10_000);
    assertThat(m.chamfer()).isCloseTo(0.024, within(0.05 * 0.024));
    assertThat(m.fscore()[0]).isCloseTo(0.42, within(0.03));
  }

  @Test
  void hundredThousandSamplesPerSide() {
    PairMetrics m = cubeAgainstItself(100_000);
    assertThat(m.chamfer()).isCloseTo(0.0077, within(0.05 * 0.0077));
    assertThat(m.fscore()[0]).isCloseTo(0.995, within(0.005));
  }
}
