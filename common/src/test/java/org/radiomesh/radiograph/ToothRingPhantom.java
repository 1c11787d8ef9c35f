package org.radiomesh.radiograph;

import java.util.ArrayList;
import java.util.List;
import org.radiomesh.anatomy.Condition;
import org.radiomesh.anatomy.DentitionSpec;
import org.radiomesh.anatomy.Material;
import org.radiomesh.anatomy.MaterialField;
import org.radiomesh.anatomy.ToothSpec;
import org.radiomesh.anatomy.ToothType;

/**
 * A simple jaw phantom for radiograph tests: vertical cylindrical teeth (enamel shell on the crown, dentin, pulp
 * chamber and canal, tapered root) standing on a beta-function arch in bone bands, in a soft-tissue envelope.
 * Frame: x = patient's left, y = anterior, z = up, occlusal plane z = 0, mm. Conditions honoured: missing, metal or
 * ceramic crown, root canal (gutta-percha), caries (sphere on the named surface), periapical lesion.
 */
final class ToothRingPhantom implements MaterialField {
  static final double ENAMEL_MM = 1.2;
  static final double BONE_TOP = 10;
  static final double BONE_BOTTOM = 34;

  /** One modelled tooth: axis position, mesial direction, sizes, conditions. */
  record Tooth(ToothSpec spec, double x, double y, double mesialX, double mesialY, double radius, double crown,
      double root) {
    boolean upper() {
      return spec.tooth().isUpper();
    }

    /** Height above the occlusal plane of a point h mm into the tooth from its occlusal end (h >= 0). */
    double z(double h) {
      return upper() ? 0.5 + h : -0.5 - h;
    }

    double rootRadius(double h) {
      return radius * 0.75 * (1 - 0.6 * (h - crown) / root);
    }

    double[] cariesCentre() {
      Condition.Caries c = spec.conditions().stream().filter(Condition.Caries.class::isInstance)
          .map(Condition.Caries.class::cast).findFirst().orElseThrow();
      return switch (c.surface()) {
        case MESIAL -> new double[] {x + radius * mesialX, y + radius * mesialY, z(2.5)};
        case DISTAL -> new double[] {x - radius * mesialX, y - radius * mesialY, z(2.5)};
        default -> new double[] {x, y, z(0)};
      };
    }

    double cariesRadius() {
      Condition.Caries c = spec.conditions().stream().filter(Condition.Caries.class::isInstance)
          .map(Condition.Caries.class::cast).findFirst().orElseThrow();
      return switch (c.depth()) {
        case ENAMEL -> 1.2;
        case OUTER_DENTIN -> 1.8;
        case INNER_DENTIN -> 2.5;
        case PULP_EXPOSURE -> 3.2;
      };
    }

    double[] apex() {
      return new double[] {x, y, z(crown + root)};
    }
  }

  private final ArchCurve arch;
  private final List<Tooth> teeth = new ArrayList<>();
  private final double[] bounds;
  private final double[] distanceGrid;
  private final int gridNx;
  private final int gridNy;
  private static final double GRID = 0.5;

  ToothRingPhantom(DentitionSpec spec, double archWidth, double archDepth) {
    this.arch = ArchCurve.beta(archWidth, archDepth).extended(24);
    double mid = arch.length() / 2;
    for (ToothSpec t : spec.teeth()) {
      if (t.has(Condition.Missing.class)) {
        continue;
      }
      boolean upper = t.tooth().isUpper();
      double offset = 0;
      for (int p = 1; p < t.tooth().position(); p++) {
        offset += ToothType.ofPosition(p).dimensions(upper).mesiodistal() + 0.2;
      }
      ToothType.Dimensions d = t.tooth().type().dimensions(upper);
      offset += 0.5 * d.mesiodistal() + 0.1;
      boolean right = !t.tooth().isLeft();
      double s = right ? mid - offset : mid + offset;
      double[] p = arch.point(s);
      double[] tangent = arch.tangent(s);
      double sign = right ? 1 : -1;
      teeth.add(new Tooth(t, p[0], p[1], sign * tangent[0], sign * tangent[1],
          0.5 * Math.min(d.mesiodistal(), d.buccolingual()) * 0.95, d.crownLength(), d.rootLength()));
    }
    double[] xy = arch.samples();
    double minX = Double.POSITIVE_INFINITY, minY = minX, maxX = -minX, maxY = -minX;
    for (int i = 0; i < xy.length; i += 2) {
      minX = Math.min(minX, xy[i]);
      maxX = Math.max(maxX, xy[i]);
      minY = Math.min(minY, xy[i + 1]);
      maxY = Math.max(maxY, xy[i + 1]);
    }
    double m = 12;
    bounds = new double[] {minX - m, minY - m, -(BONE_BOTTOM + 2), maxX + m, maxY + m, BONE_BOTTOM + 2};
    gridNx = (int) Math.ceil((bounds[3] - bounds[0]) / GRID) + 1;
    gridNy = (int) Math.ceil((bounds[4] - bounds[1]) / GRID) + 1;
    distanceGrid = new double[gridNx * gridNy];
    for (int j = 0; j < gridNy; j++) {
      for (int i = 0; i < gridNx; i++) {
        double x = bounds[0] + i * GRID;
        double y = bounds[1] + j * GRID;
        double[] f = arch.point(arch.footArcLength(x, y));
        distanceGrid[j * gridNx + i] = Math.hypot(x - f[0], y - f[1]);
      }
    }
  }

