package org.radiomesh.render;

import java.util.Arrays;

/**
 * Reduces a view rendered at s× resolution ({@link Camera#scaled(int)}) to the target camera: each output pixel takes
 * the s × s block of samples whose centres lie inside it.
 *
 * <p>RGB is the block mean (box filter, background colour in uncovered samples: anti-aliased edges). The geometric
 * maps stay unblended, so that reconstruction never sees a depth halfway between object and background: the mask is
 * set when at least half the samples are covered; depth is the nearest covered sample; the normal is the normalised
 * mean of covered samples; the label is the most frequent covered label (the smallest label on a tie). O(samples).
 */
final class Supersampling {
  private Supersampling() {}

  static RenderedView downsample(RenderedView hi, int s, Camera target) {
    if (s == 1) {
      return hi;
    }
    int w = target.width();
    int h = target.height();
    int hw = hi.width();
    float[] hiRgb = hi.rgb();
    boolean[] hiMask = hi.mask();
    float[] hiDepth = hi.depth();
    float[] hiNormals = hi.normals();
    int[] hiLabels = hi.labels();
    float[] rgb = new float[3 * w * h];
    boolean[] mask = new boolean[w * h];
    float[] depth = new float[w * h];
    float[] normals = new float[3 * w * h];
    int[] labels = new int[w * h];
    int[] blockLabels = new int[s * s];
    float inv = 1f / (s * s);
    for (int row = 0; row < h; row++) {
      for (int col = 0; col < w; col++) {
        int o = row * w + col;
        double r = 0;
        double g = 0;
        double b = 0;
        double nx = 0;
        double ny = 0;
        double nz = 0;
        float nearest = Float.POSITIVE_INFINITY;
        int covered = 0;
        for (int dy = 0; dy < s; dy++) {
          int base = (row * s + dy) * hw + col * s;
          for (int dx = 0; dx < s; dx++) {
            int i = base + dx;
            r += hiRgb[3 * i];
            g += hiRgb[3 * i + 1];
            b += hiRgb[3 * i + 2];
            if (hiMask[i]) {
              blockLabels[covered++] = hiLabels[i];
              nearest = Math.min(nearest, hiDepth[i]);
              nx += hiNormals[3 * i];
              ny += hiNormals[3 * i + 1];
              nz += hiNormals[3 * i + 2];
            }
          }
        }
        rgb[3 * o] = (float) r * inv;
        rgb[3 * o + 1] = (float) g * inv;
        rgb[3 * o + 2] = (float) b * inv;
        boolean in = 2 * covered >= s * s;
        mask[o] = in;
        depth[o] = in ? nearest : Float.POSITIVE_INFINITY;
        labels[o] = in ? mode(blockLabels, covered) : LabelPalette.BACKGROUND;
        double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
        if (in && len > 0) {
          normals[3 * o] = (float) (nx / len);
          normals[3 * o + 1] = (float) (ny / len);
          normals[3 * o + 2] = (float) (nz / len);
        }
      }
    }
    return new RenderedView(target, rgb, mask, depth, normals, hi.normalSpace(), labels, hi.stats());
  }

  /** Most frequent of the first n values, the smallest on a tie. */
  private static int mode(int[] values, int n) {
    Arrays.sort(values, 0, n);
    int best = values[0];
    int bestCount = 0;
    int run = 0;
    for (int i = 0; i < n; i++) {
      run = i > 0 && values[i] == values[i - 1] ? run + 1 : 1;
      if (run > bestCount) {
        bestCount = run;
        best = values[i];
      }
    }
    return best;
  }
}
