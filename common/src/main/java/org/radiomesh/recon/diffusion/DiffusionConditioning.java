package org.radiomesh.recon.diffusion;

import java.util.Arrays;
import org.radiomesh.recon.ConditioningImage;

/**
 * The condition tokens of B objects, {@code [objects, tokens, dim]} row-major, conditional and unconditional (the
 * classifier-free guidance baseline). Per object the tokens are the text encoder's output (when the model is
 * text-conditioned), then the image encoder's (when image-conditioned), or {@code condTokens} zero tokens for a model
 * with neither. A missing prompt is encoded as the empty prompt; a missing conditioning image gives zero image tokens.
 * Arrays are not copied.
 *
 * @param objects B
 * @param tokens L, condition tokens per object
 * @param dim D, values per token
 * @param conditional {@code [B, L, D]}
 * @param unconditional {@code [B, L, D]}
 */
public record DiffusionConditioning(int objects, int tokens, int dim, float[] conditional, float[] unconditional) {
  public DiffusionConditioning {
    long n = (long) objects * tokens * dim;
    if (objects < 1 || tokens < 1 || dim < 1 || conditional.length != n || unconditional.length != n) {
      throw new IllegalArgumentException("conditioning of " + objects + "x" + tokens + "x" + dim + " with "
          + conditional.length + " and " + unconditional.length + " values");
    }
  }

  /**
   * True when guidance cannot change anything because both inputs are equal (for example a camera-only model): the
   * sampler then skips the unconditional pass, which gives bitwise the same result. O(B·L·D).
   */
  public boolean unconditionalEqualsConditional() {
    return Arrays.equals(conditional, unconditional);
  }

  /**
   * An image resized to {@code size}×{@code size} (bilinear, half-pixel centres, edge pixels clamped, no antialiasing;
   * the aspect ratio is not kept) as {@code [3, size, size]} planar values 2·v − 1 in [−1, 1], the convention of the
   * generated images. The identity (up to that scaling) when the image already has that size. O(size²).
   */
  public static float[] imageTensor(ConditioningImage image, int size) {
    int w = image.width();
    int h = image.height();
    float[] rgb = image.rgb();
    float[] out = new float[3 * size * size];
    double sx = (double) w / size;
    double sy = (double) h / size;
    for (int r = 0; r < size; r++) {
      double fy = Math.max(0, Math.min(h - 1, (r + 0.5) * sy - 0.5));
      int y0 = (int) Math.floor(fy);
      int y1 = Math.min(h - 1, y0 + 1);
      double wy = fy - y0;
      for (int c = 0; c < size; c++) {
        double fx = Math.max(0, Math.min(w - 1, (c + 0.5) * sx - 0.5));
        int x0 = (int) Math.floor(fx);
        int x1 = Math.min(w - 1, x0 + 1);
        double wx = fx - x0;
        for (int ch = 0; ch < 3; ch++) {
          double top = rgb[3 * (y0 * w + x0) + ch] * (1 - wx) + rgb[3 * (y0 * w + x1) + ch] * wx;
          double bottom = rgb[3 * (y1 * w + x0) + ch] * (1 - wx) + rgb[3 * (y1 * w + x1) + ch] * wx;
          out[(ch * size + r) * size + c] = (float) (2 * (top * (1 - wy) + bottom * wy) - 1);
        }
      }
    }
    return out;
  }
}
