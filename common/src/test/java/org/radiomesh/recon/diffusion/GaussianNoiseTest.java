package org.radiomesh.recon.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GaussianNoiseTest {

  @Test
  void matchesTheFixtureScriptsIndependentImplementation() {
    JsonNode noise = DiffusionFixtures.expected().get("noise");
    float[] expected = DiffusionFixtures.floats(noise.get("values"));
    float[] actual = GaussianNoise.sample(noise.get("seed").asLong(), noise.get("stream").asLong(), expected.length);
    for (int i = 0; i < expected.length; i++) {
      assertThat(actual[i]).isCloseTo(expected[i], within(1e-6f));
    }
  }

  @Test
  void standardNormalMoments() {
    int n = 200_000;
    float[] z = GaussianNoise.sample(2026, 0, n);
    double sum = 0;
    double sq = 0;
    int withinOneSigma = 0;
    for (float v : z) {
      sum += v;
      sq += (double) v * v;
      withinOneSigma += Math.abs(v) < 1 ? 1 : 0;
    }
    double mean = sum / n;
    // standard errors: mean 1/√n ≈ 0.0022, variance √(2/n) ≈ 0.0032, share √(p(1−p)/n) ≈ 0.001
    assertThat(mean).isCloseTo(0, within(0.01));
    assertThat(sq / n - mean * mean).isCloseTo(1, within(0.015));
    assertThat(withinOneSigma / (double) n).isCloseTo(0.682689, within(0.005));
  }

  @Test
  void seedAndStreamDetermineTheValues() {
    float[] a = GaussianNoise.sample(7, 3, 101);
    assertThat(GaussianNoise.sample(7, 3, 101)).containsExactly(a);
    assertThat(Arrays.equals(GaussianNoise.sample(8, 3, 101), a)).isFalse();
    assertThat(Arrays.equals(GaussianNoise.sample(7, 4, 101), a)).isFalse();
    // a shorter draw is a prefix of a longer one, odd lengths included
    assertThat(GaussianNoise.sample(7, 3, 10)).containsExactly(Arrays.copyOf(a, 10));
    float[] into = new float[105];
    GaussianNoise.fill(7, 3, into, 4, 101);
    assertThat(Arrays.copyOfRange(into, 4, 105)).containsExactly(a);
    // seed 0 is a seed like any other
    assertThat(GaussianNoise.sample(0, 0, 4)).containsExactly(GaussianNoise.sample(0, 0, 4));
    assertThat(Arrays.equals(GaussianNoise.sample(0, 0, 4), GaussianNoise.sample(-1, 0, 4))).isFalse();
  }
}
