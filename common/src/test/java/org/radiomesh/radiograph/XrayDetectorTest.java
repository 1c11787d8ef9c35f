package org.radiomesh.radiograph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class XrayDetectorTest {

  @Test
  void noiseFreeValueIsTheScaledLineIntegral() {
    XrayDetector d = new XrayDetector(1000, 0, 5.0, false, 0);
    float[] line = {0f, 1f, 2.5f, 5f, 7f, -1f};
    short[] out = new short[line.length];
    d.exposeRow(line, line.length, 0, out, 0);
    assertThat(out).containsExactly(0, 819, 2048, 4095, 4095, 0);
    assertThat(d.noiseFreeValue(1.0)).isEqualTo(819);
  }

  @Test
  void quantumNoiseHasThePoissonMeanAndSpread() {
    double photons = 20_000;
    double l = 2.0;
    XrayDetector d = new XrayDetector(photons, 0, 5.0, true, 42);
    int n = 200_000;
    float[] line = new float[n];
    Arrays.fill(line, (float) l);
    short[] out = new short[n];
    d.exposeRow(line, n, 7, out, 0);
    double mean = 0;
    for (short v : out) {
      mean += v;
    }
    mean /= n;
    double var = 0;
    for (short v : out) {
      var += (v - mean) * (v - mean);
    }
    double sd = Math.sqrt(var / (n - 1));
    // p = −ln(N/N0) with N ~ Poisson(λ = N0·e^−L): sd(p) ≈ 1/√λ, so sd(value) ≈ 4095/5/√λ (delta method).
    double lambda = photons * Math.exp(-l);
    assertThat(mean).isCloseTo(l * 4095 / 5, within(1.0));
    assertThat(sd).isCloseTo(4095 / 5.0 / Math.sqrt(lambda), within(0.03 * 4095 / 5.0 / Math.sqrt(lambda)));
  }

  @Test
  void electronicNoiseAddsInQuadrature() {
    XrayDetector quantum = new XrayDetector(5_000, 0, 5.0, true, 1);
    XrayDetector both = new XrayDetector(5_000, 30, 5.0, true, 1);
    double l = 3.0;
    double lambda = 5_000 * Math.exp(-l);
    double expected = 4095 / 5.0 * Math.sqrt(lambda + 30 * 30) / lambda;
    assertThat(spread(both, l)).isCloseTo(expected, within(0.04 * expected));
    assertThat(spread(both, l)).isGreaterThan(spread(quantum, l) * 1.2);
  }

  private static double spread(XrayDetector d, double l) {
    int n = 100_000;
    float[] line = new float[n];
    Arrays.fill(line, (float) l);
    short[] out = new short[n];
    d.exposeRow(line, n, 0, out, 0);
    double mean = Arrays.stream(toInts(out)).average().orElseThrow();
    double var = Arrays.stream(toInts(out)).mapToDouble(v -> (v - mean) * (v - mean)).sum() / (n - 1);
    return Math.sqrt(var);
  }

  private static int[] toInts(short[] s) {
    int[] r = new int[s.length];
    for (int i = 0; i < s.length; i++) {
      r[i] = s[i];
    }
    return r;
  }

  @Test
  void rowsHaveTheirOwnReproducibleStreams() {
    XrayDetector d = new XrayDetector(1000, 2, 5.0, true, 9);
    float[] line = new float[64];
    Arrays.fill(line, 1.5f);
    short[] a = new short[64];
    short[] b = new short[64];
    short[] c = new short[64];
    d.exposeRow(line, 64, 3, a, 0);
    d.exposeRow(line, 64, 3, b, 0);
    d.exposeRow(line, 64, 4, c, 0);
    assertThat(b).isEqualTo(a);
    assertThat(c).isNotEqualTo(a);
  }

  @Test
  void smallCountsUseExactPoisson() {
    NoiseSource random = NoiseSource.forStream(5, 0);
    int n = 200_000;
    double lambda = 3.5;
    double sum = 0;
    double sum2 = 0;
    for (int i = 0; i < n; i++) {
      double k = random.nextPoisson(lambda);
      assertThat(k).isEqualTo(Math.rint(k));
      sum += k;
      sum2 += k * k;
    }
    double mean = sum / n;
    assertThat(mean).isCloseTo(lambda, within(0.02));
    assertThat(sum2 / n - mean * mean).isCloseTo(lambda, within(0.06));
  }

  @Test
  void rejectsNonsense() {
    assertThatThrownBy(() -> new XrayDetector(0, 1, 5, true, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new XrayDetector(10, -1, 5, true, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new XrayDetector(10, 1, Double.NaN, true, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
