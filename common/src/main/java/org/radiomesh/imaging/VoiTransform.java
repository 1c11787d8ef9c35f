package org.radiomesh.imaging;

/**
 * Maps modality values (HU for CT) to display values in [0, 1]: the VOI LUT stage of the DICOM grayscale pipeline
 * (PS3.3 C.11.2), with optional MONOCHROME1 inversion ({@code y → 1 − y}) applied after it.
 *
 * <ul>
 *   <li>{@link #linear}: VOI LUT Function LINEAR (C.11.2.1.2.1), y = clamp(((x − (c − 0.5)) / (w − 1) + 0.5), 0, 1),
 *       which is the standard's piecewise definition with y<sub>min</sub> = 0 and y<sub>max</sub> = 1; w = 1 is a
 *       threshold at c − 0.5.</li>
 *   <li>{@link #linearExact}: LINEAR_EXACT (C.11.2.1.3.2), y = clamp((x − c) / w + 0.5, 0, 1).</li>
 *   <li>{@link #sigmoid}: SIGMOID (C.11.2.1.3.1), y = 1 / (1 + exp(−4 (x − c) / w)).</li>
 *   <li>{@link #lut}: a VOI LUT Sequence table, y = LUT(x) / (2<sup>bits</sup> − 1).</li>
 *   <li>{@link #fullRange}: y = (x − min) / (max − min), and 0 everywhere when max = min.</li>
 * </ul>
 * Immutable. Cost O(n) for n values, one pass, no allocation.
 */
public final class VoiTransform {
  private enum Kind { LINEAR, LINEAR_EXACT, SIGMOID, LUT, FULL_RANGE }

  private final Kind kind;
  private final double a;
  private final double b;
  private final LookupTable table;

  private VoiTransform(Kind kind, double a, double b, LookupTable table) {
    this.kind = kind;
    this.a = a;
    this.b = b;
    this.table = table;
  }

  /** DICOM LINEAR window; width must be at least 1. */
  public static VoiTransform linear(double center, double width) {
    checkWidth(width, 1);
    return new VoiTransform(Kind.LINEAR, center, width, null);
  }

  /** DICOM LINEAR_EXACT window; width must be positive. */
  public static VoiTransform linearExact(double center, double width) {
    checkWidth(width, Double.MIN_VALUE);
    return new VoiTransform(Kind.LINEAR_EXACT, center, width, null);
  }

  /** DICOM SIGMOID window; width must be positive. */
  public static VoiTransform sigmoid(double center, double width) {
    checkWidth(width, Double.MIN_VALUE);
    return new VoiTransform(Kind.SIGMOID, center, width, null);
  }

  /** A VOI LUT Sequence table, output scaled by 1 / (2^bits − 1). */
  public static VoiTransform lut(LookupTable table) {
    return new VoiTransform(Kind.LUT, 0, 0, table);
  }

  /** min → 0, max → 1, linear in between. */
  public static VoiTransform fullRange(double min, double max) {
    if (!(min <= max)) {
      throw new IllegalArgumentException("full range " + min + ".." + max + ", expected min <= max");
    }
    return new VoiTransform(Kind.FULL_RANGE, min, max, null);
  }

  /**
   * The window for a VOI LUT Function value as written in the header (LINEAR when null or empty).
   *
   * @throws IllegalArgumentException for an unknown function name or a width out of range
   */
  public static VoiTransform window(double center, double width, String function) {
    String f = function == null ? "" : function.trim().toUpperCase(java.util.Locale.ROOT);
    return switch (f) {
      case "", "LINEAR" -> linear(center, width);
      case "LINEAR_EXACT" -> linearExact(center, width);
      case "SIGMOID" -> sigmoid(center, width);
      default -> throw new IllegalArgumentException("VOI LUT Function " + function
          + ", expected LINEAR, LINEAR_EXACT or SIGMOID");
    };
  }

