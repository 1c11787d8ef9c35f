package org.radiomesh.recon.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Schedules against closed forms computed here, independently of the products the class accumulates. */
class NoiseScheduleTest {

  @Test
  void linearAlphasCumprodAreTheProductOfOneMinusBeta() {
    NoiseSchedule s = NoiseSchedule.of(NoiseSchedule.Kind.LINEAR, 1e-4, 0.02, 1000);
    double logSum = 0;
    for (int t = 0; t < 1000; t++) {
      double beta = 1e-4 + (0.02 - 1e-4) * t / 999.0;
      assertThat(s.beta(t)).isCloseTo(beta, within(1e-15));
      logSum += Math.log1p(-beta);
      assertThat(s.alphaCumprod(t)).isCloseTo(Math.exp(logSum), within(1e-12 * Math.exp(logSum) + 1e-300));
    }
    // DDPM's schedule ends with sqrt(abar_T) of about 0.0064 (abar_T about 4.04e-5)
    assertThat(s.alphaCumprod(999)).isBetween(4.0e-5, 4.1e-5);
    assertThat(s.alphaCumprod(-1)).isEqualTo(1.0);
  }

  @Test
  void scaledLinearSpacesTheSquareRootsOfBeta() {
    NoiseSchedule s = NoiseSchedule.of(NoiseSchedule.Kind.SCALED_LINEAR, 0.00085, 0.012, 1000);
    double logSum = 0;
    for (int t = 0; t < 1000; t++) {
      double root = Math.sqrt(0.00085) + (Math.sqrt(0.012) - Math.sqrt(0.00085)) * t / 999.0;
      logSum += Math.log1p(-root * root);
      assertThat(s.alphaCumprod(t)).isCloseTo(Math.exp(logSum), within(1e-12));
    }
    assertThat(s.beta(0)).isCloseTo(0.00085, within(1e-15));
    assertThat(s.beta(999)).isCloseTo(0.012, within(1e-15));
  }

  @Test
  void cosineAlphasCumprodTelescopeToTheContinuousFormula() {
    int steps = 1000;
    NoiseSchedule s = NoiseSchedule.cosine(steps);
    double f0 = Math.pow(Math.cos(0.008 / 1.008 * Math.PI / 2), 2);
    int capped = 0;
    for (int t = 0; t < steps; t++) {
      double closedForm = Math.pow(Math.cos(((t + 1.0) / steps + 0.008) / 1.008 * Math.PI / 2), 2) / f0;
      if (s.beta(t) < NoiseSchedule.COSINE_MAX_BETA) {
        assertThat(s.alphaCumprod(t)).isCloseTo(closedForm, within(1e-12));
      } else {
        capped++;
      }
    }
    // only the very last step reaches the cap (f(1) = cos²(π/2) = 0)
    assertThat(capped).isEqualTo(1);
    assertThat(s.beta(steps - 1)).isEqualTo(NoiseSchedule.COSINE_MAX_BETA);
  }

  @Test
  void posteriorVarianceOfAdjacentStepsIsBetaTilde() {
    NoiseSchedule s = NoiseSchedule.of(NoiseSchedule.Kind.LINEAR, 1e-4, 0.02, 1000);
    for (int t : new int[] {1, 10, 500, 999}) {
      double beta = 1e-4 + (0.02 - 1e-4) * t / 999.0;
      double expected = (1 - s.alphaCumprod(t - 1)) / (1 - s.alphaCumprod(t)) * beta;
      assertThat(s.posteriorVariance(t, t - 1)).isCloseTo(expected, within(1e-15));
      assertThat(s.posteriorVariance(t, t - 1)).isLessThan(beta);
    }
    assertThat(s.posteriorVariance(0, -1)).isEqualTo(0.0);
  }

  @Test
  void timestepsAreLeadingStridedAndDescending() {
    NoiseSchedule s = NoiseSchedule.of(NoiseSchedule.Kind.LINEAR, 1e-4, 0.02, 1000);
    assertThat(s.timesteps(10)).containsExactly(900, 800, 700, 600, 500, 400, 300, 200, 100, 0);
    assertThat(s.timesteps(3)).containsExactly(666, 333, 0);
    assertThat(s.stride(3)).isEqualTo(333);
    int[] all = s.timesteps(1000);
    assertThat(all[0]).isEqualTo(999);
    assertThat(all[999]).isEqualTo(0);
    assertThatThrownBy(() -> s.timesteps(0)).hasMessageContaining("expected 1 to 1000");
    assertThatThrownBy(() -> s.timesteps(1001)).hasMessageContaining("expected 1 to 1000");
  }

  @Test
  void kindsAndBadParameters() {
    assertThat(NoiseSchedule.Kind.of("scaled-linear")).isEqualTo(NoiseSchedule.Kind.SCALED_LINEAR);
    assertThat(NoiseSchedule.Kind.of("Cosine")).isEqualTo(NoiseSchedule.Kind.COSINE);
    assertThatThrownBy(() -> NoiseSchedule.Kind.of("sigmoid")).hasMessageContaining("'sigmoid'");
    assertThatThrownBy(() -> NoiseSchedule.of(NoiseSchedule.Kind.LINEAR, 0.02, 1e-4, 1000))
        .hasMessageContaining("betaStart <= betaEnd");
    assertThatThrownBy(() -> NoiseSchedule.of(NoiseSchedule.Kind.LINEAR, 1e-4, 1.0, 1000))
        .hasMessageContaining("betaEnd < 1");
    assertThatThrownBy(() -> NoiseSchedule.cosine(1)).hasMessageContaining("at least 2");
  }
}
