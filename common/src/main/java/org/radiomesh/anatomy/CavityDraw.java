package org.radiomesh.anatomy;

import java.util.SplittableRandom;

/**
 * Places carious lesions and restoration cavities on a tooth model: finds the surface point of the named surface by
 * marching from inside the crown outwards, then measures along the inward normal how deep the enamel and the dentin to
 * the pulp reach there, and sizes the region as {@link ToothConditions} documents.
 *
 * <p>Cost: O(crown size / 0.05 mm) model evaluations per region.
 */
final class CavityDraw {
  private static final double STEP = 0.05;
  private final ToothModel model;
  private final ToothShape s;

  CavityDraw(ToothModel model) {
    this.model = model;
    this.s = model.shape();
  }

  CavityRegion caries(Condition.Caries c, SplittableRandom rnd) {
    double[] at = surfacePoint(c.surface(), rnd);
    double[] reach = reach(at);
    double enamel = reach[0];
    double dentin = reach[1] - reach[0];
    double depth = switch (c.depth()) {
      case ENAMEL -> 0.6 * enamel;
      case OUTER_DENTIN -> enamel + 0.35 * dentin;
      case INNER_DENTIN -> enamel + 0.75 * dentin;
      case PULP_EXPOSURE -> reach[1] + 0.4;
    };
    double radius = rnd.nextDouble(1.0, 2.0);
    return new CavityRegion("caries", c.surface().name(), Material.CARIES, at[0], at[1], at[2], at[3], at[4], at[5],
        Math.max(depth, 0.3), radius, 2);
  }

  CavityRegion restoration(Condition.Restoration r, SplittableRandom rnd) {
    double[] at = surfacePoint(r.surface(), rnd);
    double[] reach = reach(at);
    double depth = reach[0] + rnd.nextDouble(0.4, 0.6) * (reach[1] - reach[0]);
    double radius = rnd.nextDouble(1.5, 2.5);
    Material m = r.material() == Condition.RestorationMaterial.AMALGAM ? Material.AMALGAM : Material.COMPOSITE;
    return new CavityRegion("restoration", r.surface().name(), m, at[0], at[1], at[2], at[3], at[4], at[5],
        Math.max(depth, 0.5), radius, 4);
  }

  /** {u, v, w, nu, nv, nw}: the surface point of a tooth surface and the unit direction from it to the pulp. */
  private double[] surfacePoint(Condition.Surface surface, SplittableRandom rnd) {
    double jitter = rnd.nextDouble(-0.5, 0.5);
    double c = s.crownLength();
    double u0;
    double v0;
    double w0;
    double du;
    double dv;
    double dw;
    switch (surface) {
      case OCCLUSAL -> {
        u0 = jitter * 0.3 * s.topMd();
        v0 = 0;
        w0 = c + 1;
        du = 0;
        dv = 0;
        dw = -1;
      }
      case MESIAL, DISTAL -> {
        u0 = 0;
        v0 = 0;
        w0 = 0.85 * s.contourMd() + jitter;
        du = surface == Condition.Surface.MESIAL ? 1 : -1;
        dv = 0;
        dw = 0;
      }
      default -> {
        u0 = jitter;
        v0 = 0;
        w0 = 0.35 * c;
        du = 0;
        dv = surface == Condition.Surface.BUCCAL ? 1 : -1;
        dw = 0;
      }
    }
    double[] p;
    if (surface == Condition.Surface.OCCLUSAL) {
      // March down from above the crown to its surface.
      double w = w0;
      while (w > 0 && model.outer(u0, v0, w) > 0) {
        w -= STEP;
      }
      p = new double[] {u0, v0, w};
    } else {
      double t = 0;
      while (t < 20 && model.outer(u0 + t * du, v0 + t * dv, w0 + t * dw) <= 0) {
        t += STEP;
      }
      p = new double[] {u0 + t * du, v0 + t * dv, w0 + t * dw};
    }
    // Lesions progress towards the pulp: aim at the middle of the chamber's roof.
    double tu = -p[0];
    double tv = -p[1];
    double tw = Math.min(p[2], s.pulpRoof() - 0.5) - p[2];
    double len = Math.sqrt(tu * tu + tv * tv + tw * tw);
    return new double[] {p[0], p[1], p[2], tu / len, tv / len, tw / len};
  }

  /** {enamel depth, pulp depth} along the inward direction from a surface point. */
  private double[] reach(double[] at) {
    double enamel = -1;
    double pulp = -1;
    double last = 0;
    for (double t = 0; t < 15; t += STEP) {
      double u = at[0] + t * at[3];
      double v = at[1] + t * at[4];
      double w = at[2] + t * at[5];
      if (enamel < 0 && (w <= 0 || model.enamelCore(u, v, w) <= 0)) {
        enamel = t;
      }
      if (model.pulp(u, v, w) <= 0) {
        pulp = t;
        break;
      }
      if (t > 1 && model.outer(u, v, w) > 0) {
        break;
      }
      last = t;
    }
    if (enamel < 0) {
      enamel = Math.min(1, last);
    }
    if (pulp < 0) {
      // No pulp along this ray (a thin incisal edge): use 60 % of the way through the tooth.
      pulp = Math.max(enamel + 0.5, 0.6 * last);
    }
    return new double[] {enamel, pulp};
  }
}
