package org.radiomesh.anatomy;

/**
 * Smooth Boolean operations on signed distances (negative inside), the polynomial smooth minimum of Quílez: within
 * {@code k} of each other the two surfaces are joined by a fillet of about {@code k / 4} depth; farther apart the result
 * is the exact min/max. The result stays within {@code k / 4} of the hard min/max and keeps a Lipschitz bound of 1.
 *
 * <p>Cost: O(1).
 */
final class SmoothBlend {
  private SmoothBlend() {}

  /** Smooth union: ≈ min(a, b), never larger. */
  static double union(double a, double b, double k) {
    double h = Math.max(k - Math.abs(a - b), 0) / k;
    return Math.min(a, b) - h * h * k * 0.25;
  }

  /** Smooth intersection: ≈ max(a, b), never smaller. */
  static double intersection(double a, double b, double k) {
    double h = Math.max(k - Math.abs(a - b), 0) / k;
    return Math.max(a, b) + h * h * k * 0.25;
  }

  /** 0 below e0, 1 above e1, cubic in between. */
  static double smoothstep(double e0, double e1, double x) {
    double t = Math.min(1, Math.max(0, (x - e0) / (e1 - e0)));
    return t * t * (3 - 2 * t);
  }

  /**
   * Approximate signed distance from (x, y) to the ellipse with half-axes a, b (Quílez's k0(k0 − 1)/k1): exact on the
   * ellipse and along its axes, within a few percent nearby for moderate eccentricity.
   */
  static double ellipse(double x, double y, double a, double b) {
    double xa = x / a;
    double yb = y / b;
    double k0 = Math.sqrt(xa * xa + yb * yb);
    double xaa = xa / a;
    double ybb = yb / b;
    double k1 = Math.sqrt(xaa * xaa + ybb * ybb);
    return k1 == 0 ? -Math.min(a, b) : k0 * (k0 - 1) / k1;
  }
}
