package org.radiomesh.anatomy;

/**
 * One root in the tooth's local frame (mm; u mesial, v buccal, w occlusal, origin at the centre of the cemento-enamel
 * junction): an elliptic cross-section that tapers from half-widths ({@code halfMd}, {@code halfBl}) at {@code top}
 * (w) to a rounded apex at w = top − length, its centre moving linearly from (u0, v0) to (uApex, vApex) plus a distal
 * bend growing with the cube of the depth fraction (the apical third curves distally, as roots usually do).
 *
 * @param name anatomical name ("single", "buccal", "palatal", "mesiobuccal", "distobuccal", "mesial", "distal")
 * @param bend distal displacement of the apex from the straight path, mm (≥ 0)
 */
public record RootShape(String name, double u0, double v0, double uApex, double vApex, double halfMd, double halfBl,
                        double top, double length, double bend) {

  /** w of the apex. */
  public double apexW() {
    return top - length;
  }

  /** Centre u at depth fraction s ∈ [0, 1] (0 at the top, 1 at the apex). */
  double centreU(double s) {
    return u0 + (uApex - u0) * s - bend * s * s * s;
  }

  /** Centre v at depth fraction s. */
  double centreV(double s) {
    return v0 + (vApex - v0) * s;
  }

  /** Half-width taper at depth fraction s: 1 at the top, 0 at the apex, rounded there. */
  static double taper(double s) {
    double s2 = s * s;
    return (1 - 0.5 * s) * Math.sqrt(Math.max(0, 1 - s2 * s2));
  }
}
