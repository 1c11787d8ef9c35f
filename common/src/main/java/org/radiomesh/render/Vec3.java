package org.radiomesh.render;

/** Small 3-vector operations on {@code double[3]} for camera set-up (not for per-pixel loops). */
final class Vec3 {
  private Vec3() {}

  static double[] sub(double[] a, double[] b) {
    return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
  }

  static double[] add(double[] a, double[] b) {
    return new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
  }

  static double[] scale(double[] a, double s) {
    return new double[] {a[0] * s, a[1] * s, a[2] * s};
  }

  static double dot(double[] a, double[] b) {
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  }

  static double[] cross(double[] a, double[] b) {
    return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
  }

  static double norm(double[] a) {
    return Math.sqrt(dot(a, a));
  }

  /** a / |a|, or null when |a| is below 1e-12 (no direction). */
  static double[] normalize(double[] a) {
    double n = norm(a);
    if (!(n > 1e-12)) {
      return null;
    }
    return scale(a, 1 / n);
  }
}
