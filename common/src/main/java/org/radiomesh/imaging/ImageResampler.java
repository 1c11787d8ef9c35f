package org.radiomesh.imaging;

/**
 * Resizes a float image (row-major, {@code width × height}) to another size, separably (rows, then columns).
 *
 * <ul>
 *   <li>{@link Method#AREA}: each output pixel is the exact area-weighted mean of the input over the rectangle it
 *       covers (output pixel j spans input [j·s, (j+1)·s) with s = in/out): a box filter with fractional weights at
 *       the edges. Downscaling matches OpenCV {@code INTER_AREA} and PIL {@code BOX}; upscaling replicates pixels
 *       (blending the two neighbours at fractional boundaries), unlike OpenCV, which switches to bilinear there.</li>
 *   <li>{@link Method#BILINEAR}: half-pixel-centre sampling, input x = (j + 0.5)·s − 0.5 clamped to [0, in − 1], as
 *       OpenCV {@code INTER_LINEAR} and PyTorch {@code interpolate(mode="bilinear", align_corners=False,
 *       antialias=False)}. No anti-aliasing: prefer AREA for large reductions.</li>
 * </ul>
 * The mean and the range of the input are preserved by AREA (up to rounding); both methods are exact on constant
 * images. Cost O(outW · h · k + outW · outH · k) with k the filter support (≈ in/out + 2 for AREA, 2 for BILINEAR);
 * one temporary buffer of {@code outW × h} floats.
 */
public final class ImageResampler {
  /** Resampling filter. */
  public enum Method { AREA, BILINEAR }

  private ImageResampler() {}

  /** A new {@code outWidth × outHeight} image. */
  public static float[] resize(float[] src, int width, int height, int outWidth, int outHeight, Method method) {
    float[] dst = new float[outWidth * outHeight];
    resize(src, 0, width, height, dst, 0, outWidth, outHeight, method);
    return dst;
  }

  /** Resizes {@code src[srcOff ..]} into {@code dst[dstOff ..]}. */
  public static void resize(float[] src, int srcOff, int width, int height, float[] dst, int dstOff, int outWidth,
      int outHeight, Method method) {
    if (width <= 0 || height <= 0 || outWidth <= 0 || outHeight <= 0) {
      throw new IllegalArgumentException("sizes " + width + "x" + height + " -> " + outWidth + "x" + outHeight
          + ", expected positive");
    }
    Weights wx = method == Method.AREA ? area(width, outWidth) : bilinear(width, outWidth);
    Weights wy = method == Method.AREA ? area(height, outHeight) : bilinear(height, outHeight);
    float[] tmp = new float[outWidth * height];
    for (int y = 0; y < height; y++) {
      int row = srcOff + y * width;
      for (int j = 0; j < outWidth; j++) {
        float s = 0;
        int first = wx.first[j];
        for (int k = wx.start[j]; k < wx.start[j + 1]; k++) {
          s += wx.weight[k] * src[row + first + k - wx.start[j]];
        }
        tmp[y * outWidth + j] = s;
      }
    }
    for (int i = 0; i < outHeight; i++) {
      int out = dstOff + i * outWidth;
      for (int j = 0; j < outWidth; j++) {
        dst[out + j] = 0;
      }
      int first = wy.first[i];
      for (int k = wy.start[i]; k < wy.start[i + 1]; k++) {
        float w = wy.weight[k];
        int row = (first + k - wy.start[i]) * outWidth;
        for (int j = 0; j < outWidth; j++) {
          dst[out + j] += w * tmp[row + j];
        }
      }
    }
  }

  /**
   * Sparse 1D filter: output j takes inputs first[j], first[j] + 1, ... with weights weight[start[j] ..
   * start[j + 1]).
   */
  private record Weights(int[] first, int[] start, float[] weight) {}

  private static Weights area(int in, int out) {
    double scale = (double) in / out;
    int[] first = new int[out];
    int[] start = new int[out + 1];
    float[] weight = new float[out * ((int) Math.ceil(scale) + 2)];
    int k = 0;
    for (int j = 0; j < out; j++) {
      double lo = j * scale;
      double hi = Math.min(in, (j + 1) * scale);
      int a = (int) Math.floor(lo);
      int b = Math.min(in - 1, (int) Math.ceil(hi) - 1);
      first[j] = a;
      start[j] = k;
      for (int i = a; i <= b; i++) {
        double overlap = Math.min(hi, i + 1) - Math.max(lo, i);
        weight[k++] = (float) (overlap / (hi - lo));
      }
    }
    start[out] = k;
    return new Weights(first, start, weight);
  }

  private static Weights bilinear(int in, int out) {
    double scale = (double) in / out;
    int[] first = new int[out];
    int[] start = new int[out + 1];
    float[] weight = new float[2 * out];
    int k = 0;
    for (int j = 0; j < out; j++) {
      double x = Math.max(0, Math.min(in - 1, (j + 0.5) * scale - 0.5));
      int a = Math.min((int) Math.floor(x), in - 1);
      double t = x - a;
      first[j] = a;
      start[j] = k;
      weight[k++] = (float) (1 - t);
      if (a + 1 < in) {
        weight[k++] = (float) t;
      }
    }
    start[out] = k;
    return new Weights(first, start, weight);
  }
}
