package org.radiomesh.render;

/**
 * Clips triangles in camera space against the near plane (z ≥ near) and a guard band one image size wide around the
 * image (so that snapped screen coordinates stay small enough for exact 64-bit edge functions), and keeps the pieces
 * as sub-triangles whose corners carry barycentric weights over the source face. Barycentrics are linear in camera
 * space, so a fragment of a piece maps back to the face exactly: the shading pass never sees the pieces.
 *
 * <p>An edge is cut at a point computed from its endpoints in a fixed (lexicographic) order, so two triangles sharing
 * an edge cut it at bit-identical points and leave no crack. O(1) per triangle (at most 8 polygon corners).
 */
final class FrustumClipper {
  static final int NEAR = 1;
  private static final int PLANES = 5;
  private static final int STRIDE = 6;

  private final double[][] planes;
  private final double fx;
  private final double fy;
  private final double cx;
  private final double cy;
  private double[] poly = new double[9 * STRIDE];
  private double[] next = new double[9 * STRIDE];

  // Growable output: per piece the face, snapped corners, inverse depths and 3×3 corner weights.
  int count;
  int[] face = new int[16];
  int[] xy = new int[16 * 6];
  double[] invz = new double[16 * 3];
  double[] weights = new double[16 * 9];

  FrustumClipper(Camera cam, double near) {
    double guard = Math.max(cam.width(), cam.height());
    this.fx = cam.fx();
    this.fy = cam.fy();
    this.cx = cam.cx();
    this.cy = cam.cy();
    this.planes = new double[][] {
        {0, 0, 1, -near},
        {fx, 0, cx + guard, 0},
        {-fx, 0, cam.width() - 1 + guard - cx, 0},
        {0, fy, cy + guard, 0},
        {0, -fy, cam.height() - 1 + guard - cy, 0}};
  }

  /** Bit i set when the camera-space point is outside plane i (bit 0: nearer than the near plane). */
  int outcode(double x, double y, double z) {
    int code = 0;
    for (int i = 0; i < PLANES; i++) {
      double[] p = planes[i];
      if (p[0] * x + p[1] * y + p[2] * z + p[3] < 0) {
        code |= 1 << i;
      }
    }
    return code;
  }

  /** Screen x in 1/256 pixel units (the rasterizer's fixed point), for a point inside every plane. */
  int snapX(double x, double z) {
    return (int) Math.rint((fx * x / z + cx) * ViewRaster.ONE);
  }

  int snapY(double y, double z) {
    return (int) Math.rint((fy * y / z + cy) * ViewRaster.ONE);
  }

  /** Clips the face with camera-space corners a, b, c (x, y, z each) and appends its pieces. */
  void clip(int faceId, double[] a, double[] b, double[] c) {
    int n = 3;
    set(poly, 0, a, 1, 0, 0);
    set(poly, 1, b, 0, 1, 0);
    set(poly, 2, c, 0, 0, 1);
    for (double[] p : planes) {
      n = clipPlane(p, n);
      if (n < 3) {
        return;
      }
    }
    for (int k = 1; k + 1 < n; k++) {
      emit(faceId, 0, k, k + 1);
    }
  }

  private int clipPlane(double[] p, int n) {
    int m = 0;
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      double di = dist(p, i);
      double dj = dist(p, j);
      if (di >= 0) {
        System.arraycopy(poly, i * STRIDE, next, m++ * STRIDE, STRIDE);
      }
      if ((di >= 0) != (dj >= 0)) {
        boolean iFirst = lexLess(i, j);
        int s = iFirst ? i : j;
        int e = iFirst ? j : i;
        double ds = iFirst ? di : dj;
        double de = iFirst ? dj : di;
        double t = ds / (ds - de);
        for (int k = 0; k < STRIDE; k++) {
          next[m * STRIDE + k] = poly[s * STRIDE + k] + t * (poly[e * STRIDE + k] - poly[s * STRIDE + k]);
        }
        m++;
      }
    }
    double[] swap = poly;
    poly = next;
    next = swap;
    return m;
  }

  private double dist(double[] p, int i) {
    int o = i * STRIDE;
    return p[0] * poly[o] + p[1] * poly[o + 1] + p[2] * poly[o + 2] + p[3];
  }

  private boolean lexLess(int i, int j) {
    for (int k = 0; k < 3; k++) {
      double a = poly[i * STRIDE + k];
      double b = poly[j * STRIDE + k];
      if (a != b) {
        return a < b;
      }
    }
    return true;
  }

  private void emit(int faceId, int i, int j, int k) {
    if (count == face.length) {
      int cap = count * 2;
      face = java.util.Arrays.copyOf(face, cap);
      xy = java.util.Arrays.copyOf(xy, cap * 6);
      invz = java.util.Arrays.copyOf(invz, cap * 3);
      weights = java.util.Arrays.copyOf(weights, cap * 9);
    }
    face[count] = faceId;
    int[] corners = {i, j, k};
    for (int q = 0; q < 3; q++) {
      int o = corners[q] * STRIDE;
      double z = poly[o + 2];
      xy[count * 6 + 2 * q] = snapX(poly[o], z);
      xy[count * 6 + 2 * q + 1] = snapY(poly[o + 1], z);
      invz[count * 3 + q] = 1 / z;
      System.arraycopy(poly, o + 3, weights, count * 9 + 3 * q, 3);
    }
    count++;
  }

  private static void set(double[] buf, int i, double[] xyz, double w0, double w1, double w2) {
    int o = i * STRIDE;
    buf[o] = xyz[0];
    buf[o + 1] = xyz[1];
    buf[o + 2] = xyz[2];
    buf[o + 3] = w0;
    buf[o + 4] = w1;
    buf[o + 5] = w2;
  }
}
