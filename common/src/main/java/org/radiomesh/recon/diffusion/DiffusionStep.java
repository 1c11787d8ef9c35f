package org.radiomesh.recon.diffusion;

/**
 * One reverse-diffusion update from timestep t to an earlier timestep prev, element by element on flat float arrays
 * (any layout, the same for every argument), computed in double and rounded to float. ᾱ_t and ᾱ_prev come from a
 * {@link NoiseSchedule} (ᾱ_prev = 1 when prev &lt; 0). Formulas as in diffusers' DDIMScheduler and DDPMScheduler:
 *
 * <ul>
 *   <li>predicted clean image and noise: for ε-prediction x̂_0 = (x_t − √(1 − ᾱ_t)·ε)/√ᾱ_t; for v-prediction
 *       x̂_0 = √ᾱ_t·x_t − √(1 − ᾱ_t)·v and ε = √ᾱ_t·v + √(1 − ᾱ_t)·x_t; with clipping x̂_0 is clamped to [−1, 1]
 *       afterwards (ε is not recomputed from the clamped x̂_0, diffusers' default);</li>
 *   <li>DDIM: σ = η·√((1 − ᾱ_prev)/(1 − ᾱ_t))·√(1 − ᾱ_t/ᾱ_prev), x_prev = √ᾱ_prev·x̂_0 + √(1 − ᾱ_prev − σ²)·ε + σ·z;
 *       η = 0 is deterministic, η = 1 is DDPM-like;</li>
 *   <li>DDPM (ancestral): with β' = 1 − ᾱ_t/ᾱ_prev, the posterior mean √ᾱ_prev·β'/(1 − ᾱ_t)·x̂_0 +
 *       √(1 − β')·(1 − ᾱ_prev)/(1 − ᾱ_t)·x_t and σ² = max(1e−20, {@link NoiseSchedule#posteriorVariance}), no noise on
 *       the last step (ᾱ_prev = 1);</li>
 *   <li>classifier-free guidance: out = out_u + s·(out_c − out_u), and exactly out_c when s = 1.</li>
 * </ul>
 *
 * Each method costs O(n) for arrays of n values and allocates its result.
 */
public final class DiffusionStep {
  private DiffusionStep() {}

  /** The DDIM noise scale σ for a step from ᾱ_t to ᾱ_prev with parameter η. */
  public static double ddimSigma(double abarT, double abarPrev, double eta) {
    return eta * Math.sqrt((1 - abarPrev) / (1 - abarT)) * Math.sqrt(1 - abarT / abarPrev);
  }

  /** The DDPM noise scale σ for a step from ᾱ_t to ᾱ_prev: 0 on the last step (ᾱ_prev = 1). */
  public static double ddpmSigma(double abarT, double abarPrev) {
    if (abarPrev >= 1) {
      return 0;
    }
    return Math.sqrt(Math.max(1e-20, (1 - abarPrev) / (1 - abarT) * (1 - abarT / abarPrev)));
  }

  /**
   * A DDIM update.
   *
   * @param modelOutput ε or v, per {@code type}
   * @param noise standard normal values, required when σ &gt; 0, ignored otherwise
   * @throws IllegalArgumentException when lengths differ or noise is needed and missing
   */
  public static float[] ddim(float[] xt, float[] modelOutput, PredictionType type, double abarT, double abarPrev,
      double eta, boolean clip, float[] noise) {
    double sigma = ddimSigma(abarT, abarPrev, eta);
    check(xt, modelOutput, sigma, noise);
    double sqrtPrev = Math.sqrt(abarPrev);
    double direction = Math.sqrt(Math.max(0, 1 - abarPrev - sigma * sigma));
    double sa = Math.sqrt(abarT);
    double sb = Math.sqrt(1 - abarT);
    float[] out = new float[xt.length];
    for (int i = 0; i < xt.length; i++) {
      double x = xt[i];
      double m = modelOutput[i];
      double x0 = type == PredictionType.EPSILON ? (x - sb * m) / sa : sa * x - sb * m;
      double eps = type == PredictionType.EPSILON ? m : sa * m + sb * x;
      if (clip) {
        x0 = Math.max(-1, Math.min(1, x0));
      }
      double prev = sqrtPrev * x0 + direction * eps;
      out[i] = (float) (sigma > 0 ? prev + sigma * noise[i] : prev);
    }
    return out;
  }

  /**
   * A DDPM (ancestral) update.
   *
   * @param noise standard normal values, required unless this is the last step (ᾱ_prev = 1)
   * @throws IllegalArgumentException when lengths differ or noise is needed and missing
   */
  public static float[] ddpm(float[] xt, float[] modelOutput, PredictionType type, double abarT, double abarPrev,
      boolean clip, float[] noise) {
    double sigma = ddpmSigma(abarT, abarPrev);
    check(xt, modelOutput, sigma, noise);
    double betaStep = 1 - abarT / abarPrev;
    double c0 = Math.sqrt(abarPrev) * betaStep / (1 - abarT);
    double ct = Math.sqrt(1 - betaStep) * (1 - abarPrev) / (1 - abarT);
    double sa = Math.sqrt(abarT);
    double sb = Math.sqrt(1 - abarT);
    float[] out = new float[xt.length];
    for (int i = 0; i < xt.length; i++) {
      double x = xt[i];
      double m = modelOutput[i];
      double x0 = type == PredictionType.EPSILON ? (x - sb * m) / sa : sa * x - sb * m;
      if (clip) {
        x0 = Math.max(-1, Math.min(1, x0));
      }
      double mean = c0 * x0 + ct * x;
      out[i] = (float) (sigma > 0 ? mean + sigma * noise[i] : mean);
    }
    return out;
  }

  /**
   * Classifier-free guidance: out_u + s·(out_c − out_u) per element; a copy of {@code conditional} when s = 1 (the
   * formula would round differently).
   */
  public static float[] guide(float[] unconditional, float[] conditional, double scale) {
    if (scale == 1.0) {
      return conditional.clone();
    }
    if (unconditional.length != conditional.length) {
      throw new IllegalArgumentException("unconditional " + unconditional.length + " values, conditional "
          + conditional.length);
    }
    float[] out = new float[conditional.length];
    for (int i = 0; i < out.length; i++) {
      double u = unconditional[i];
      out[i] = (float) (u + scale * (conditional[i] - u));
    }
    return out;
  }

  private static void check(float[] xt, float[] modelOutput, double sigma, float[] noise) {
    if (xt.length != modelOutput.length) {
      throw new IllegalArgumentException("x_t has " + xt.length + " values, the model output " + modelOutput.length);
    }
    if (sigma > 0 && (noise == null || noise.length < xt.length)) {
      throw new IllegalArgumentException("a step with sigma " + sigma + " needs " + xt.length + " noise values, got "
          + (noise == null ? "none" : noise.length));
    }
  }
}
