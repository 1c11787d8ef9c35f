package org.radiomesh.anatomy;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the teeth of one jaw along its {@link ArchForm}: each tooth's contact-height centre on the arch line (moved
 * buccally by its offset), its long axis tipped (crown mesially), torqued (crown buccally) and rotated about itself,
 * its crown's extreme point on the occlusal plane ± half the occlusal gap (upper teeth above, lower below), and its
 * position along the arch the tightest one, starting from the nominal (sum of widths and contact gaps), at which it
 * stays at least the contact gap away from the teeth already placed in the jaw.
 *
 * <p>The gap test samples the moving tooth's surface shell (the points of a 0.5 mm grid within 0.45 mm of its surface) and
 * requires d_placed(p) + d_moving(p) ≥ gap at every sample, which near the closest approach measures the separation to
 * second order in the sample spacing. Fitting: {@link #fit} solves the beta-function width and depth for which the
 * half arch holds the teeth up to the second molars and the first molars' centres lie the drawn width apart.
 *
 * <p>Cost: O(shell samples) per gap test, about ten tests per tooth; fitting O(256 · 30²).
 */
final class ArchLayout {
  /** Typical long-axis tip (crown mesial, degrees) and torque (crown buccal) by position 1..8. */
  static final double[] UPPER_TIP = {5, 8, 10, 3, 3, 5, 3, 0};
  static final double[] UPPER_TORQUE = {15, 12, 5, 0, 0, -3, -5, -5};
  static final double[] LOWER_TIP = {2, 2, 5, 2, 2, 2, 0, 0};
  static final double[] LOWER_TORQUE = {10, 10, 5, -3, -5, -8, -10, -10};

  private final boolean upper;
  private final ArchForm arch;
  private final double occlusalGap;
  private final List<PlacedTooth> placed = new ArrayList<>();

  ArchLayout(boolean upper, ArchForm arch, double occlusalGap) {
    this.upper = upper;
    this.arch = arch;
    this.occlusalGap = occlusalGap;
  }

  /**
   * The beta arch whose half length from the midline holds teeth 1..7 ({@code md}[0..6], mm) with contact gaps
   * {@code gap}, and whose first molar centres lie {@code firstMolarWidth} apart.
   */
  static ArchForm fit(double firstMolarWidth, double[] md, double gap) {
    double half = gap / 2;
    for (int k = 0; k < 7; k++) {
      half += md[k] + (k < 6 ? gap : 0);
    }
    double s6 = gap / 2 + md[0] + md[1] + md[2] + md[3] + md[4] + 5 * gap + md[5] / 2;
    double lo = Math.min(firstMolarWidth, 2 * half - 1);
    double hi = 2 * half - 0.01;
    double[] p = new double[4];
    for (int it = 0; it < 30; it++) {
      double w = 0.5 * (lo + hi);
      new ArchForm(w, depthFor(w, half), 256).pointAt(s6, p);
      if (2 * p[0] < firstMolarWidth) {
        lo = w;
      } else {
        hi = w;
      }
    }
    double w = 0.5 * (lo + hi);
    return new ArchForm(w, depthFor(w, half));
  }

  private static double depthFor(double width, double half) {
    double lo = 0.01;
    double hi = 2 * half;
    for (int it = 0; it < 30; it++) {
      double d = 0.5 * (lo + hi);
      if (new ArchForm(width, d, 256).halfLength() < half) {
        lo = d;
      } else {
        hi = d;
      }
    }
    return 0.5 * (lo + hi);
  }

  /** The teeth placed so far. */
  List<PlacedTooth> placed() {
    return placed;
  }

  /**
   * Places a tooth with its pose, starting at signed arc position {@code nominal}; returns the final arc position.
   * When {@code present} is false (a missing tooth) the tooth only reserves its space at the nominal position.
   */
  double place(ToothNumber t, ToothModel model, ToothConditions conditions, ToothPose pose, double nominal,
               boolean present, List<PlacedTooth> out, List<ToothFrame> frames) {
    if (!present) {
      frames.add(frame(model, pose, nominal));
      return nominal;
    }
    float[] shell = shell(model);
    double dir = Math.signum(nominal);
    double gap = pose.contactGapMm();
    double x;
    if (conflicts(model, shell, pose, nominal, gap)) {
      double free = 0.5;
      while (free < 12 && conflicts(model, shell, pose, nominal + dir * free, gap)) {
        free += 0.5;
      }
      x = bisect(model, shell, pose, nominal, dir, gap, free - 0.5, free);
    } else {
      double hit = -0.5;
      while (hit >= -1.5 && !conflicts(model, shell, pose, nominal + dir * hit, gap)) {
        hit -= 0.5;
      }
      x = hit < -1.5 ? -1.5 : bisect(model, shell, pose, nominal, dir, gap, hit, hit + 0.5);
    }
    double s = nominal + dir * x;
    ToothFrame f = frame(model, pose, s);
    PlacedTooth p = new PlacedTooth(t, model, f, conditions);
    placed.add(p);
    out.add(p);
    frames.add(f);
    return s;
  }

  /** Bisects between a conflicting offset and a free one; returns the free end. */
  private double bisect(ToothModel m, float[] shell, ToothPose pose, double nominal, double dir, double gap, double bad,
                        double good) {
    for (int it = 0; it < 6; it++) {
      double mid = 0.5 * (bad + good);
      if (conflicts(m, shell, pose, nominal + dir * mid, gap)) {
        bad = mid;
      } else {
        good = mid;
      }
    }
    return good;
  }

  private boolean conflicts(ToothModel m, float[] shell, ToothPose pose, double s, double gap) {
    ToothFrame f = frame(m, pose, s);
    double[] bounds = f.patientBounds(m.localBounds());
    double[] p = new double[3];
    double[] q = new double[3];
    for (PlacedTooth other : placed) {
      double[] ob = other.bounds();
      if (ob[0] > bounds[3] || ob[3] < bounds[0] || ob[1] > bounds[4] || ob[4] < bounds[1] || ob[2] > bounds[5]
          || ob[5] < bounds[2]) {
        continue;
      }
      for (int i = 0; i < shell.length; i += 4) {
        f.toPatient(shell[i], shell[i + 1], shell[i + 2], p);
        if (!other.inBounds(p[0], p[1], p[2])) {
          continue;
        }
        other.frame().toLocal(p[0], p[1], p[2], q);
        if (other.outerLocal(q[0], q[1], q[2]) + shell[i + 3] < gap) {
          return true;
        }
      }
    }
    return false;
  }

  /** The frame of a tooth with its pose whose contact-height centre sits at arc position s. */
  ToothFrame frame(ToothModel m, ToothPose pose, double s) {
    double[] pt = new double[4];
    arch.pointAt(s, pt);
    double[] n = arch.outwardAt(s);
    double side = s < 0 ? 1 : -1; // mesial = towards the midline along the arch
    double[] u = {side * pt[2], side * pt[3], 0};
    double[] v = {n[0], n[1], 0};
    double[] w = {0, 0, upper ? -1 : 1};
    rotate(w, u, Math.toRadians(pose.tipDeg()));
    rotate(w, v, Math.toRadians(pose.torqueDeg()));
    rotate(u, v, Math.toRadians(pose.rotationDeg()));
    double hc = m.shape().contourMd();
    double ox = pt[0] + pose.buccalOffsetMm() * n[0] - hc * w[0];
    double oy = pt[1] + pose.buccalOffsetMm() * n[1] - hc * w[1];
    ToothFrame f = new ToothFrame(ox, oy, 0, u[0], u[1], u[2], v[0], v[1], v[2], w[0], w[1], w[2]);
    double extreme = crownExtremeZ(m, f);
    double target = upper ? occlusalGap / 2 : -occlusalGap / 2;
    double deeper = upper ? pose.impactionDepthMm() : -pose.impactionDepthMm();
    return f.translated(0, 0, target - extreme + deeper);
  }

  /** Lowest (upper jaw) or highest (lower jaw) patient z of the crown of a model placed with frame f (oz = 0). */
  private double crownExtremeZ(ToothModel m, ToothFrame f) {
    float[] shell = shell(m);
    double best = upper ? Double.MAX_VALUE : -Double.MAX_VALUE;
    for (int i = 0; i < shell.length; i += 4) {
      if (shell[i + 2] <= 0 || shell[i + 3] > 0) {
        continue;
      }
      double z = shell[i] * f.uz() + shell[i + 1] * f.vz() + shell[i + 2] * f.wz();
      best = upper ? Math.min(best, z) : Math.max(best, z);
    }
    return best;
  }

  /** a ← cos·a + sin·b, b ← cos·b − sin·a: turns a towards b by the angle. */
  private static void rotate(double[] a, double[] b, double angle) {
    double c = Math.cos(angle);
    double s = Math.sin(angle);
    for (int k = 0; k < 3; k++) {
      double ak = a[k];
      a[k] = c * ak + s * b[k];
      b[k] = c * b[k] - s * ak;
    }
  }

  private final java.util.IdentityHashMap<ToothModel, float[]> shells = new java.util.IdentityHashMap<>();

  /** Shell samples {u, v, w, d} of a model: 0.5 mm grid points within 0.45 mm of its surface. */
  private float[] shell(ToothModel m) {
    return shells.computeIfAbsent(m, ArchLayout::sampleShell);
  }

  static float[] sampleShell(ToothModel m) {
    double[] b = m.localBounds();
    double h = 0.5;
    // A 1 mm coarse grid first: with a Lipschitz bound of 1.3, a coarse point farther than 1.6 mm from the surface
    // has no shell sample (|d| <= 0.45) among the eight fine points of its cell.
    FloatList out = new FloatList();
    for (double w0 = b[2]; w0 <= b[5]; w0 += 2 * h) {
      for (double v0 = b[1]; v0 <= b[4]; v0 += 2 * h) {
        for (double u0 = b[0]; u0 <= b[3]; u0 += 2 * h) {
          if (Math.abs(m.outer(u0, v0, w0)) > 1.6) {
            continue;
          }
          for (int k = 0; k < 8; k++) {
            double u = u0 + ((k & 1) == 0 ? 0 : h);
            double v = v0 + ((k & 2) == 0 ? 0 : h);
            double w = w0 + ((k & 4) == 0 ? 0 : h);
            double d = m.outer(u, v, w);
            if (Math.abs(d) <= 0.45) {
              out.add((float) u, (float) v, (float) w, (float) d);
            }
          }
        }
      }
    }
    return out.toArray();
  }

  /** Minimal growable float list for shell samples. */
  private static final class FloatList {
    private float[] a = new float[4096];
    private int n;

    void add(float u, float v, float w, float d) {
      if (n + 4 > a.length) {
        a = java.util.Arrays.copyOf(a, a.length * 2);
      }
      a[n++] = u;
      a[n++] = v;
      a[n++] = w;
      a[n++] = d;
    }

    float[] toArray() {
      return java.util.Arrays.copyOf(a, n);
    }
  }
}
