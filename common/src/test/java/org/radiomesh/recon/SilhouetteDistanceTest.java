package org.radiomesh.recon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SilhouetteDistanceTest {

  /** A seeded mask of a few random discs and rectangles. */
  private static boolean[] randomMask(int w, int h, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    boolean[] m = new boolean[w * h];
    for (int s = 0; s < 4; s++) {
      double cx = rnd.nextDouble(0, w);
      double cy = rnd.nextDouble(0, h);
      double r = rnd.nextDouble(2, 9);
      boolean disc = rnd.nextBoolean();
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          boolean in = disc ? (x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r
              : Math.abs(x - cx) <= r && Math.abs(y - cy) <= r / 2;
          m[y * w + x] |= in;
        }
      }
    }
    return m;
  }

  @Test
  void matchesTheBruteForceSignedDistance() {
    for (long seed = 1; seed <= 5; seed++) {
      int w = 37;
      int h = 29;
      boolean[] m = randomMask(w, h, seed);
      SilhouetteDistance sd = new SilhouetteDistance(m, w, h);
      for (int i = 0; i < m.length; i++) {
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < m.length; j++) {
          if (m[j] != m[i]) {
            double dx = i % w - j % w;
            double dy = i / w - j / w;
            best = Math.min(best, Math.sqrt(dx * dx + dy * dy));
          }
        }
        double expected = m[i] ? best - 0.5 : 0.5 - best;
        assertThat((double) sd.at(i % w, i / w)).as("seed %d pixel %d", seed, i).isCloseTo(expected, within(1e-4));
      }
    }
  }

  @Test
  void bilinearSamplesMatchPixelCentresAndInterpolateBetweenThem() {
    boolean[] m = randomMask(20, 16, 9);
    SilhouetteDistance sd = new SilhouetteDistance(m, 20, 16);
    assertThat(sd.sample(7, 5)).isEqualTo(sd.at(7, 5));
    assertThat(sd.sample(19, 15)).isEqualTo(sd.at(19, 15));
    double mid = (sd.at(7, 5) + sd.at(8, 5) + sd.at(7, 6) + sd.at(8, 6)) / 4.0;
    assertThat((double) sd.sample(7.5, 5.5)).isCloseTo(mid, within(1e-5));
  }

  @Test
  void aDiscApproachesTheCircleDistance() {
    int n = 101;
    double r = 30;
    boolean[] m = new boolean[n * n];
    for (int i = 0; i < m.length; i++) {
      double dx = i % n - 50;
      double dy = i / n - 50;
      m[i] = dx * dx + dy * dy <= r * r;
    }
    SilhouetteDistance sd = new SilhouetteDistance(m, n, n);
    for (int i = 0; i < m.length; i += 7) {
      double dx = i % n - 50;
      double dy = i / n - 50;
      double exact = r - Math.sqrt(dx * dx + dy * dy);
      assertThat((double) sd.at(i % n, i / n)).isCloseTo(exact, within(1.0));
    }
  }

  @Test
  void fullAndEmptyMasksHaveNoBoundary() {
    boolean[] full = new boolean[12];
    java.util.Arrays.fill(full, true);
    assertThat(new SilhouetteDistance(full, 4, 3).at(1, 1)).isGreaterThan(1e5f);
    assertThat(new SilhouetteDistance(new boolean[12], 4, 3).at(1, 1)).isLessThan(-1e5f);
  }
}
