package org.radiomesh.radiograph;

/**
 * Where an intraoral radiograph (periapical or bitewing) looks: a detector rectangle and a parallel beam through it.
 * Immutable.
 *
 * <p>Conventions: mm. The image centre is {@code centre}; image columns run along {@code right}, rows along −{@code up}
 * (row 0 at the top); the beam runs along {@code beam} (from the source, buccal, towards the detector, lingual), and
 * each ray integrates from {@code frontMm} before the centre plane to {@code backMm} behind it (the detector sits
 * behind the teeth, so structures beyond it, such as the other side of the jaw, are not imaged). Rays are parallel:
 * the long-cone paralleling technique, with no magnification.
 *
 * @param centre {x, y, z} of the image centre
 * @param beam unit beam direction
 * @param right unit column direction, orthogonal to {@code beam}
 * @param up unit upward direction, orthogonal to both
 * @param widthMm field of view along {@code right}
 * @param heightMm field of view along {@code up}
 * @param frontMm integration depth before the centre plane, ≥ 0
 * @param backMm integration depth behind it, ≥ 0
 */
public record IntraoralView(double[] centre, double[] beam, double[] right, double[] up, double widthMm,
    double heightMm, double frontMm, double backMm) {
  /** Size 2 film/sensor: 31 × 41 mm. */
  public static final double SHORT_SIDE_MM = 31;
  public static final double LONG_SIDE_MM = 41;

  public IntraoralView {
    centre = centre.clone();
    beam = beam.clone();
    right = right.clone();
    up = up.clone();
    if (centre.length != 3 || beam.length != 3 || right.length != 3 || up.length != 3) {
      throw new IllegalArgumentException("intraoral view vectors must have 3 components");
    }
    if (Math.abs(norm(beam) - 1) > 1e-6 || Math.abs(norm(right) - 1) > 1e-6 || Math.abs(norm(up) - 1) > 1e-6
        || Math.abs(dot(beam, right)) > 1e-6 || Math.abs(dot(beam, up)) > 1e-6 || Math.abs(dot(right, up)) > 1e-6) {
      throw new IllegalArgumentException("intraoral view axes must be orthonormal");
    }
    if (!(widthMm > 0 && heightMm > 0 && frontMm >= 0 && backMm >= 0)) {
      throw new IllegalArgumentException("intraoral view " + widthMm + "×" + heightMm + " mm, depth " + frontMm + "+"
          + backMm + " mm, expected a positive size and non-negative depths");
    }
  }

  /**
   * A periapical view of the teeth at arc length {@code s} of {@code arch}, centred at height {@code z} (for example
   * halfway along the tooth): beam along the inward normal, columns along the arch (increasing s), 31 mm wide and
   * 41 mm tall, integrating 20 mm buccally and 10 mm lingually of the arch.
   */
  public static IntraoralView periapical(ArchCurve arch, double s, double z) {
    return along(arch, s, z, SHORT_SIDE_MM, LONG_SIDE_MM);
  }

  /**
   * A bitewing view at arc length {@code s}, centred on the occlusal plane at height {@code z}: 41 mm along the arch
   * and 31 mm tall, showing the upper and lower crowns.
   */
  public static IntraoralView bitewing(ArchCurve arch, double s, double z) {
    return along(arch, s, z, LONG_SIDE_MM, SHORT_SIDE_MM);
  }

  private static IntraoralView along(ArchCurve arch, double s, double z, double width, double height) {
    double[] p = arch.point(s);
    double[] n = arch.normal(s);
    double[] t = arch.tangent(s);
    return new IntraoralView(new double[] {p[0], p[1], z}, new double[] {-n[0], -n[1], 0},
        new double[] {t[0], t[1], 0}, new double[] {0, 0, 1}, width, height, 20, 10);
  }

  private static double norm(double[] v) {
    return Math.sqrt(dot(v, v));
  }

  private static double dot(double[] a, double[] b) {
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  }

  @Override
  public double[] centre() {
    return centre.clone();
  }

  @Override
  public double[] beam() {
    return beam.clone();
  }

  @Override
  public double[] right() {
    return right.clone();
  }

  @Override
  public double[] up() {
    return up.clone();
  }
}
