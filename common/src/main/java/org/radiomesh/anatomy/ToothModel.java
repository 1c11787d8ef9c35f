package org.radiomesh.anatomy;

import java.util.List;

/**
 * The implicit model of one tooth in its local frame (mm; u mesial, v buccal, w occlusal, origin at the centre of the
 * cemento-enamel junction), built from a {@link ToothShape}: signed distances (negative inside, approximately
 * Euclidean near the surface, Lipschitz bound about 1.3) to the whole tooth, the dentin core of the crown and the
 * pulp, and the tissue at a point.
 *
 * <p>Construction: the crown is a lofted cross-section (an ellipse blended towards a rounded square above the CEJ)
 * whose half-widths bulge from the cervical widths to the largest widths at the contact and contour heights and narrow
 * to the occlusal table, capped by the occlusal surface (cusp domes over a central fossa, an incisal edge, or a canine
 * cusp) with a smooth intersection. A single root continues the cervical section down to its apex; several roots hang
 * below a root trunk closed at the furcation, joined with smooth unions. Tissues: enamel is the crown outside the dentin
 * core (the crown inset by the enamel thicknesses, the lateral one tapering to 0 at the CEJ), cementum a thin layer on
 * the root surface, pulp the chamber (a lofted ellipse between floor and roof) joined to a canal along each root that
 * stops 0.8 mm short of its apex; dentin is the rest.
 *
 * <p>Immutable and thread-safe. Cost: O(cusps + roots) per evaluation, a few dozen floating-point operations and square
 * roots per root.
 */
public final class ToothModel {
  private static final double TOP_BLEND = 0.7;
  private static final double FURCATION_BLEND = 1.2;
  private static final double ROOT_BLEND = 0.6;
  private static final double CANAL_END = 0.8;

  private final ToothShape s;
  private final Cusp[] cusps;
  private final RootShape[] roots;
  private final double[] bounds;

  public ToothModel(ToothShape shape) {
    this.s = shape;
    this.cusps = shape.cusps().toArray(new Cusp[0]);
    this.roots = shape.roots().toArray(new RootShape[0]);
    double u = shape.mesiodistal() / 2;
    double v = shape.buccolingual() / 2;
    for (RootShape r : roots) {
      u = Math.max(u, Math.max(Math.abs(r.u0()), Math.abs(r.uApex()) + r.bend()) + r.halfMd());
      v = Math.max(v, Math.max(Math.abs(r.v0()), Math.abs(r.vApex())) + r.halfBl());
    }
    double m = 0.5;
    this.bounds = new double[] {-u - m, -v - m, -shape.rootLength() - m, u + m, v + m, shape.crownLength() + m};
  }

  public ToothShape shape() {
    return s;
  }

  /** Local bounding box {minU, minV, minW, maxU, maxV, maxW} holding the whole tooth, with a 0.5 mm margin. */
  public double[] localBounds() {
    return bounds.clone();
  }

  /** Whether (u, v, w) lies in {@link #localBounds()}. */
  public boolean inBounds(double u, double v, double w) {
    return u >= bounds[0] && u <= bounds[3] && v >= bounds[1] && v <= bounds[4] && w >= bounds[2] && w <= bounds[5];
  }

  /** Signed distance to the tooth's outer surface (negative inside). */
  public double outer(double u, double v, double w) {
    double body = SmoothBlend.intersection(lateral(u, v, w, 0), w - occlusal(u, v), TOP_BLEND);
    if (!s.multiRooted()) {
      return body;
    }
    body = SmoothBlend.intersection(body, -s.trunkLength() - w, FURCATION_BLEND);
    for (RootShape r : roots) {
      body = SmoothBlend.union(body, root(r, u, v, w), ROOT_BLEND);
    }
    return body;
  }

  /** Signed distance to the dentin core of the crown (the crown minus its enamel); meaningful for w &gt; 0. */
  public double enamelCore(double u, double v, double w) {
    return crownCore(u, v, w, s.enamelLateral(), s.enamelOcclusal());
  }

  /**
   * Signed distance to the crown inset by {@code lateralMm} on its axial walls (tapering to 0 at the CEJ over 1.5 mm)
   * and {@code occlusalMm} under its occlusal surface: the dentin core for the enamel thicknesses, a crown preparation
   * for a prosthetic crown's thicknesses. Meaningful for w &gt; 0.
   */
  public double crownCore(double u, double v, double w, double lateralMm, double occlusalMm) {
    double inset = lateralMm * SmoothBlend.smoothstep(0, 1.5, w);
    return SmoothBlend.intersection(lateral(u, v, w, inset), w - (occlusal(u, v) - occlusalMm), 0.5);
  }

  /** Signed distance to the pulp (chamber and canals). */
  public double pulp(double u, double v, double w) {
    double d = chamber(u, v, w);
    for (int i = 0; i < roots.length; i++) {
      d = SmoothBlend.union(d, canal(i, u, v, w, 0), 0.5);
    }
    return d;
  }

  /** Signed distance to the pulp chamber alone. */
  public double chamber(double u, double v, double w) {
    double wp = Math.max(0, w) / s.pulpRoof();
    double bTaper = s.form() == ToothShape.CrownForm.CUSPS ? 0.15 : 0.6;
    double a = s.pulpMd() / 2 * (1 - 0.2 * Math.min(1, wp));
    double b = s.pulpBl() / 2 * (1 - bTaper * Math.min(1, wp * wp));
    double d = SmoothBlend.intersection(SmoothBlend.ellipse(u, v, a, b), w - s.pulpRoof(), 0.8);
    return SmoothBlend.intersection(d, s.pulpFloor() - w, 0.8);
  }

