package org.radiomesh.anatomy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws a realistic mix of dental conditions for a full permanent dentition from one seed: a {@link DentitionSpec}
 * listing all 32 positions, ready for {@link VirtualPatient#build}.
 *
 * <p>Draws, in this fixed order, from {@code new SplittableRandom(seed ^ SALT)} (a different stream from the geometry
 * of {@link VirtualPatient#build} with the same seed):
 * <ol>
 *   <li>Third molars, each: missing with probability 0.35; otherwise impacted with probability 0.15 (angle
 *       U(−10°, 70°), mostly mesioangular).</li>
 *   <li>Other missing teeth: 0, 1, 2, 3 or 4 with probabilities 0.45, 0.25, 0.15, 0.10, 0.05, at positions weighted
 *       towards first molars (weights 1–7: 1, 1, 1, 2, 4, 8, 4) in a random quadrant; each replaced by an implant with
 *       probability 0.25.</li>
 *   <li>Periodontitis (whole patient) with probability 0.25: horizontal bone loss U(1, 4) mm at each present tooth
 *       with probability 0.6, and 1–2 vertical defects U(3, 6) mm.</li>
 *   <li>Then each remaining present tooth in FDI order: root canal treatment with probability 0.08 (molars) or 0.04
 *       (fill U(0.85, 1.0)), followed by a crown (probability 0.5; metal-ceramic 0.5, ceramic 0.35, metal 0.15) or an
 *       occlusal composite; otherwise a crown with probability 0.03; otherwise a restoration with probability 0.30
 *       (molars), 0.15 (premolars) or 0.05 (anteriors: composite on a proximal or buccal surface), composite 0.6 or
 *       amalgam 0.4, occlusal 0.7, mesial 0.15, distal 0.15; caries with probability 0.10 (molars) or 0.06 (surface
 *       occlusal 0.4, mesial 0.2, distal 0.2, buccal 0.15, lingual 0.05; depth enamel 0.35, outer dentin 0.35, inner
 *       dentin 0.2, pulp exposure 0.1); a periapical lesion (radius U(1.5, 4) mm) with probability 0.2 after root canal
 *       treatment, 0.5 with pulp exposure, 0.005 otherwise.</li>
 * </ol>
 * So a case has on average about 1 missing tooth besides third molars, a quarter to a third of its molars restored,
 * caries on a few teeth, and the occasional implant, root canal treatment, crown, impacted third molar, periapical
 * lesion or bone loss. Cost O(32).
 */
public final class CaseDraw {
  /** Mixed into the seed so that this stream differs from the patient geometry's. */
  public static final long SALT = 0x2545F4914F6CDD1DL;

  private static final double[] POSITION_WEIGHT = {1, 1, 1, 2, 4, 8, 4};

  private CaseDraw() {}

  /** The dentition of case {@code seed}. */
  public static DentitionSpec draw(long seed) {
    SplittableRandom r = new SplittableRandom(seed ^ SALT);
    List<List<Condition>> c = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      c.add(new ArrayList<>());
    }
    for (int q = 1; q <= 4; q++) {
      List<Condition> third = c.get(PatientBuilder.index(q * 10 + 8));
      if (r.nextDouble() < 0.35) {
        third.add(new Condition.Missing());
      } else if (r.nextDouble() < 0.15) {
        third.add(new Condition.Impacted(r.nextDouble(-10, 70)));
      }
    }
    int missing = pick(r, new double[] {0.45, 0.25, 0.15, 0.10, 0.05});
    for (int k = 0; k < missing; k++) {
      int pos = 1 + pick(r, normalise(POSITION_WEIGHT));
      int fdi = (1 + r.nextInt(4)) * 10 + pos;
      List<Condition> t = c.get(PatientBuilder.index(fdi));
      boolean implant = r.nextDouble() < 0.25;
      if (t.isEmpty()) {
        t.add(implant ? new Condition.Implant() : new Condition.Missing());
      }
    }
    if (r.nextDouble() < 0.25) {
      for (int i = 0; i < 32; i++) {
        double mm = r.nextDouble(1, 4);
        if (r.nextDouble() < 0.6 && present(c.get(i))) {
          c.get(i).add(new Condition.BoneLoss(Condition.BoneLossPattern.HORIZONTAL, mm));
        }
      }
      int vertical = 1 + r.nextInt(2);
      for (int k = 0; k < vertical; k++) {
        List<Condition> t = c.get(r.nextInt(32));
        double mm = r.nextDouble(3, 6);
        if (present(t) && t.stream().noneMatch(x -> x instanceof Condition.BoneLoss)) {
          t.add(new Condition.BoneLoss(Condition.BoneLossPattern.VERTICAL, mm));
        }
      }
    }
    List<ToothSpec> teeth = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      ToothNumber t = ToothNumber.all().get(i);
      if (present(c.get(i)) && c.get(i).stream().noneMatch(x -> x instanceof Condition.Impacted)) {
        treatments(t, c.get(i), r);
      }
      teeth.add(new ToothSpec(t, c.get(i)));
    }
    return new DentitionSpec(teeth);
  }

  private static void treatments(ToothNumber t, List<Condition> out, SplittableRandom r) {
    boolean molar = t.type().isMolar();
    boolean premolar = t.type().isPremolar();
    boolean rct = r.nextDouble() < (molar ? 0.08 : 0.04);
    boolean exposure = false;
    if (rct) {
      out.add(new Condition.RootCanal(r.nextDouble(0.85, 1.0)));
      if (r.nextDouble() < 0.5) {
        out.add(new Condition.Crown(crownMaterial(r)));
      } else {
        out.add(new Condition.Restoration(Condition.RestorationMaterial.COMPOSITE, Condition.Surface.OCCLUSAL));
      }
    } else if (r.nextDouble() < 0.03) {
      out.add(new Condition.Crown(crownMaterial(r)));
    } else {
      if (r.nextDouble() < (molar ? 0.30 : premolar ? 0.15 : 0.05)) {
        out.add(restoration(molar || premolar, r));
      }
      if (r.nextDouble() < (molar ? 0.10 : 0.06)) {
        Condition.Surface[] surfaces = Condition.Surface.values();
        Condition.Surface s = surfaces[pick(r, new double[] {0.4, 0.2, 0.2, 0.15, 0.05})];
        if (s == Condition.Surface.OCCLUSAL && !(molar || premolar)) {
          s = Condition.Surface.MESIAL;
        }
        Condition.CariesDepth d = Condition.CariesDepth.values()[pick(r, new double[] {0.35, 0.35, 0.2, 0.1})];
        exposure = d == Condition.CariesDepth.PULP_EXPOSURE;
        out.add(new Condition.Caries(s, d));
      }
    }
    double lesion = rct ? 0.2 : exposure ? 0.5 : 0.005;
    if (r.nextDouble() < lesion) {
      out.add(new Condition.PeriapicalLesion(r.nextDouble(1.5, 4)));
    }
  }

  private static Condition.Restoration restoration(boolean posterior, SplittableRandom r) {
    boolean amalgam = r.nextDouble() < 0.4;
    double s = r.nextDouble();
    if (!posterior) {
      Condition.Surface surface = s < 0.4 ? Condition.Surface.MESIAL : s < 0.8 ? Condition.Surface.DISTAL
          : Condition.Surface.BUCCAL;
      return new Condition.Restoration(Condition.RestorationMaterial.COMPOSITE, surface);
    }
    Condition.Surface surface = s < 0.7 ? Condition.Surface.OCCLUSAL : s < 0.85 ? Condition.Surface.MESIAL
        : Condition.Surface.DISTAL;
    return new Condition.Restoration(amalgam ? Condition.RestorationMaterial.AMALGAM
        : Condition.RestorationMaterial.COMPOSITE, surface);
  }

  private static Condition.CrownMaterial crownMaterial(SplittableRandom r) {
    double m = r.nextDouble();
    return m < 0.5 ? Condition.CrownMaterial.METAL_CERAMIC : m < 0.85 ? Condition.CrownMaterial.CERAMIC
        : Condition.CrownMaterial.METAL;
  }

  private static boolean present(List<Condition> c) {
    return c.stream().noneMatch(x -> x instanceof Condition.Missing || x instanceof Condition.Implant);
  }

  private static int pick(SplittableRandom r, double[] p) {
    double u = r.nextDouble();
    for (int i = 0; i < p.length - 1; i++) {
      u -= p[i];
      if (u < 0) {
        return i;
      }
    }
    return p.length - 1;
  }

  private static double[] normalise(double[] w) {
    double sum = 0;
    for (double x : w) {
      sum += x;
    }
    double[] p = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      p[i] = w[i] / sum;
    }
    return p;
  }
}
