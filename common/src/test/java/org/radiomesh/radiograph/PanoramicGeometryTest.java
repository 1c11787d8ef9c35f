package org.radiomesh.radiograph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PanoramicGeometryTest {
  private static final ArchCurve ARCH = ArchCurve.beta(50, 32).extended(20);
  private static final double[] BOUNDS = {-45, -35, -30, 45, 45, 30};
  private static final PanoramicOptions OPTIONS = PanoramicOptions.defaults();
  private static final PanoramicGeometry G = new PanoramicGeometry(ARCH, BOUNDS, OPTIONS);

  @Test
  void magnificationIsAnteriorAtTheMidlineAndPosteriorAtTheEnds() {
    assertThat(G.anteriorWeight(ARCH.length() / 2)).isCloseTo(1, within(1e-4));
    assertThat(G.magnification(ARCH.length() / 2)).isCloseTo(1.22, within(1e-4));
    assertThat(G.anteriorWeight(0)).isCloseTo(0, within(0.05));
    assertThat(G.magnification(0)).isCloseTo(1.28, within(0.005));
    assertThat(G.sourceToTroughMm(ARCH.length() / 2)).isCloseTo(500 / 1.22, within(0.05));
    assertThat(G.meanMagnification()).isBetween(1.22, 1.28);
  }

  @Test
  void widthIsTheMagnifiedArchLengthInPixels() {
    double integral = 0;
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      integral += G.magnification((i + 0.5) * ARCH.length() / n) * ARCH.length() / n;
    }
    // The internal grid rounds the arch up to whole voxels (≤ 0.25 mm), at most 0.25·1.28/0.1 ≈ 3.2 px.
    assertThat(G.width()).isBetween((int) Math.floor(integral / 0.1), (int) Math.ceil(integral / 0.1) + 4);
    assertThat(G.height()).isEqualTo((int) Math.ceil(60 * 1.28 / 0.1));
  }

  @Test
  void columnAndRowMappingsInvertEachOther() {
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 200; i++) {
      double u = random.nextDouble(G.width() - 4);
      assertThat(G.column(G.arcLength(u))).isCloseTo(u, within(1e-6));
      double s = random.nextDouble(ARCH.length());
      double z = random.nextDouble(-30, 30);
      assertThat(G.troughZ(s, G.row(s, z))).isCloseTo(z, within(1e-9));
    }
  }

  @Test
  void projectionOfTroughPointsFollowsTheColumnAndTheMagnifiedHeight() {
    SplittableRandom random = new SplittableRandom(4);
    for (int i = 0; i < 50; i++) {
      double s = random.nextDouble(2, ARCH.length() - 2);
      double z = random.nextDouble(-25, 25);
      double[] p = ARCH.point(s);
      double[] uv = G.project(p[0], p[1], z);
      assertThat(uv[0]).isCloseTo(G.column(s), within(1e-3));
      assertThat(uv[1]).isCloseTo(G.row(s, z), within(1e-6));
      // Closer to the source (lingual) a height is magnified more; farther (buccal) less.
      double[] n = ARCH.normal(s);
      double centre = G.row(s, G.centralRayZ());
      double[] lingual = G.project(p[0] - 5 * n[0], p[1] - 5 * n[1], z);
      double[] buccal = G.project(p[0] + 5 * n[0], p[1] + 5 * n[1], z);
      assertThat(lingual[0]).isCloseTo(uv[0], within(1e-3));
      assertThat(buccal[0]).isCloseTo(uv[0], within(1e-3));
      assertThat(Math.abs(lingual[1] - centre)).isGreaterThanOrEqualTo(Math.abs(uv[1] - centre));
      assertThat(Math.abs(buccal[1] - centre)).isLessThanOrEqualTo(Math.abs(uv[1] - centre));
    }
  }

  @Test
  void blurIsZeroInTheTroughAndGrowsAwayFromIt() {
    for (double s : new double[] {5, ARCH.length() / 4, ARCH.length() / 2}) {
      double a = G.sourceToTroughMm(s);
      double r = G.rotationRadiusMm(s);
      double w = OPTIONS.slitWidthMm();
      assertThat(G.blurMm(s, 0)).isCloseTo(0, within(1e-12));
      // Near the trough, B ≈ w·(a − r)/(a·r)·|n|; far buccally, B → w·(1 − r/a).
      assertThat(G.blurMm(s, 1e-4) / 1e-4).isCloseTo(w * (a - r) / (a * r), within(1e-3));
      assertThat(G.blurMm(s, 1e7)).isCloseTo(w * (1 - r / a), within(1e-3));
      double previous = 0;
      for (double n = 0.5; n < r / 2; n += 0.5) {
        assertThat(G.blurMm(s, n)).isGreaterThan(previous);
        assertThat(G.blurMm(s, -n)).isGreaterThan(G.blurMm(s, n));
        previous = G.blurMm(s, n);
      }
      assertThat(G.blurMm(s, -r)).isEqualTo(OPTIONS.maxBlurMm());
    }
    assertThat(troughThickness(ARCH.length() / 2)).isBetween(4.0, 9.0);
    assertThat(troughThickness(3)).isBetween(12.0, 22.0);
  }

  /** Depth range (mm) over which the blur stays within 0.5 mm at the detector. */
  private static double troughThickness(double s) {
    double lingual = 0;
    while (G.blurMm(s, -lingual - 0.01) <= 0.5) {
      lingual += 0.01;
    }
    double buccal = 0;
    while (G.blurMm(s, buccal + 0.01) <= 0.5) {
      buccal += 0.01;
    }
    return lingual + buccal;
  }
}
