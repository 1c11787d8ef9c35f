package org.radiomesh.radiograph;

/**
 * An axis-aligned box on an image in pixel coordinates, COCO style: top-left corner (x, y) and size, where pixel
 * (i, j) covers [i, i+1) × [j, j+1). Immutable.
 *
 * @param x left edge, pixels from the image's left
 * @param y top edge, pixels from the image's top
 * @param width ≥ 0
 * @param height ≥ 0
 */
public record PixelBox(double x, double y, double width, double height) {
  public PixelBox {
    if (!(width >= 0 && height >= 0) || !Double.isFinite(x) || !Double.isFinite(y)) {
      throw new IllegalArgumentException("pixel box (" + x + ", " + y + ", " + width + ", " + height
          + "), expected finite corner and non-negative size");
    }
  }

  /** The box spanning [x0, x1) × [y0, y1). */
  public static PixelBox spanning(double x0, double y0, double x1, double y1) {
    return new PixelBox(x0, y0, x1 - x0, y1 - y0);
  }

  public double area() {
    return width * height;
  }

  /** Whether (u, v) lies in the box grown by {@code margin} pixels on every side. */
  public boolean contains(double u, double v, double margin) {
    return u >= x - margin && u <= x + width + margin && v >= y - margin && v <= y + height + margin;
  }

  /** COCO's {@code bbox}: {x, y, width, height}. */
  public double[] toCoco() {
    return new double[] {x, y, width, height};
  }
}
