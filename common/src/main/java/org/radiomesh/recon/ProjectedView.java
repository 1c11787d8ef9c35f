package org.radiomesh.recon;

import org.radiomesh.render.Camera;

/**
 * A {@link CalibratedView} prepared for voxel sweeps: its camera as plain doubles, the signed silhouette distance,
 * the depth map with unknown depths as +∞, the silhouette's pixel bounding rectangle, and the world-space half-spaces
 * of the pyramid through that rectangle. Package-private; built once per view, O(pixels).
 */
final class ProjectedView {
  final String name;
  final int width;
  final int height;
  final double fx;
  final double fy;
  final double cx;
  final double cy;
  /** World-to-camera rotation, row-major, and translation. */
  final double[] r;
  final double[] t;
  /** Millimetres per pixel at camera depth 1 (the mean of 1/fx and 1/fy). */
  final double mmPerPixel;
  final SilhouetteDistance silhouette;
  /** Camera z per pixel in mm, +∞ where unknown; null without a depth map. */
  final float[] depth;
  final int[] labels;
  /** Inclusive pixel rectangle of the silhouette {cMin, rMin, cMax, rMax}. */
  final int[] rect;

  ProjectedView(CalibratedView v) {
    Camera cam = v.camera();
    name = v.name();
    width = cam.width();
    height = cam.height();
    fx = cam.fx();
    fy = cam.fy();
    cx = cam.cx();
    cy = cam.cy();
    r = cam.rotation();
    t = cam.translation();
    mmPerPixel = 0.5 * (1 / fx + 1 / fy);
    silhouette = new SilhouetteDistance(v.mask(), width, height);
    labels = v.labels();
    rect = new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
    boolean[] mask = v.mask();
    for (int i = 0; i < mask.length; i++) {
      if (mask[i]) {
        int c = i % width;
        int rr = i / width;
        rect[0] = Math.min(rect[0], c);
        rect[1] = Math.min(rect[1], rr);
        rect[2] = Math.max(rect[2], c);
        rect[3] = Math.max(rect[3], rr);
      }
    }
    if (v.hasDepth()) {
      float[] src = v.depth();
      depth = new float[src.length];
      for (int i = 0; i < src.length; i++) {
        depth[i] = src[i] > 0 && mask[i] ? src[i] : Float.POSITIVE_INFINITY;
      }
    } else {
      depth = null;
    }
  }

  /** The camera centre −Rᵀ·t. */
  double[] center() {
    return new double[] {
        -(r[0] * t[0] + r[3] * t[1] + r[6] * t[2]),
        -(r[1] * t[0] + r[4] * t[1] + r[7] * t[2]),
        -(r[2] * t[0] + r[5] * t[1] + r[8] * t[2])};
  }

  /** Camera z of a world point. */
  double cameraZ(double x, double y, double z) {
    return r[6] * x + r[7] * y + r[8] * z + t[2];
  }

  /**
   * The half-spaces {nx, ny, nz, d} (n·X + d ≥ 0, world coordinates) of the pyramid through the silhouette rectangle
   * widened by {@code padPixels}, cut by the plane z_c = {@code near}: up to 5 rows of 4 values. A side where the
   * silhouette touches the image border has no plane: the object may go on beyond the image there, where this view
   * says nothing.
   */
  double[][] pyramid(double padPixels, double near) {
    double u0 = rect[0] - padPixels;
    double u1 = rect[2] + padPixels;
    double v0 = rect[1] - padPixels;
    double v1 = rect[3] + padPixels;
    java.util.List<double[]> cam = new java.util.ArrayList<>(5);
    if (rect[0] > 0) {
      cam.add(new double[] {fx, 0, cx - u0, 0});
    }
    if (rect[2] < width - 1) {
      cam.add(new double[] {-fx, 0, u1 - cx, 0});
    }
    if (rect[1] > 0) {
      cam.add(new double[] {0, fy, cy - v0, 0});
    }
    if (rect[3] < height - 1) {
      cam.add(new double[] {0, -fy, v1 - cy, 0});
    }
    cam.add(new double[] {0, 0, 1, -near});
    double[][] out = new double[cam.size()][];
    for (int k = 0; k < out.length; k++) {
      double[] a = cam.get(k);
      double nx = r[0] * a[0] + r[3] * a[1] + r[6] * a[2];
      double ny = r[1] * a[0] + r[4] * a[1] + r[7] * a[2];
      double nz = r[2] * a[0] + r[5] * a[1] + r[8] * a[2];
      double d = a[0] * t[0] + a[1] * t[1] + a[2] * t[2] + a[3];
      out[k] = new double[] {nx, ny, nz, d};
    }
    return out;
  }

  /** The unit direction, in world coordinates, of the ray through the silhouette rectangle's centre. */
  double[] centralRay() {
    double u = 0.5 * (rect[0] + rect[2]);
    double v = 0.5 * (rect[1] + rect[3]);
    double a = (u - cx) / fx;
    double b = (v - cy) / fy;
    double[] d = {r[0] * a + r[3] * b + r[6], r[1] * a + r[4] * b + r[7], r[2] * a + r[5] * b + r[8]};
    double n = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
    return new double[] {d[0] / n, d[1] / n, d[2] / n};
  }
}
