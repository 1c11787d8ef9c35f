package org.radiomesh.recon;

import java.awt.image.BufferedImage;

/**
 * An image a multiview generator may condition on (for example a photograph or a radiograph crop): linear RGB in
 * [0, 1], 3 floats per pixel, row-major, pixel (column c, row r) at {@code 3·(r·width + c)}. The array is not copied;
 * treat it as read-only.
 */
public record ConditioningImage(int width, int height, float[] rgb) {
  public ConditioningImage {
    if (width < 1 || height < 1 || rgb == null || rgb.length != 3 * width * height) {
      throw new IllegalArgumentException("a conditioning image needs width, height >= 1 and 3*width*height RGB values");
    }
  }

  /** The image's RGB channels scaled to [0, 1] (8-bit value / 255; no gamma conversion). O(pixels). */
  public static ConditioningImage of(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    float[] rgb = new float[3 * w * h];
    for (int r = 0, i = 0; r < h; r++) {
      for (int c = 0; c < w; c++, i += 3) {
        int p = image.getRGB(c, r);
        rgb[i] = ((p >> 16) & 0xff) / 255f;
        rgb[i + 1] = ((p >> 8) & 0xff) / 255f;
        rgb[i + 2] = (p & 0xff) / 255f;
      }
    }
    return new ConditioningImage(w, h, rgb);
  }
}
