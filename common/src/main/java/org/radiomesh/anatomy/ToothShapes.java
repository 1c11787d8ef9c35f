package org.radiomesh.anatomy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws a {@link ToothShape} for a tooth type: REFERENCE §2 dimensions (via {@link ToothType#dimensions}) times a
 * patient scale and a per-tooth, per-dimension jitter, with the type's crown proportions, cusp pattern, roots and pulp.
 *
 * <p>Variation: each of crown length, root length, mesiodistal and buccolingual width is the reference value times the
 * patient scale (drawn once per case in [0.95, 1.05] by the caller) times its own jitter in [0.975, 1.025], so within
 * [0.926, 1.076] (±8 %) of the reference. Cervical widths vary by ±3 % of their type fraction, root bends in
 * [0.2, 1.5] mm, apex positions by ±0.3 mm, enamel thickness by ±10 %.
 *
 * <p>Type proportions (fractions of the crown's widths and length) are typical textbook figures (Wheeler's cervical
 * widths, contact and contour heights); cusp patterns: incisal edge (incisors), one cusp (canines), two cusps
 * (premolars: buccal and lingual), four cusps (upper molars, lower second and third molars), five (lower first
 * molar). Roots: upper first premolar 2 (buccal, palatal), upper molars 3 (mesiobuccal, distobuccal, palatal), lower
 * molars 2 (mesial, distal), others 1; third molars' roots converge.
 *
 * <p>Draw order is fixed per type (so a seed reproduces a tooth). Cost O(1).
 */
public final class ToothShapes {
  private ToothShapes() {}

  // cervMd, cervBl, contourMd, contourBl (of C), topMd, topBl (of MD, BL), boxiness, table (mm), enamelOcc, enamelLat,
  // trunk (mm at reference root length), pulp roof (of C)
  private static final double[][] UPPER = {
      {.82, .86, .80, .30, .92, .16, .2, 0.6, 1.0, 0.9, 0, .50},
      {.77, .83, .80, .30, .90, .18, .2, 0.6, 1.0, 0.8, 0, .50},
      {.73, .875, .70, .30, .50, .28, .2, 2.5, 1.5, 1.0, 0, .50},
      {.71, .89, .65, .35, .80, .72, .4, 2.5, 1.8, 1.2, 6.0, .40},
      {.71, .89, .65, .35, .80, .72, .4, 2.2, 1.8, 1.2, 0, .40},
      {.80, .91, .60, .40, .82, .76, .55, 2.0, 2.2, 1.3, 4.0, .35},
      {.80, .91, .60, .40, .82, .76, .55, 1.9, 2.2, 1.3, 4.5, .35},
      {.80, .90, .60, .40, .80, .76, .55, 1.8, 2.0, 1.2, 5.0, .35}};
  private static final double[][] LOWER = {
      {.70, .88, .80, .30, .95, .16, .2, 0.5, 0.9, 0.8, 0, .50},
      {.70, .88, .80, .30, .95, .16, .2, 0.5, 0.9, 0.8, 0, .50},
      {.79, .93, .70, .30, .50, .28, .2, 2.3, 1.4, 1.0, 0, .50},
      {.71, .87, .65, .40, .78, .68, .4, 2.3, 1.7, 1.1, 0, .40},
      {.71, .87, .65, .40, .80, .74, .4, 2.0, 1.8, 1.2, 0, .40},
      {.82, .86, .60, .45, .85, .78, .55, 1.9, 2.1, 1.3, 3.0, .35},
      {.81, .86, .60, .45, .85, .78, .55, 1.8, 2.1, 1.3, 3.5, .35},
      {.80, .86, .60, .45, .83, .78, .55, 1.7, 2.0, 1.2, 4.0, .35}};

  /** The shape of {@code tooth} at the given patient scale; draws from {@code rnd} in a fixed order. */
  public static ToothShape draw(ToothNumber tooth, double patientScale, SplittableRandom rnd) {
    boolean upper = tooth.isUpper();
    ToothType type = tooth.type();
    ToothType.Dimensions ref = type.dimensions(upper);
    double[] p = (upper ? UPPER : LOWER)[type.position() - 1];
    double c = ref.crownLength() * patientScale * rnd.nextDouble(0.975, 1.025);
    double r = ref.rootLength() * patientScale * rnd.nextDouble(0.975, 1.025);
    double md = ref.mesiodistal() * patientScale * rnd.nextDouble(0.975, 1.025);
    double bl = ref.buccolingual() * patientScale * rnd.nextDouble(0.975, 1.025);
    double cervMd = md * p[0] * rnd.nextDouble(0.97, 1.03);
    double cervBl = bl * p[1] * rnd.nextDouble(0.97, 1.03);
    double enamel = rnd.nextDouble(0.9, 1.1);
    double topMd = md * p[4];
    double topBl = bl * p[5];
    ToothShape.CrownForm form = type.isIncisor() ? ToothShape.CrownForm.INCISAL_EDGE
        : type == ToothType.CANINE ? ToothShape.CrownForm.CANINE_CUSP : ToothShape.CrownForm.CUSPS;
    List<Cusp> cusps = form == ToothShape.CrownForm.CUSPS ? cusps(tooth, topMd / 2, topBl / 2, rnd) : List.of();
    double trunk = p[10] * r / ref.rootLength();
    List<RootShape> roots = roots(tooth, cervMd / 2, cervBl / 2, r, trunk, rnd);
    double pulpFloor = roots.size() > 1 ? -trunk + 1.2 : -1.5;
    double pulpFraction = type.isMolar() || type.isPremolar() ? 0.45 : 0.40;
    return new ToothShape(tooth.fdi(), c, r, md, bl, cervMd, cervBl, p[2] * c, p[3] * c, topMd, topBl, p[6], form,
        p[7] * patientScale, cusps, p[8] * enamel, p[9] * enamel, 0.15, roots.size() > 1 ? trunk : 0, roots,
        p[11] * c, pulpFloor, 0.45 * cervMd, pulpFraction * cervBl, 0.28);
  }

  /** Cusps at fractions of the top half-widths: {u, v, radius (of the smaller half-width), height (of the table)}. */
  private static List<Cusp> cusps(ToothNumber tooth, double a, double b, SplittableRandom rnd) {
    boolean upper = tooth.isUpper();
    int pos = tooth.position();
    String[] names;
    double[][] f;
    if (pos == 4 || pos == 5) {
      names = new String[] {"buccal", "lingual"};
      f = upper ? new double[][] {{0, .5, .75, 1}, {0, -.5, .7, pos == 4 ? .85 : .95}}
          : pos == 4 ? new double[][] {{0, .35, .8, 1}, {0, -.6, .5, .45}}
          : new double[][] {{0, .45, .75, 1}, {0, -.5, .65, .75}};
    } else if (upper) {
      names = new String[] {"mesiobuccal", "distobuccal", "mesiopalatal", "distopalatal"};
      double dp = pos == 6 ? .65 : pos == 7 ? .5 : .4;
      f = new double[][] {{.5, .5, .6, 1}, {-.5, .5, .55, .9}, {.45, -.5, .65, 1}, {-.55, -.55, .45, dp}};
    } else if (pos == 6) {
      names = new String[] {"mesiobuccal", "distobuccal", "distal", "mesiolingual", "distolingual"};
      f = new double[][] {{.6, .5, .5, 1}, {0, .55, .5, .9}, {-.65, .3, .4, .7}, {.55, -.5, .5, 1}, {-.4, -.5, .5, .95}};
    } else {
      names = new String[] {"mesiobuccal", "distobuccal", "mesiolingual", "distolingual"};
      f = new double[][] {{.5, .5, .55, 1}, {-.5, .5, .55, .9}, {.5, -.5, .55, 1}, {-.5, -.5, .55, .95}};
    }
    double m = Math.min(a, b);
    List<Cusp> out = new ArrayList<>();
    for (int i = 0; i < f.length; i++) {
      double jitter = rnd.nextDouble(0.92, 1.0);
      // The first cusp keeps height 1 so that the crown length is the tip of the highest cusp.
      double h = i == 0 ? 1 : Math.min(1, f[i][3] * jitter);
      // Radii 1.3 × the table's: neighbouring domes overlap, leaving fissures where they meet.
      out.add(new Cusp(names[i], f[i][0] * a, f[i][1] * b, 1.3 * f[i][2] * m, h));
    }
    return out;
  }

  /** Roots: {u0, v0, uApex, vApex (of the cervical half-widths), halfMd, halfBl (of them), length factor}. */
  private static List<RootShape> roots(ToothNumber tooth, double ac, double bc, double r, double trunk,
                                       SplittableRandom rnd) {
    int n = tooth.type().dimensions(tooth.isUpper()).roots();
    String[] names;
    double[][] f;
    if (n == 1) {
      names = new String[] {"single"};
      f = new double[][] {{0, 0, 0, 0, 1, 1, 1}};
    } else if (n == 2 && tooth.isUpper()) {
      names = new String[] {"buccal", "palatal"};
      f = new double[][] {{0, .5, 0, .65, .75, .40, 1}, {0, -.5, 0, -.65, .75, .40, .97}};
    } else if (n == 3) {
      double spread = tooth.position() == 8 ? 0.5 : 1;
      names = new String[] {"mesiobuccal", "distobuccal", "palatal"};
      f = new double[][] {{.45, .42, .45 + .1 * spread, .42 + .18 * spread, .38, .44, 1},
          {-.45, .42, -.45 - .15 * spread, .42 + .13 * spread, .36, .36, .88},
          {.05, -.48, 0, -.48 - .32 * spread, .46, .40, 1.04}};
    } else {
      double spread = tooth.position() == 8 ? 0.5 : 1;
      names = new String[] {"mesial", "distal"};
      f = new double[][] {{.48, 0, .48 + .07 * spread, 0, .40, .8, 1}, {-.48, 0, -.48 - .12 * spread, 0, .38, .75, .93}};
    }
    double top = n == 1 ? 0 : -trunk + 1.5;
    double longest = 0;
    for (double[] g : f) {
      longest = Math.max(longest, g[6]);
    }
    List<RootShape> out = new ArrayList<>();
    for (int i = 0; i < f.length; i++) {
      double bend = rnd.nextDouble(0.2, 1.5);
      double du = rnd.nextDouble(-0.3, 0.3);
      double dv = rnd.nextDouble(-0.3, 0.3);
      double apexDepth = r * f[i][6] / longest; // the longest root reaches exactly the drawn root length
      out.add(new RootShape(names[i], f[i][0] * ac, f[i][1] * bc, f[i][2] * ac + du, f[i][3] * bc + dv,
          f[i][4] * ac, f[i][5] * bc, top, apexDepth + top, bend));
    }
    return out;
  }
}
