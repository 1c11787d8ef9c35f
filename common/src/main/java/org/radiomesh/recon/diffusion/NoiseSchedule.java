package org.radiomesh.recon.diffusion;

import java.util.Locale;

/**
 * The forward-noising schedule of a diffusion model: per training timestep t ∈ [0, T) the variance β_t, and the
 * cumulative product ᾱ_t = Π_{s ≤ t} (1 − β_s), computed in double precision. x_t = √ᾱ_t·x_0 + √(1 − ᾱ_t)·ε.
 *
 * <p>Kinds (names as in the model manifest, values as in the diffusers library):
 * <ul>
 *   <li>{@code linear}: β_t evenly spaced from betaStart to betaEnd (both included), DDPM's schedule;</li>
 *   <li>{@code scaled-linear}: √β_t evenly spaced from √betaStart to √betaEnd (Stable Diffusion's);</li>
 *   <li>{@code cosine}: β_t = min(1 − f((t + 1)/T)/f(t/T), 0.999) with f(u) = cos²((u + 0.008)/1.008 · π/2)
 *       (Nichol and Dhariwal, diffusers' {@code squaredcos_cap_v2}); betaStart and betaEnd are unused, and
 *       ᾱ_t = f((t + 1)/T)/f(0) wherever the cap does not bite.</li>
 * </ul>
 *
 * <p>Sampling timesteps ({@link #timesteps}) use diffusers' "leading" spacing with offset 0: stride T / steps (integer
 * division), timesteps {(steps − 1)·stride, ..., stride, 0}; the step from t goes to t − stride, and ᾱ of a negative
 * timestep is 1 (the clean image). Immutable; building costs O(T), every query O(1).
 */
public final class NoiseSchedule {
  /** Cap of a cosine schedule's β, as in diffusers, so that the last steps stay invertible. */
  public static final double COSINE_MAX_BETA = 0.999;
  /** Offset s of the cosine schedule. */
  public static final double COSINE_OFFSET = 0.008;

  /** The schedule kinds, with their manifest names. */
  public enum Kind {
    LINEAR("linear"), SCALED_LINEAR("scaled-linear"), COSINE("cosine");

    private final String manifestName;

    Kind(String manifestName) {
      this.manifestName = manifestName;
    }

    /** The name in {@code radiomesh-model.json}. */
    public String manifestName() {
      return manifestName;
    }

    /** The kind named {@code name} in a manifest ({@code linear}, {@code scaled-linear}, {@code cosine}). */
    public static Kind of(String name) {
      for (Kind k : values()) {
        if (k.manifestName.equals(name == null ? null : name.toLowerCase(Locale.ROOT))) {
          return k;
        }
      }
      throw new IllegalArgumentException("schedule kind '" + name + "', expected linear, scaled-linear or cosine");
    }
  }

  private final Kind kind;
  private final double betaStart;
  private final double betaEnd;
  private final double[] betas;
  private final double[] alphasCumprod;

  private NoiseSchedule(Kind kind, double betaStart, double betaEnd, double[] betas) {
    this.kind = kind;
    this.betaStart = betaStart;
    this.betaEnd = betaEnd;
    this.betas = betas;
    this.alphasCumprod = new double[betas.length];
    double product = 1;
    for (int t = 0; t < betas.length; t++) {
      product *= 1 - betas[t];
      alphasCumprod[t] = product;
    }
  }