  ArchCurve arch() {
    return arch;
  }

  List<Tooth> teeth() {
    return teeth;
  }

  /** Each tooth's axis-aligned bounds grown by 1 mm, 6 values per tooth: detail boxes for the volume sampling. */
  double[] detailBoxes() {
    double[] boxes = new double[6 * teeth.size()];
    for (int i = 0; i < teeth.size(); i++) {
      Tooth t = teeth.get(i);
      double z0 = t.z(0);
      double z1 = t.z(t.crown() + t.root());
      double r = t.radius() + 1;
      double[] b = {t.x() - r, t.y() - r, Math.min(z0, z1) - 1, t.x() + r, t.y() + r, Math.max(z0, z1) + 1};
      System.arraycopy(b, 0, boxes, 6 * i, 6);
    }
    return boxes;
  }

  Tooth tooth(int fdi) {
    return teeth.stream().filter(t -> t.spec().tooth().fdi() == fdi).findFirst().orElseThrow();
  }

  @Override
  public Material materialAt(double x, double y, double z) {
    Tooth t = nearest(x, y, z);
    if (t != null) {
      Material m = toothMaterial(t, x, y, z);
      if (m != null) {
        return m;
      }
    }
    for (Tooth o : teeth) {
      for (Condition c : o.spec().conditions()) {
        if (c instanceof Condition.PeriapicalLesion p && distance(o.apex(), x, y, z) < p.radiusMm()) {
          return Material.PERIAPICAL_LESION;
        }
      }
    }
    double d = archDistance(x, y);
    double az = Math.abs(z);
    if (d < 6 && az >= BONE_TOP && az <= BONE_BOTTOM) {
      return Material.BONE;
    }
    if (d < 11 && az <= BONE_BOTTOM + 1) {
      return Material.SOFT_TISSUE;
    }
    return Material.AIR;
  }

  @Override
  public int toothAt(double x, double y, double z) {
    Tooth t = nearest(x, y, z);
    return t != null && toothMaterial(t, x, y, z) != null ? t.spec().tooth().fdi() : 0;
  }

  @Override
  public double[] bounds() {
    return bounds.clone();
  }

  private Tooth nearest(double x, double y, double z) {
    Tooth best = null;
    double bestD = Double.POSITIVE_INFINITY;
    for (Tooth t : teeth) {
      if (t.upper() != (z > 0)) {
        continue;
      }
      double d = (x - t.x) * (x - t.x) + (y - t.y) * (y - t.y);
      if (d < bestD) {
        bestD = d;
        best = t;
      }
    }
    return best;
  }

  /** The material of tooth t at the point, or null outside it. */
  private static Material toothMaterial(Tooth t, double x, double y, double z) {
    double h = t.upper() ? z - 0.5 : -0.5 - z;
    if (h < 0 || h > t.crown + t.root) {
      return null;
    }
    double radial = Math.hypot(x - t.x, y - t.y);
    boolean crown = h <= t.crown;
    double outer = crown ? t.radius : t.rootRadius(h);
    if (radial > outer) {
      return null;
    }
    ToothSpec spec = t.spec();
    if (spec.has(Condition.Caries.class) && distance(t.cariesCentre(), x, y, z) < t.cariesRadius()) {
      return Material.CARIES;
    }
    boolean pulp = crown ? radial < 0.35 * t.radius && h > 2.5 : radial < Math.max(0.35, 0.28 * outer);
    if (pulp) {
      Condition.RootCanal rc = (Condition.RootCanal) spec.conditions().stream()
          .filter(Condition.RootCanal.class::isInstance).findFirst().orElse(null);
      return rc != null && h <= t.crown + rc.fillLength() * t.root ? Material.GUTTA_PERCHA : Material.PULP;
    }
    if (crown && (radial > t.radius - ENAMEL_MM || h < ENAMEL_MM)) {
      Condition.Crown c = (Condition.Crown) spec.conditions().stream().filter(Condition.Crown.class::isInstance)
          .findFirst().orElse(null);
      if (c == null) {
        return Material.ENAMEL;
      }
      return c.material() == Condition.CrownMaterial.CERAMIC ? Material.CERAMIC : Material.METAL_CROWN;
    }
    return Material.DENTIN;
  }

  private double archDistance(double x, double y) {
    int i = (int) Math.round((x - bounds[0]) / GRID);
    int j = (int) Math.round((y - bounds[1]) / GRID);
    if (i < 0 || j < 0 || i >= gridNx || j >= gridNy) {
      return Double.POSITIVE_INFINITY;
    }
    return distanceGrid[j * gridNx + i];
  }

  private static double distance(double[] p, double x, double y, double z) {
    return Math.sqrt((p[0] - x) * (p[0] - x) + (p[1] - y) * (p[1] - y) + (p[2] - z) * (p[2] - z));
  }
}