  /**
   * Signed distance to the canal of root {@code i}, widened by {@code widen} mm (a shaped, filled canal), from the
   * chamber to 0.8 mm short of the apex.
   */
  public double canal(int i, double u, double v, double w, double widen) {
    RootShape r = roots[i];
    double sEnd = 1 - CANAL_END / r.length();
    double t = Math.min(sEnd, Math.max(0, (r.top() - w) / r.length()));
    double taper = RootShape.taper(t);
    double a = Math.max(0.1, s.canalFraction() * r.halfMd() * taper) + widen;
    double b = Math.max(0.1, s.canalFraction() * r.halfBl() * taper) + widen;
    double d = SmoothBlend.ellipse(u - r.centreU(t), v - r.centreV(t), a, b);
    double wEnd = r.top() - sEnd * r.length();
    return Math.max(Math.max(d, wEnd - w), w - r.top() - 1);
  }

  /** The tissue at a local point: ENAMEL, DENTIN, PULP, CEMENTUM or AIR (outside). */
  public Material tissue(double u, double v, double w) {
    double d = outer(u, v, w);
    if (d > 0) {
      return Material.AIR;
    }
    return tissueInside(u, v, w, d);
  }

  /** The tissue at a point known to be inside, {@code d = outer(u, v, w) ≤ 0}. */
  Material tissueInside(double u, double v, double w, double d) {
    if (pulp(u, v, w) <= 0) {
      return Material.PULP;
    }
    if (w > 0) {
      return enamelCore(u, v, w) > 0 ? Material.ENAMEL : Material.DENTIN;
    }
    return d > -s.cementum() ? Material.CEMENTUM : Material.DENTIN;
  }

  /** The local point of the apex of root i: {u, v, w}. */
  public double[] apex(int i) {
    RootShape r = roots[i];
    return new double[] {r.centreU(1), r.centreV(1), r.apexW()};
  }

  public List<RootShape> roots() {
    return s.roots();
  }

  /** Height w of the occlusal (or incisal) surface above (u, v). */
  public double occlusal(double u, double v) {
    double c = s.crownLength();
    double at = s.topMd() / 2;
    double table = s.tableDepth();
    switch (s.form()) {
      case INCISAL_EDGE:
        return c - table * (u / at) * (u / at);
      case CANINE_CUSP: {
        // Cusp ridges slope from the tip to the contact areas over the full half-widths.
        double x = u / (s.mesiodistal() / 2);
        double y = v / (s.buccolingual() / 2);
        return c - table * (Math.sqrt(x * x + 0.04) - 0.2) - 0.3 * table * y * y;
      }
      default: {
        double best = 0;
        for (Cusp k : cusps) {
          double du = (u - k.u()) / k.radius();
          double dv = (v - k.v()) / k.radius();
          double t = 1 - (du * du + dv * dv);
          if (t > 0) {
            best = Math.max(best, k.height() * t * t);
          }
        }
        return c - table + table * best;
      }
    }
  }

  /**
   * Lateral signed distance at height w: the crown section above the CEJ, the root (single-rooted) or the trunk
   * (multi-rooted) below; the section's half-widths are reduced by {@code inset}.
   */
  private double lateral(double u, double v, double w, double inset) {
    if (w < 0) {
      if (!s.multiRooted()) {
        return root(roots[0], u, v, w);
      }
      double f = 1 - 0.08 * Math.min(1, -w / s.trunkLength());
      return SmoothBlend.ellipse(u, v, s.cervicalMd() / 2 * f, s.cervicalBl() / 2 * f);
    }
    double a = profile(w, s.cervicalMd(), s.mesiodistal(), s.topMd(), s.contourMd()) - inset;
    double b = profile(w, s.cervicalBl(), s.buccolingual(), s.topBl(), s.contourBl()) - inset;
    if (a <= 0.05 || b <= 0.05) {
      a = Math.max(a, 0.05);
      b = Math.max(b, 0.05);
    }
    double beta = s.boxiness() * SmoothBlend.smoothstep(0, 2, w);
    double x = u / a;
    double y = v / b;
    double x2 = x * x;
    double y2 = y * y;
    double k = (1 - beta) * Math.sqrt(x2 + y2) + beta * Math.sqrt(Math.sqrt(x2 * x2 + y2 * y2));
    return (k - 1) * Math.min(a, b);
  }

  /** Crown half-width at height w: cervical → largest at the contour height → top. */
  private double profile(double w, double cervical, double largest, double top, double contour) {
    double c = s.crownLength();
    double hc = cervical / 2;
    double hm = largest / 2;
    double ht = top / 2;
    if (w <= contour) {
      return hc + (hm - hc) * Math.sin(0.5 * Math.PI * w / contour);
    }
    double t = Math.min(1, (w - contour) / (c - contour));
    return hm - (hm - ht) * t * t;
  }

  /** Signed distance to one root: its tapering elliptic section, flat-topped above its top, rounded at its apex. */
  private static double root(RootShape r, double u, double v, double w) {
    double t = (r.top() - w) / r.length();
    if (t >= 1) {
      double du = u - r.centreU(1);
      double dv = v - r.centreV(1);
      double dw = w - r.apexW();
      return Math.sqrt(du * du + dv * dv + dw * dw);
    }
    double tc = Math.max(0, t);
    double taper = RootShape.taper(tc);
    double a = Math.max(0.05, r.halfMd() * taper);
    double b = Math.max(0.05, r.halfBl() * taper);
    double d = SmoothBlend.ellipse(u - r.centreU(tc), v - r.centreV(tc), a, b);
    return t < 0 ? Math.max(d, w - r.top()) : d;
  }
}
