package org.radiomesh.radiograph;

import java.util.SortedMap;
import java.util.TreeMap;
import org.radiomesh.anatomy.Material;

/**
 * Simulates an intraoral radiograph (periapical or bitewing) of a sampled {@link MaterialVolume}: parallel rays
 * ({@link IntraoralView}), Beer–Lambert line integrals of {@link Material#mu()} with nearest-voxel lookups every half
 * voxel, and the {@link XrayDetector} for noise and 12-bit values (bright = more attenuation). Teeth crossed by the
 * rays get boxes, as on the panoramic image.
 *
 * <p>Pixel (i, j) is centred at centre + (i + ½ − width/2)·right − (j + ½ − height/2)·up (pixel units of
 * {@code pixelMm}); there is no blur model (a sharp intraoral sensor). Cost: O(pixels × (front + back) / voxel)
 * lookups; with the defaults about 127,000 pixels × 240 steps. Deterministic under the detector's seed.
 *
 * <pre>{@code
 * IntraoralRadiograph pa = IntraoralSimulator.simulate(volume, IntraoralView.periapical(arch, s, z), 0.1, detector);
 * }</pre>
 */
public final class IntraoralSimulator {
  private IntraoralSimulator() {}

  /** An intraoral radiograph: pixels 0..4095 row-major from the top left, pixel size, and tooth boxes by FDI. */
  public record IntraoralRadiograph(int width, int height, double pixelMm, short[] pixels,
      SortedMap<Integer, PixelBox> toothBoxes) {}

  /** Simulates the view with square pixels of {@code pixelMm} and the given detector. */
  public static IntraoralRadiograph simulate(MaterialVolume volume, IntraoralView view, double pixelMm,
      XrayDetector detector) {
    if (!(pixelMm > 0)) {
      throw new IllegalArgumentException("pixel size " + pixelMm + " mm, expected > 0");
    }
    int width = (int) Math.ceil(view.widthMm() / pixelMm);
    int height = (int) Math.ceil(view.heightMm() / pixelMm);
    float[] mu = new float[Material.values().length];
    for (Material m : Material.values()) {
      mu[m.code()] = (float) m.mu();
    }
    double[] c = view.centre();
    double[] beam = view.beam();
    double[] right = view.right();
    double[] up = view.up();
    double[] origin = volume.origin();
    double v = volume.voxelMm();
    double step = 0.5 * v;
    int steps = (int) Math.ceil((view.frontMm() + view.backMm()) / step);
    byte[] materials = volume.materialCodes();
    byte[] teeth = volume.toothNumbers();
    int[] boxes = new int[4 * 49];
    for (int t = 0; t < 49; t++) {
      boxes[4 * t] = Integer.MAX_VALUE;
      boxes[4 * t + 1] = Integer.MIN_VALUE;
      boxes[4 * t + 2] = Integer.MAX_VALUE;
      boxes[4 * t + 3] = Integer.MIN_VALUE;
    }
    short[] pixels = new short[width * height];
    float[] line = new float[width];
    for (int j = 0; j < height; j++) {
      double dv = (height / 2.0 - j - 0.5) * pixelMm;
      for (int i = 0; i < width; i++) {
        double du = (i + 0.5 - width / 2.0) * pixelMm;
        double sum = 0;
        for (int k = 0; k < steps; k++) {
          double d = -view.frontMm() + (k + 0.5) * step;
          int ix = (int) Math.floor((c[0] + du * right[0] + dv * up[0] + d * beam[0] - origin[0]) / v);
          int iy = (int) Math.floor((c[1] + du * right[1] + dv * up[1] + d * beam[1] - origin[1]) / v);
          int iz = (int) Math.floor((c[2] + du * right[2] + dv * up[2] + d * beam[2] - origin[2]) / v);
          if (ix < 0 || iy < 0 || iz < 0 || ix >= volume.nx() || iy >= volume.ny() || iz >= volume.nz()) {
            continue;
          }
          int index = volume.index(ix, iy, iz);
          sum += mu[materials[index]];
          int t = teeth[index];
          if (t != 0) {
            boxes[4 * t] = Math.min(boxes[4 * t], i);
            boxes[4 * t + 1] = Math.max(boxes[4 * t + 1], i);
            boxes[4 * t + 2] = Math.min(boxes[4 * t + 2], j);
            boxes[4 * t + 3] = Math.max(boxes[4 * t + 3], j);
          }
        }
        line[i] = (float) (sum * step);
      }
      detector.exposeRow(line, width, j, pixels, j * width);
    }
    SortedMap<Integer, PixelBox> result = new TreeMap<>();
    for (int t = 11; t <= 48; t++) {
      if (boxes[4 * t] != Integer.MAX_VALUE) {
        result.put(t, PixelBox.spanning(boxes[4 * t], boxes[4 * t + 2], boxes[4 * t + 1] + 1.0,
            boxes[4 * t + 3] + 1.0));
      }
    }
    return new IntraoralRadiograph(width, height, pixelMm, pixels, result);
  }
}
