package org.radiomesh.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Separable resampling against per-pixel brute force on seeded random images. */
class ImageResamplerTest {

  @ParameterizedTest
  @CsvSource({"37, 23, 10, 7", "64, 64, 32, 32", "50, 30, 17, 29", "7, 5, 19, 11", "100, 3, 9, 1", "9, 9, 9, 9"})
  void areaMatchesExactOverlapIntegration(int w, int h, int ow, int oh) {
    float[] src = random(w * h, w * 31 + h);
    float[] dst = ImageResampler.resize(src, w, h, ow, oh, ImageResampler.Method.AREA);
    double sx = (double) w / ow;
    double sy = (double) h / oh;
    for (int j = 0; j < oh; j++) {
      for (int i = 0; i < ow; i++) {
        double sum = 0;
        for (int y = 0; y < h; y++) {
          double oy = Math.max(0, Math.min(y + 1, (j + 1) * sy) - Math.max(y, j * sy));
          for (int x = 0; x < w; x++) {
            double ox = Math.max(0, Math.min(x + 1, (i + 1) * sx) - Math.max(x, i * sx));
            sum += ox * oy * src[y * w + x];
          }
        }
        assertThat((double) dst[j * ow + i]).as("(%d, %d)", i, j).isCloseTo(sum / (sx * sy), within(1e-5));
      }
    }
    if (w % ow == 0 && h % oh == 0) {
      assertThat(mean(dst)).isCloseTo(mean(src), within(1e-5));
    }
  }

  @ParameterizedTest
  @CsvSource({"37, 23, 10, 7", "8, 6, 16, 12", "50, 30, 17, 29", "5, 1, 11, 3"})
  void bilinearMatchesHalfPixelCentreFormula(int w, int h, int ow, int oh) {
    float[] src = random(w * h, w * 7 + h);
    float[] dst = ImageResampler.resize(src, w, h, ow, oh, ImageResampler.Method.BILINEAR);
    for (int j = 0; j < oh; j++) {
      double y = Math.max(0, Math.min(h - 1, (j + 0.5) * h / oh - 0.5));
      int y0 = (int) Math.floor(y);
      int y1 = Math.min(h - 1, y0 + 1);
      for (int i = 0; i < ow; i++) {
        double x = Math.max(0, Math.min(w - 1, (i + 0.5) * w / ow - 0.5));
        int x0 = (int) Math.floor(x);
        int x1 = Math.min(w - 1, x0 + 1);
        double tx = x - x0;
        double ty = y - y0;
        double expected = (1 - ty) * ((1 - tx) * src[y0 * w + x0] + tx * src[y0 * w + x1])
            + ty * ((1 - tx) * src[y1 * w + x0] + tx * src[y1 * w + x1]);
        assertThat((double) dst[j * ow + i]).as("(%d, %d)", i, j).isCloseTo(expected, within(1e-5));
      }
    }
  }

  private static float[] random(int n, long seed) {
    Random r = new Random(seed);
    float[] a = new float[n];
    for (int i = 0; i < n; i++) {
      a[i] = r.nextFloat();
    }
    return a;
  }

  private static double mean(float[] a) {
    double s = 0;
    for (float v : a) {
      s += v;
    }
    return s / a.length;
  }
}
