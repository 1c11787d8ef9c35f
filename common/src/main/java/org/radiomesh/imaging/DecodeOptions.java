package org.radiomesh.imaging;

/**
 * What {@link ImageDecoder} decodes and how it maps values to [0, 1]. Immutable; {@link #defaults()} decodes frame 0,
 * uses the VOI the header carries ({@link VoiMode#AUTO}) and drops the modality values.
 *
 * <pre>{@code
 * DecodeOptions opts = DecodeOptions.builder().allFrames().keepModalityValues(true).window(40, 400).build();
 * }</pre>
 */
public final class DecodeOptions {
  /** Value of {@link #frame()} meaning every frame. */
  public static final int ALL_FRAMES = -1;
  /** Default of {@link #maxPixelBytes()}: 2 GiB minus one, the most a Java array of bytes can hold. */
  public static final long DEFAULT_MAX_PIXEL_BYTES = Integer.MAX_VALUE - 8L;

  /** Where the VOI (values of interest) mapping to [0, 1] comes from. */
  public enum VoiMode {
    /**
     * The header's VOI LUT Sequence if present, else its Window Center/Width (with VOI LUT Function), else the full
     * range of the decoded modality values. pydicom's {@code apply_voi_lut(prefer_lut=True)} has the same order.
     */
    AUTO,
    /** The header's window if present, else the full range; a VOI LUT Sequence is ignored. */
    WINDOW,
    /** Always the full range of the decoded modality values: min maps to 0, max to 1. */
    FULL_RANGE
  }

  private static final DecodeOptions DEFAULTS = builder().build();

  private final int frame;
  private final boolean keepModalityValues;
  private final VoiMode voiMode;
  private final int windowIndex;
  private final double windowCenter;
  private final double windowWidth;
  private final long maxPixelBytes;

  private DecodeOptions(Builder b) {
    this.frame = b.frame;
    this.keepModalityValues = b.keepModalityValues;
    this.voiMode = b.voiMode;
    this.windowIndex = b.windowIndex;
    this.windowCenter = b.windowCenter;
    this.windowWidth = b.windowWidth;
    this.maxPixelBytes = b.maxPixelBytes;
  }

  public static DecodeOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The frame to decode (0-based), or {@link #ALL_FRAMES}. */
  public int frame() {
    return frame;
  }

  public boolean allFrames() {
    return frame == ALL_FRAMES;
  }

  /** Whether {@link DecodedImage#modalityValues()} is filled (Hounsfield units for CT). */
  public boolean keepModalityValues() {
    return keepModalityValues;
  }

  public VoiMode voiMode() {
    return voiMode;
  }

  /** Which of several header windows (or VOI LUTs) to use, 0-based. */
  public int windowIndex() {
    return windowIndex;
  }

  /** True when a window was given explicitly; it then overrides the header. */
  public boolean hasWindowOverride() {
    return !Double.isNaN(windowWidth);
  }

  /** Explicit window centre in modality units, NaN when none. */
  public double windowCenter() {
    return windowCenter;
  }

  /** Explicit window width in modality units, NaN when none. */
  public double windowWidth() {
    return windowWidth;
  }

  /** Limit on the declared size of the pixel data of one image, checked before anything is allocated. */
  public long maxPixelBytes() {
    return maxPixelBytes;
  }

  /** Builder; everything optional. */
  public static final class Builder {
    private int frame;
    private boolean keepModalityValues;
    private VoiMode voiMode = VoiMode.AUTO;
    private int windowIndex;
    private double windowCenter = Double.NaN;
    private double windowWidth = Double.NaN;
    private long maxPixelBytes = DEFAULT_MAX_PIXEL_BYTES;

    private Builder() {}

    /** Decode only this frame (0-based). */
    public Builder frame(int frame) {
      this.frame = frame;
      return this;
    }

    /** Decode every frame. */
    public Builder allFrames() {
      this.frame = ALL_FRAMES;
      return this;
    }

    public Builder keepModalityValues(boolean keep) {
      this.keepModalityValues = keep;
      return this;
    }

    public Builder voiMode(VoiMode mode) {
      this.voiMode = mode;
      return this;
    }

    public Builder windowIndex(int index) {
      this.windowIndex = index;
      return this;
    }

    /** An explicit linear window (DICOM PS3.3 C.11.2.1.2.1) in modality units, overriding the header. */
    public Builder window(double center, double width) {
      this.windowCenter = center;
      this.windowWidth = width;
      return this;
    }

    public Builder maxPixelBytes(long bytes) {
      this.maxPixelBytes = bytes;
      return this;
    }

    /** @throws IllegalArgumentException on a negative frame or window index, a width below 1 or a limit below 1 */
    public DecodeOptions build() {
      if (frame < ALL_FRAMES) {
        throw new IllegalArgumentException("frame " + frame + ", expected >= 0 or ALL_FRAMES");
      }
      if (windowIndex < 0) {
        throw new IllegalArgumentException("windowIndex " + windowIndex + ", expected >= 0");
      }
      if (!Double.isNaN(windowWidth) && !(windowWidth >= 1 && Double.isFinite(windowCenter))) {
        throw new IllegalArgumentException("window " + windowCenter + "/" + windowWidth
            + ", expected a finite centre and a width >= 1");
      }
      if (maxPixelBytes < 1) {
        throw new IllegalArgumentException("maxPixelBytes " + maxPixelBytes + ", expected >= 1");
      }
      if (voiMode == null) {
        throw new IllegalArgumentException("voiMode is null");
      }
      return new DecodeOptions(this);
    }
  }
}
