package org.radiomesh.recon;

import java.util.Arrays;
import java.util.List;
import org.radiomesh.surface.ScalarGrid;

/**
 * Fuses calibrated views into one scalar field on a voxel grid, in mm, positive inside: the visual hull from the
 * silhouettes, refined by truncated signed distance fusion of the depth maps where the views have them.
 *
 * <ul>
 *   <li>Visual hull: for each view whose image holds the voxel's projection, the silhouette's signed distance
 *       ({@link SilhouetteDistance}, bilinear) at that projection, converted from pixels to mm at the voxel's camera
 *       depth (× z / f); the hull value is the minimum over those views, so a voxel is inside exactly when it projects
 *       inside every silhouette, and the field is smooth rather than binary.</li>
 *   <li>TSDF (Curless and Levoy, SIGGRAPH 1996): for each view with a depth D at the projection (bilinear where the four
 *       neighbouring depths are known and within the truncation of each other, else the nearest pixel), the
 *       projective signed distance s = D − z (positive in front of the surface), truncated to at most μ and ignored
 *       when s &lt; −μ (occluded); the fused distance is the mean of the kept s, all weights 1.</li>
 *   <li>Combination: where no view kept an s, value = hull. Otherwise the fused distance −mean s decides, except
 *       where it says inside a voxel that some silhouette excludes (hull &lt; 0; the depth maps only cover the views'
 *       visible surfaces, so a voxel just behind a surface in one view may be free space in another): there the value
 *       is the hull's. Deep inside the object no view observes within μ, so the hull decides; in a concavity the
 *       silhouettes miss, the depth maps carve it out. (Taking min(hull, −mean s) everywhere instead would pull the
 *       surface inwards by a fraction of a pixel wherever the two estimates' magnitudes differ.)</li>
 * </ul>
 *
 * <p>Voxels no view sees are outside. A voxel whose hull value has fallen below −band (the views are taken in order)
 * is outside whatever the remaining views say, and they are skipped for it: its value is then some value below −band
 * rather than the exact minimum, which changes no sign and no surface vertex within band of the surface. Cost O(N·K) for N voxels and K views (a few floating-point operations and up to
 * eight map reads per pair), swept row by row with incremental camera coordinates; memory O(N) for the output plus
 * O(nx) per row.
 */
final class VolumeFusion {
  private final List<ProjectedView> views;
  private final double truncation;
  private final boolean useDepth;
  private final double band;

  /**
   * @param truncation μ in mm
   * @param useDepth whether depth maps take part (false: visual hull only)
   * @param band distance in mm beyond which an outside voxel's value need not be exact
   */
  VolumeFusion(List<ProjectedView> views, double truncation, boolean useDepth, double band) {
    this.views = views;
    this.truncation = truncation;
    this.useDepth = useDepth;
    this.band = band;
  }

  /** The fused field on a grid of nx × ny × nz samples with spacing h from {@code origin}. */
  ScalarGrid fuse(int nx, int ny, int nz, double h, double[] origin) {
    float[] out = new float[Math.multiplyExact(Math.multiplyExact(nx, ny), nz)];
    float[] hull = new float[nx];
    float[] sum = new float[nx];
    int[] count = new int[nx];
    for (int k = 0; k < nz; k++) {
      double z = origin[2] + k * h;
      for (int j = 0; j < ny; j++) {
        double y = origin[1] + j * h;
        Arrays.fill(hull, Float.POSITIVE_INFINITY);
        Arrays.fill(sum, 0);
        Arrays.fill(count, 0);
        for (ProjectedView v : views) {
          sweepRow(v, origin[0], y, z, h, nx, hull, sum, count);
        }
        int base = nx * (j + ny * k);
        for (int i = 0; i < nx; i++) {
          float value = hull[i] == Float.POSITIVE_INFINITY ? -Float.MAX_VALUE : hull[i];
          if (count[i] > 0) {
            float fused = -sum[i] / count[i];
            if (value >= 0 || fused < 0) {
              value = fused;
            }
          }
          out[base + i] = value;
        }
      }
    }
    return ScalarGrid.of(out, nx, ny, nz, h, origin);
  }

  private void sweepRow(ProjectedView v, double x0, double y, double z, double h, int nx, float[] hull, float[] sum,
      int[] count) {
    double[] r = v.r;
    double cx0 = r[0] * x0 + r[1] * y + r[2] * z + v.t[0];
    double cy0 = r[3] * x0 + r[4] * y + r[5] * z + v.t[1];
    double cz0 = r[6] * x0 + r[7] * y + r[8] * z + v.t[2];
    double dx = r[0] * h;
    double dy = r[3] * h;
    double dz = r[6] * h;
    double uMax = v.width - 0.5;
    double vMax = v.height - 0.5;
    float mu = (float) truncation;
    float[] depth = useDepth ? v.depth : null;
    float skip = (float) -band;
    for (int i = 0; i < nx; i++) {
      if (hull[i] < skip) {
        continue;
      }
      double zc = cz0 + i * dz;
      if (zc <= 0) {
        continue;
      }
      double inv = 1 / zc;
      double u = v.fx * (cx0 + i * dx) * inv + v.cx;
      double w = v.fy * (cy0 + i * dy) * inv + v.cy;
      if (!(u >= -0.5 && u <= uMax && w >= -0.5 && w <= vMax)) {
        continue;
      }
      double uc = Math.min(Math.max(u, 0), v.width - 1);
      double wc = Math.min(Math.max(w, 0), v.height - 1);
      float s = (float) (v.silhouette.sample(uc, wc) * zc * v.mmPerPixel);
      if (s < hull[i]) {
        hull[i] = s;
      }
      if (depth != null) {
        float d = depthAt(depth, v.width, v.height, uc, wc, mu);
        if (d != Float.POSITIVE_INFINITY) {
          float sdf = (float) (d - zc);
          if (sdf >= -mu) {
            sum[i] += Math.min(sdf, mu);
            count[i]++;
          }
        }
      }
    }
  }

  /** Bilinear depth where the 4 neighbours are known and agree within {@code jump}, else the nearest pixel's. */
  static float depthAt(float[] depth, int width, int height, double u, double v, float jump) {
    int c = Math.min((int) u, width - 2);
    int r = Math.min((int) v, height - 2);
    if (c < 0 || r < 0) {
      return depth[(int) Math.round(v) * width + (int) Math.round(u)];
    }
    int i = r * width + c;
    float a = depth[i];
    float b = depth[i + 1];
    float e = depth[i + width];
    float f = depth[i + width + 1];
    float lo = Math.min(Math.min(a, b), Math.min(e, f));
    float hi = Math.max(Math.max(a, b), Math.max(e, f));
    if (hi != Float.POSITIVE_INFINITY && hi - lo <= jump) {
      float fu = (float) (u - c);
      float fv = (float) (v - r);
      float top = a + fu * (b - a);
      float bottom = e + fu * (f - e);
      return top + fv * (bottom - top);
    }
    return depth[(int) Math.round(v) * width + (int) Math.round(u)];
  }
}
