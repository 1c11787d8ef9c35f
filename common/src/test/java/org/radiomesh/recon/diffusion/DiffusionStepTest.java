package org.radiomesh.recon.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** One-step updates against the closed forms of x_0, ε and the posterior, on seeded random data. */
class DiffusionStepTest {
  private static final int N = 200;
  private static final NoiseSchedule SCHEDULE = NoiseSchedule.of(NoiseSchedule.Kind.SCALED_LINEAR, 0.00085, 0.012,
      1000);

  private final SplittableRandom random = new SplittableRandom(42);
  private final double[] x0 = new double[N];
  private final double[] eps = new double[N];

  DiffusionStepTest() {
    for (int i = 0; i < N; i++) {
      x0[i] = random.nextDouble(-0.9, 0.9);
      eps[i] = random.nextGaussian();
    }
  }

  /** x_t = √ᾱ_t·x_0 + √(1 − ᾱ_t)·ε. */
  private float[] noisy(double abar) {
    float[] xt = new float[N];
    for (int i = 0; i < N; i++) {
      xt[i] = (float) (Math.sqrt(abar) * x0[i] + Math.sqrt(1 - abar) * eps[i]);
    }
    return xt;
  }

  @Test
  void ddimWithEtaZeroMovesAlongTheKnownNoise() {
    double at = SCHEDULE.alphaCumprod(600);
    double ap = SCHEDULE.alphaCumprod(500);
    float[] xt = noisy(at);
    float[] epsOut = new float[N];
    float[] vOut = new float[N];
    for (int i = 0; i < N; i++) {
      epsOut[i] = (float) eps[i];
      vOut[i] = (float) (Math.sqrt(at) * eps[i] - Math.sqrt(1 - at) * x0[i]);
    }
    float[] fromEps = DiffusionStep.ddim(xt, epsOut, PredictionType.EPSILON, at, ap, 0, true, null);
    float[] fromV = DiffusionStep.ddim(xt, vOut, PredictionType.V, at, ap, 0, true, null);
    for (int i = 0; i < N; i++) {
      double expected = Math.sqrt(ap) * x0[i] + Math.sqrt(1 - ap) * eps[i];
      assertThat((double) fromEps[i]).isCloseTo(expected, within(2e-5));
      assertThat((double) fromV[i]).isCloseTo(expected, within(2e-5));
    }
  }

  @Test
  void theLastStepReturnsThePredictedCleanImage() {
    double at = SCHEDULE.alphaCumprod(0);
    float[] xt = noisy(at);
    float[] epsOut = new float[N];
    for (int i = 0; i < N; i++) {
      epsOut[i] = (float) eps[i];
    }
    float[] ddim = DiffusionStep.ddim(xt, epsOut, PredictionType.EPSILON, at, 1.0, 0.7, false, null);
    float[] ddpm = DiffusionStep.ddpm(xt, epsOut, PredictionType.EPSILON, at, 1.0, false, null);
    for (int i = 0; i < N; i++) {
      assertThat((double) ddim[i]).isCloseTo(x0[i], within(1e-5));
      assertThat((double) ddpm[i]).isCloseTo(x0[i], within(1e-5));
    }
    assertThat(DiffusionStep.ddpmSigma(at, 1.0)).isZero();
    assertThat(DiffusionStep.ddimSigma(at, 1.0, 0.7)).isZero();
  }

  @Test
  void ddpmIsThePosteriorMeanPlusItsStandardDeviationTimesTheNoise() {
    int t = 400;
    double at = SCHEDULE.alphaCumprod(t);
    double ap = SCHEDULE.alphaCumprod(t - 1);
    double beta = SCHEDULE.beta(t);
    float[] xt = noisy(at);
    float[] epsOut = new float[N];
    float[] z = new float[N];
    for (int i = 0; i < N; i++) {
      epsOut[i] = (float) eps[i];
      z[i] = (float) random.nextGaussian();
    }
    float[] out = DiffusionStep.ddpm(xt, epsOut, PredictionType.EPSILON, at, ap, true, z);
    double sigma = Math.sqrt((1 - ap) / (1 - at) * beta);
    assertThat(DiffusionStep.ddpmSigma(at, ap)).isCloseTo(sigma, within(1e-15));
    for (int i = 0; i < N; i++) {
      double mean = Math.sqrt(ap) * beta / (1 - at) * x0[i] + Math.sqrt(1 - beta) * (1 - ap) / (1 - at) * xt[i];
      assertThat((double) out[i]).isCloseTo(mean + sigma * z[i], within(2e-5));
    }
  }

  @Test
  void ddimWithEtaOneIsTheDdpmPosterior() {
    double at = SCHEDULE.alphaCumprod(700);
    double ap = SCHEDULE.alphaCumprod(650);
    float[] xt = noisy(at);
    float[] epsOut = new float[N];
    float[] z = new float[N];
    for (int i = 0; i < N; i++) {
      epsOut[i] = (float) eps[i];
      z[i] = (float) random.nextGaussian();
    }
    assertThat(Math.pow(DiffusionStep.ddimSigma(at, ap, 1), 2)).isCloseTo(SCHEDULE.posteriorVariance(700, 650),
        within(1e-15));
    float[] ddim = DiffusionStep.ddim(xt, epsOut, PredictionType.EPSILON, at, ap, 1, false, z);
    float[] ddpm = DiffusionStep.ddpm(xt, epsOut, PredictionType.EPSILON, at, ap, false, z);
    for (int i = 0; i < N; i++) {
      assertThat(ddim[i]).isCloseTo(ddpm[i], within(2e-5f));
    }
  }

  @Test
  void clippingBoundsThePredictedCleanImage() {
    float[] xt = {3f, -3f, 0.5f};
    float[] zero = new float[3];
    float[] out = DiffusionStep.ddim(xt, zero, PredictionType.EPSILON, 0.9, 1.0, 0, true, null);
    assertThat(out).containsExactly(1f, -1f, (float) (0.5 / Math.sqrt(0.9)));
  }

  @Test
  void guidanceScaleOneIsTheConditionalOutputBitForBit() {
    float[] cond = {0.1f, -2.5f, 3.3333333f};
    float[] uncond = {1e30f, -1e30f, 7f};
    // the formula would give u + 1·(c − u) = 0 for the huge entries
    assertThat(DiffusionStep.guide(uncond, cond, 1.0)).containsExactly(cond);
    assertThat(DiffusionStep.guide(uncond, cond, 1.0)).isNotSameAs(cond);
    float[] u = {0.5f, -1f, 2f};
    float[] guided = DiffusionStep.guide(u, cond, 3.0);
    for (int i = 0; i < 3; i++) {
      assertThat((double) guided[i]).isCloseTo(u[i] + 3.0 * (cond[i] - u[i]), within(1e-6));
    }
    assertThat(DiffusionStep.guide(u, cond, 0.0)).containsExactly(u);
  }

  @Test
  void aNoisyStepWithoutNoiseIsRejected() {
    float[] x = new float[4];
    assertThatThrownBy(() -> DiffusionStep.ddpm(x, x, PredictionType.EPSILON, 0.5, 0.6, true, null))
        .hasMessageContaining("needs 4 noise values");
    assertThatThrownBy(() -> DiffusionStep.ddim(x, new float[3], PredictionType.V, 0.5, 0.6, 0, true, null))
        .hasMessageContaining("model output 3");
  }
}
