package org.radiomesh.render;

/**
 * A fixed colour for every integer label, so that the same label (an FDI tooth number, a material code) has the same
 * colour in every image of every run.
 *
 * <p>Label −1 (background, no surface) is black; label 0 (no label, gingiva in Teeth3DS files) is a muted pink; any
 * other label gets hue = frac(label · 0.618034) (golden-ratio steps, so neighbouring numbers differ strongly) at
 * saturation 0.6 and value 0.95. Colours are packed 0xRRGGBB. O(1) per label.
 */
public final class LabelPalette {
  /** The label of pixels that no surface covers. */
  public static final int BACKGROUND = -1;

  private static final double GOLDEN = 0.6180339887498949;

  private LabelPalette() {}

  /** Packed 0xRRGGBB colour of a label. */
  public static int rgb(int label) {
    if (label == BACKGROUND) {
      return 0;
    }
    if (label == 0) {
      return 0xC89494;
    }
    double h = (label * GOLDEN) % 1.0;
    if (h < 0) {
      h += 1;
    }
    return hsv(h, 0.6, 0.95);
  }

  /** The colour of a label as RGB floats in [0, 1]. */
  public static float[] color(int label) {
    int c = rgb(label);
    return new float[] {((c >> 16) & 255) / 255f, ((c >> 8) & 255) / 255f, (c & 255) / 255f};
  }

  private static int hsv(double h, double s, double v) {
    double hh = h * 6;
    int sector = (int) Math.floor(hh) % 6;
    double f = hh - Math.floor(hh);
    double p = v * (1 - s);
    double q = v * (1 - s * f);
    double t = v * (1 - s * (1 - f));
    double[] rgb = switch (sector) {
      case 0 -> new double[] {v, t, p};
      case 1 -> new double[] {q, v, p};
      case 2 -> new double[] {p, v, t};
      case 3 -> new double[] {p, q, v};
      case 4 -> new double[] {t, p, v};
      default -> new double[] {v, p, q};
    };
    return (to8(rgb[0]) << 16) | (to8(rgb[1]) << 8) | to8(rgb[2]);
  }

  private static int to8(double c) {
    return (int) Math.round(Math.max(0, Math.min(1, c)) * 255);
  }
}
