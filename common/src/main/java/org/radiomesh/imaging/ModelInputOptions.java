package org.radiomesh.imaging;

import java.util.Arrays;

/**
 * How {@link ModelInputEncoder} turns a decoded image into a model's input tensor: output size, resampling, aspect
 * handling, channels and normalisation. Immutable; {@link #defaults()} is 224 × 224, AREA, stretch, one channel,
 * values left in [0, 1].
 *
 * <pre>{@code
 * ModelInputOptions imagenet = ModelInputOptions.builder().size(224, 224).channels(3)
 *     .meanStd(new float[] {0.485f, 0.456f, 0.406f}, new float[] {0.229f, 0.224f, 0.225f}).build();
 * }</pre>
 */
public final class ModelInputOptions {
  /** How values in [0, 1] are normalised after resampling. */
  public enum Normalization {
    /** Keep [0, 1]. */
    UNIT_RANGE,
    /** (x − mean[c]) / std[c] with the given per-channel (or single) mean and std, e.g. ImageNet's. */
    MEAN_STD,
    /** (x − m) / s with the output image's own mean m and standard deviation s (population); s = 0 divides by 1. */
    PER_IMAGE
  }

  /** What happens when the input's aspect ratio differs from the output's. */
  public enum Aspect {
    /** Scale x and y independently to fill the output. */
    STRETCH,
    /** Scale uniformly to fit, centre, and fill the rest with {@link #padValue()} (letterbox). */
    PAD
  }

  private static final ModelInputOptions DEFAULTS = builder().build();

  private final int width;
  private final int height;
  private final ImageResampler.Method method;
  private final Aspect aspect;
  private final float padValue;
  private final int channels;
  private final Normalization normalization;
  private final float[] mean;
  private final float[] std;

  private ModelInputOptions(Builder b) {
    width = b.width;
    height = b.height;
    method = b.method;
    aspect = b.aspect;
    padValue = b.padValue;
    channels = b.channels;
    normalization = b.normalization;
    mean = b.mean;
    std = b.std;
  }

  public static ModelInputOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  public ImageResampler.Method method() {
    return method;
  }

  public Aspect aspect() {
    return aspect;
  }

  /** Fill value in [0, 1] units (before normalisation) for {@link Aspect#PAD}. */
  public float padValue() {
    return padValue;
  }

  /** 1, or 3 for models trained on RGB (the gray image repeated). */
  public int channels() {
    return channels;
  }

  public Normalization normalization() {
    return normalization;
  }

  /** Mean of channel c for {@link Normalization#MEAN_STD}. */
  public float mean(int c) {
    return mean[mean.length == 1 ? 0 : c];
  }

  /** Standard deviation of channel c for {@link Normalization#MEAN_STD}. */
  public float std(int c) {
    return std[std.length == 1 ? 0 : c];
  }

  /** Builder; everything optional. */
  public static final class Builder {
    private int width = 224;
    private int height = 224;
    private ImageResampler.Method method = ImageResampler.Method.AREA;
    private Aspect aspect = Aspect.STRETCH;
    private float padValue;
    private int channels = 1;
    private Normalization normalization = Normalization.UNIT_RANGE;
    private float[] mean = {0f};
    private float[] std = {1f};

    private Builder() {}

    public Builder size(int width, int height) {
      this.width = width;
      this.height = height;
      return this;
    }

    public Builder method(ImageResampler.Method method) {
      this.method = method;
      return this;
    }

    public Builder aspect(Aspect aspect) {
      this.aspect = aspect;
      return this;
    }

    public Builder padValue(float value) {
      this.padValue = value;
      return this;
    }

    public Builder channels(int channels) {
      this.channels = channels;
      return this;
    }

    public Builder normalization(Normalization normalization) {
      this.normalization = normalization;
      return this;
    }

    /** Sets {@link Normalization#MEAN_STD} with one value per channel, or one value for all. */
    public Builder meanStd(float[] mean, float[] std) {
      this.normalization = Normalization.MEAN_STD;
      this.mean = mean.clone();
      this.std = std.clone();
      return this;
    }

    /** @throws IllegalArgumentException on a non-positive size, channels other than 1 or 3, bad mean/std */
    public ModelInputOptions build() {
      if (width <= 0 || height <= 0) {
        throw new IllegalArgumentException("size " + width + "x" + height + ", expected positive");
      }
      if (channels != 1 && channels != 3) {
        throw new IllegalArgumentException("channels " + channels + ", expected 1 or 3");
      }
      if (method == null || aspect == null || normalization == null) {
        throw new IllegalArgumentException("method, aspect and normalization must not be null");
      }
      if ((mean.length != 1 && mean.length != channels) || mean.length != std.length) {
        throw new IllegalArgumentException("mean " + Arrays.toString(mean) + " and std " + Arrays.toString(std)
            + ", expected 1 or " + channels + " values each");
      }
      for (float s : std) {
        if (!(s > 0) || !Float.isFinite(s)) {
          throw new IllegalArgumentException("std " + Arrays.toString(std) + ", expected finite positive values");
        }
      }
      return new ModelInputOptions(this);
    }
  }
}