  /** The display value of one modality value, in [0, 1]. */
  public double apply(double x) {
    return switch (kind) {
      case LINEAR -> b == 1 ? (x <= a - 0.5 ? 0 : 1) : clamp((x - (a - 0.5)) / (b - 1) + 0.5);
      case LINEAR_EXACT -> clamp((x - a) / b + 0.5);
      case SIGMOID -> 1 / (1 + Math.exp(-4 * (x - a) / b));
      case LUT -> table.lookup(x) / (double) table.maxOutput();
      case FULL_RANGE -> b > a ? (x - a) / (b - a) : 0;
    };
  }

  /**
   * Writes {@code apply(in[inOff + i])} (or 1 minus it when {@code invert}) to {@code out[outOff + i]} for
   * i in [0, n). {@code in} and {@code out} may be the same array at the same offset.
   */
  public void apply(float[] in, int inOff, float[] out, int outOff, int n, boolean invert) {
    if (isAffine()) {
      applyAffine(in, inOff, out, outOff, n, invert);
    } else {
      applyEach(in, inOff, out, outOff, n, invert);
    }
  }

  private void applyEach(float[] in, int inOff, float[] out, int outOff, int n, boolean invert) {
    for (int i = 0; i < n; i++) {
      double y = apply(in[inOff + i]);
      out[outOff + i] = (float) (invert ? 1 - y : y);
    }
  }

  /** True when the transform is y = clamp(s·x + t, 0, 1) (LINEAR with width above 1, LINEAR_EXACT, FULL_RANGE). */
  boolean isAffine() {
    return kind == Kind.LINEAR_EXACT || kind == Kind.FULL_RANGE || (kind == Kind.LINEAR && b > 1);
  }

  /**
   * {scale, shift} of an affine transform, with the inversion folded in (y → 1 − y); the caller clamps to [0, 1].
   *
   * @throws IllegalStateException when {@link #isAffine()} is false
   */
  double[] affine(boolean invert) {
    double scale;
    double shift;
    if (kind == Kind.LINEAR && b > 1) {
      scale = 1 / (b - 1);
      shift = 0.5 - (a - 0.5) / (b - 1);
    } else if (kind == Kind.LINEAR_EXACT) {
      scale = 1 / b;
      shift = 0.5 - a / b;
    } else if (kind == Kind.FULL_RANGE) {
      scale = b > a ? 1 / (b - a) : 0;
      shift = b > a ? -a / (b - a) : 0;
    } else {
      throw new IllegalStateException(describe() + " is not affine");
    }
    return invert ? new double[] {-scale, 1 - shift} : new double[] {scale, shift};
  }

  /** The clamped affine kinds as one multiply-add per value, which the JIT vectorises. */
  private void applyAffine(float[] in, int inOff, float[] out, int outOff, int n, boolean invert) {
    double[] st = affine(invert);
    float s = (float) st[0];
    float t = (float) st[1];
    for (int i = 0; i < n; i++) {
      out[outOff + i] = Math.min(1f, Math.max(0f, in[inOff + i] * s + t));
    }
  }

  /** For provenance: kind and parameters, e.g. {@code WINDOW 40.0/400.0 LINEAR}. */
  public String describe() {
    return switch (kind) {
      case LINEAR, LINEAR_EXACT, SIGMOID -> "WINDOW " + a + "/" + b + " " + kind;
      case LUT -> "LUT " + table.entries() + " entries from " + table.firstMapped() + ", " + table.bitsPerEntry()
          + " bits";
      case FULL_RANGE -> "FULL_RANGE " + a + ".." + b;
    };
  }

  @Override
  public String toString() {
    return describe();
  }

  private static double clamp(double y) {
    return y < 0 ? 0 : (y > 1 ? 1 : y);
  }

  private static void checkWidth(double width, double min) {
    if (!(width >= min) || Double.isInfinite(width)) {
      throw new IllegalArgumentException("window width " + width + ", expected a finite value >= " + min);
    }
  }
}
