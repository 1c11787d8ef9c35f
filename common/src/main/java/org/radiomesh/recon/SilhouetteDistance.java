package org.radiomesh.recon;

/**
 * The signed Euclidean distance, in pixels, from each pixel centre of a binary silhouette to the silhouette's boundary:
 * positive inside the mask, negative outside, with the boundary half-way between an inside and an outside pixel centre
 * (so a pixel next to the boundary has |value| = 0.5). Sampled between pixel centres by bilinear interpolation, this
 * gives the smooth per-view field of the visual hull.
 *
 * <p>Method: exact squared Euclidean distance transform of Felzenszwalb and Huttenlocher (lower envelope of parabolas),
 * columns then rows, once to the nearest outside pixel and once to the nearest inside pixel; value = d − 0.5. The image
 * border is not a boundary: only pixels of the image count, so a silhouette that touches the border keeps growing
 * beyond it. A mask with no outside pixel gets +{@link #FAR} inside, one with no inside pixel −{@link #FAR}.
 *
 * <p>Cost O(width·height) time, 2 float maps plus O(max(width, height)) scratch. Immutable after construction.
 */
final class SilhouetteDistance {
  /** The value used where no boundary pixel exists in the image, in pixels. */
  static final float FAR = 1e6f;

  private final int width;
  private final int height;
  private final float[] signed;

  SilhouetteDistance(boolean[] mask, int width, int height) {
    if (mask.length != width * height) {
      throw new IllegalArgumentException("mask has " + mask.length + " pixels, expected " + width * height);
    }
    this.width = width;
    this.height = height;
    float[] toOutside = squaredDistanceTo(mask, false, width, height);
    float[] toInside = squaredDistanceTo(mask, true, width, height);
    signed = new float[mask.length];
    for (int i = 0; i < mask.length; i++) {
      signed[i] = mask[i] ? root(toOutside[i]) - 0.5f : 0.5f - root(toInside[i]);
    }
  }

  /** The signed distance at pixel centre (column c, row r), pixels. */
  float at(int c, int r) {
    return signed[r * width + c];
  }

  /**
   * The signed distance at image coordinates (u, v) by bilinear interpolation of the four nearest pixel centres;
   * (u, v) must lie in [0, width − 1] × [0, height − 1] (callers clamp).
   */
  float sample(double u, double v) {
    int c = (int) u;
    int r = (int) v;
    if (c >= width - 1) {
      c = width - 2;
    }
    if (r >= height - 1) {
      r = height - 2;
    }
    if (c < 0 || r < 0) {
      return signed[Math.max(0, r) * width + Math.max(0, c)];
    }
    float fu = (float) (u - c);
    float fv = (float) (v - r);
    int i = r * width + c;
    float top = signed[i] + fu * (signed[i + 1] - signed[i]);
    float bottom = signed[i + width] + fu * (signed[i + width + 1] - signed[i + width]);
    return top + fv * (bottom - top);
  }

  private static float root(float squared) {
    return squared >= FAR * FAR ? FAR : (float) Math.sqrt(squared);
  }

  /** Squared distance from each pixel to the nearest pixel whose mask value equals {@code target}. */
  private static float[] squaredDistanceTo(boolean[] mask, boolean target, int w, int h) {
    float inf = FAR * FAR;
    float[] g = new float[w * h];
    int n = Math.max(w, h);
    float[] f = new float[n];
    float[] d = new float[n];
    int[] v = new int[n];
    float[] z = new float[n + 1];
    for (int c = 0; c < w; c++) {
      for (int r = 0; r < h; r++) {
        f[r] = mask[r * w + c] == target ? 0 : inf;
      }
      envelope(f, h, d, v, z);
      for (int r = 0; r < h; r++) {
        g[r * w + c] = d[r];
      }
    }
    for (int r = 0; r < h; r++) {
      System.arraycopy(g, r * w, f, 0, w);
      envelope(f, w, d, v, z);
      System.arraycopy(d, 0, g, r * w, w);
    }
    return g;
  }

  /** One-dimensional squared distance transform of sampled function f (Felzenszwalb–Huttenlocher), into d. */
  private static void envelope(float[] f, int n, float[] d, int[] v, float[] z) {
    float inf = FAR * FAR;
    int k = -1;
    for (int q = 0; q < n; q++) {
      if (f[q] >= inf) {
        continue;
      }
      float s = 0;
      while (k >= 0) {
        int p = v[k];
        s = ((f[q] + (float) q * q) - (f[p] + (float) p * p)) / (2f * (q - p));
        if (s > z[k]) {
          break;
        }
        k--;
      }
      k++;
      v[k] = q;
      z[k] = k == 0 ? Float.NEGATIVE_INFINITY : s;
      z[k + 1] = Float.POSITIVE_INFINITY;
    }
    if (k < 0) {
      java.util.Arrays.fill(d, 0, n, inf);
      return;
    }
    int j = 0;
    for (int q = 0; q < n; q++) {
      while (z[j + 1] < q) {
        j++;
      }
      float dq = q - v[j];
      d[q] = dq * dq + f[v[j]];
    }
  }
}