  /**
   * A schedule of {@code trainingSteps} steps.
   *
   * @param betaStart β_0 (linear kinds), in (0, 1)
   * @param betaEnd β_{T−1} (linear kinds), in [betaStart, 1)
   * @throws IllegalArgumentException when trainingSteps &lt; 2 or the betas are out of range for a linear kind
   */
  public static NoiseSchedule of(Kind kind, double betaStart, double betaEnd, int trainingSteps) {
    if (trainingSteps < 2) {
      throw new IllegalArgumentException("training steps " + trainingSteps + ", expected at least 2");
    }
    double[] betas = new double[trainingSteps];
    switch (kind) {
      case LINEAR, SCALED_LINEAR -> {
        if (!(betaStart > 0 && betaStart <= betaEnd && betaEnd < 1)) {
          throw new IllegalArgumentException("betaStart " + betaStart + ", betaEnd " + betaEnd
              + ", expected 0 < betaStart <= betaEnd < 1");
        }
        boolean scaled = kind == Kind.SCALED_LINEAR;
        double a = scaled ? Math.sqrt(betaStart) : betaStart;
        double b = scaled ? Math.sqrt(betaEnd) : betaEnd;
        for (int t = 0; t < trainingSteps; t++) {
          double v = a + (b - a) * t / (trainingSteps - 1);
          betas[t] = scaled ? v * v : v;
        }
      }
      case COSINE -> {
        for (int t = 0; t < trainingSteps; t++) {
          double ratio = cosineAlphaBar((t + 1) / (double) trainingSteps) / cosineAlphaBar(t / (double) trainingSteps);
          betas[t] = Math.min(1 - ratio, COSINE_MAX_BETA);
        }
      }
      default -> throw new IllegalStateException("unknown kind " + kind);
    }
    return new NoiseSchedule(kind, betaStart, betaEnd, betas);
  }

  /** A cosine schedule of {@code trainingSteps} steps. */
  public static NoiseSchedule cosine(int trainingSteps) {
    return of(Kind.COSINE, 0, 0, trainingSteps);
  }

  /** f(u) = cos²((u + s)/(1 + s) · π/2), the cosine schedule's continuous ᾱ before normalisation. */
  static double cosineAlphaBar(double u) {
    double c = Math.cos((u + COSINE_OFFSET) / (1 + COSINE_OFFSET) * Math.PI / 2);
    return c * c;
  }

  public Kind kind() {
    return kind;
  }

  public double betaStart() {
    return betaStart;
  }

  public double betaEnd() {
    return betaEnd;
  }

  /** T, the number of training timesteps. */
  public int trainingSteps() {
    return betas.length;
  }

  /** β_t for t ∈ [0, T). */
  public double beta(int t) {
    return betas[t];
  }

  /** ᾱ_t for t ∈ [0, T); 1 for t &lt; 0 (no noise). */
  public double alphaCumprod(int t) {
    return t < 0 ? 1.0 : alphasCumprod[t];
  }

  /** A copy of ᾱ_0 ... ᾱ_{T−1}. */
  public double[] alphasCumprod() {
    return alphasCumprod.clone();
  }

  /**
   * The DDPM posterior variance of q(x_prev | x_t, x_0) for a step from {@code t} to {@code prev} &lt; t:
   * (1 − ᾱ_prev)/(1 − ᾱ_t) · (1 − ᾱ_t/ᾱ_prev); with prev = t − 1 this is β̃_t = (1 − ᾱ_{t−1})/(1 − ᾱ_t)·β_t.
   */
  public double posteriorVariance(int t, int prev) {
    double at = alphaCumprod(t);
    double ap = alphaCumprod(prev);
    return (1 - ap) / (1 - at) * (1 - at / ap);
  }

  /** The stride between sampling timesteps for {@code steps} steps: T / steps, integer division. */
  public int stride(int steps) {
    checkSteps(steps);
    return trainingSteps() / steps;
  }

  /** The {@code steps} sampling timesteps, descending: (steps − 1)·stride, ..., stride, 0. */
  public int[] timesteps(int steps) {
    int stride = stride(steps);
    int[] ts = new int[steps];
    for (int i = 0; i < steps; i++) {
      ts[i] = (steps - 1 - i) * stride;
    }
    return ts;
  }

  private void checkSteps(int steps) {
    if (steps < 1 || steps > trainingSteps()) {
      throw new IllegalArgumentException("sampling steps " + steps + ", expected 1 to " + trainingSteps());
    }
  }

  @Override
  public String toString() {
    return kind.manifestName + (kind == Kind.COSINE ? "" : "(" + betaStart + ", " + betaEnd + ")") + ", T="
        + trainingSteps();
  }
}
