package org.radiomesh.recon.diffusion;

import java.util.Arrays;
import java.util.Locale;

/**
 * How the {@code diffusion} engine samples: the method (DDIM or DDPM), the number of steps, DDIM's η, the
 * classifier-free guidance scale, clipping of the predicted clean image, the scene box used to place and normalise
 * cameras when the request has no subject, and the background distance above which a 3-channel output pixel counts as
 * foreground. Immutable; {@link #builder()}, {@link #defaults()}.
 *
 * <p>Cost of one sample: {@code steps} denoiser calls of K rows, 2K rows when the guidance scale is not 1.
 */
public final class DiffusionOptions {
  /** The reverse process. */
  public enum Method {
    /** Deterministic for η = 0 (Song et al.), strided timesteps. */
    DDIM,
    /** Ancestral sampling with the posterior variance (Ho et al.), strided timesteps. */
    DDPM;

    /** The method named {@code name}, case-insensitive: {@code ddim} or {@code ddpm}. */
    public static Method of(String name) {
      try {
        return valueOf(name.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new IllegalArgumentException("sampling method '" + name + "', expected ddim or ddpm", e);
      }
    }
  }

  private static final double[] DEFAULT_BOUNDS = {-12.5, -12.5, -12.5, 12.5, 12.5, 12.5};

  private final Method method;
  private final int steps;
  private final double eta;
  private final double guidanceScale;
  private final boolean clipSample;
  private final double[] sceneBounds;
  private final double maskThreshold;

  private DiffusionOptions(Builder b) {
    method = b.method;
    steps = b.steps;
    eta = b.eta;
    guidanceScale = b.guidanceScale;
    clipSample = b.clipSample;
    sceneBounds = b.sceneBounds.clone();
    maskThreshold = b.maskThreshold;
  }

  /**
   * DDIM, 50 steps, η = 0, guidance scale 1 (no unconditional pass), clipping on, scene box a 25 mm cube at the
   * origin, mask threshold 0.1.
   */
  public static DiffusionOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Method method() {
    return method;
  }

  /** Number of denoising steps (denoiser calls). */
  public int steps() {
    return steps;
  }

  /** DDIM's η (0 deterministic); unused by DDPM. */
  public double eta() {
    return eta;
  }

  /** Classifier-free guidance scale s: out = out_u + s·(out_c − out_u); 1 means the conditional output alone. */
  public double guidanceScale() {
    return guidanceScale;
  }

  /** True to clamp the predicted clean image to [−1, 1] at every step. */
  public boolean clipSample() {
    return clipSample;
  }

  /** The box {minX, minY, minZ, maxX, maxY, maxZ} (mm) used when a request has no subject (a copy). */
  public double[] sceneBounds() {
    return sceneBounds.clone();
  }

  /**
   * For a 3-channel model: a pixel is foreground when some channel differs from the manifest's background colour by
   * more than this (colours in [0, 1]). For a 4-channel model the mask is alpha &gt; 0.5 instead.
   */
  public double maskThreshold() {
    return maskThreshold;
  }

  @Override
  public String toString() {
    return method.name().toLowerCase(Locale.ROOT) + ", " + steps + " steps, eta " + eta + ", guidance "
        + guidanceScale + (clipSample ? ", clipped" : "") + ", scene " + Arrays.toString(sceneBounds);
  }

  /** Builder; every field is optional. */
  public static final class Builder {
    private Method method = Method.DDIM;
    private int steps = 50;
    private double eta = 0;
    private double guidanceScale = 1;
    private boolean clipSample = true;
    private double[] sceneBounds = DEFAULT_BOUNDS;
    private double maskThreshold = 0.1;

    private Builder() {}

    public Builder method(Method method) {
      this.method = method;
      return this;
    }

    public Builder steps(int steps) {
      this.steps = steps;
      return this;
    }

    public Builder eta(double eta) {
      this.eta = eta;
      return this;
    }

    public Builder guidanceScale(double guidanceScale) {
      this.guidanceScale = guidanceScale;
      return this;
    }

    public Builder clipSample(boolean clipSample) {
      this.clipSample = clipSample;
      return this;
    }

    public Builder sceneBounds(double... sceneBounds) {
      this.sceneBounds = sceneBounds == null ? null : sceneBounds.clone();
      return this;
    }

    public Builder maskThreshold(double maskThreshold) {
      this.maskThreshold = maskThreshold;
      return this;
    }

    /**
     * @throws IllegalArgumentException when steps &lt; 1, η is negative or not finite, the guidance scale is not
     *     finite, the scene box is not 6 finite values with min &lt;= max, or the mask threshold is outside [0, 1)
     */
    public DiffusionOptions build() {
      if (method == null) {
        throw new IllegalArgumentException("sampling method is null");
      }
      if (steps < 1) {
        throw new IllegalArgumentException("steps " + steps + ", expected at least 1");
      }
      if (!(eta >= 0 && Double.isFinite(eta))) {
        throw new IllegalArgumentException("eta " + eta + ", expected finite and >= 0");
      }
      if (!Double.isFinite(guidanceScale)) {
        throw new IllegalArgumentException("guidance scale " + guidanceScale + ", expected finite");
      }
      if (sceneBounds == null || sceneBounds.length != 6 || Arrays.stream(sceneBounds).anyMatch(v -> !Double.isFinite(v))
          || sceneBounds[0] > sceneBounds[3] || sceneBounds[1] > sceneBounds[4] || sceneBounds[2] > sceneBounds[5]) {
        throw new IllegalArgumentException("scene bounds " + Arrays.toString(sceneBounds)
            + ", expected 6 finite values {minX, minY, minZ, maxX, maxY, maxZ} with min <= max");
      }
      if (!(maskThreshold >= 0 && maskThreshold < 1)) {
        throw new IllegalArgumentException("mask threshold " + maskThreshold + ", expected [0, 1)");
      }
      return new DiffusionOptions(this);
    }
  }
}
