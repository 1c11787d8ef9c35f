package org.radiomesh.anatomy;

/**
 * A carious lesion or a restoration's cavity in a tooth's local frame (mm): the part of the tooth inside a
 * (super-)ellipsoid centred on a surface point, reaching {@code depth} inwards along the unit direction
 * ({@code nu, nv, nw}) and {@code radius} across it. Caries use an ellipsoid (exponent 2); cavities prepared for a
 * restoration are box-like (exponent 4: flat floor, steep walls).
 *
 * @param kind "caries" or "restoration"
 * @param surface the tooth surface it opens on (Condition.Surface name)
 * @param material the material filling it (CARIES, COMPOSITE or AMALGAM)
 * @param cu surface point, u
 * @param cv surface point, v
 * @param cw surface point, w
 * @param depth reach from the surface point inwards, mm
 * @param radius half-width across the inward direction, mm
 * @param exponent 2 (ellipsoid) or 4 (box-like)
 */
public record CavityRegion(String kind, String surface, Material material, double cu, double cv, double cw,
                           double nu, double nv, double nw, double depth, double radius, int exponent) {

  /** Whether local point (u, v, w) lies in the region (the caller intersects it with the tooth). */
  public boolean contains(double u, double v, double w) {
    double du = u - cu;
    double dv = v - cv;
    double dw = w - cw;
    double a = du * nu + dv * nv + dw * nw;
    double lateral2 = Math.max(0, du * du + dv * dv + dw * dw - a * a);
    double x = a / depth;
    double y2 = lateral2 / (radius * radius);
    if (exponent == 4) {
      double x2 = x * x;
      return x2 * x2 + y2 * y2 <= 1;
    }
    return x * x + y2 <= 1;
  }
}
