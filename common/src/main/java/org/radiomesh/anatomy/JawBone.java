package org.radiomesh.anatomy;

/**
 * The alveolar bone of one jaw (maxilla or mandible, simplified) and the gingiva over it, as shapes swept along the
 * arch ({@link ArchCoordinates}: s along the arch, n across it, buccal positive), in patient coordinates (mm).
 *
 * <p>Cross-section: between the crest and the base, |n| ≤ a half-width that grows from the crest half-width (the
 * teeth's cervical buccolingual half-width + 1.2 mm) to the basal half-width over the first 12 mm; the crest follows
 * the teeth's cemento-enamel junctions 1.5 mm apically (lowered by horizontal bone loss, by 1.5 mm over healed
 * extraction sites), interpolated along the arch; the base is rounded; the ends lie {@code endMargin} mm beyond the
 * last teeth. The maxilla adds a palatal vault: a 3 mm plate inside the arch rising from 4 mm to 12 mm above the crest.
 * The gingiva is the same shape widened by 2.5 mm and raised 2.5 mm (to 1 mm over the junctions).
 *
 * <p>Signed distances are approximate (negative inside). Immutable and thread-safe. Cost: O(1) per query plus a
 * binary search over the crest samples; O(table) to build ({@link ArchCoordinates}).
 */
final class JawBone {
  private final boolean upper;
  private final ArchCoordinates coords;
  private static final double STEP = 0.2;
  private final double[] crestS;
  private final double[] crestZ;
  private final double[] crestHalfWidth;
  private final float[] crestTable;
  private final float[] halfWidthTable;
  private final double sMin;
  private final double sMax;
  private final double height;
  private final double baseHalfWidth;

  /**
   * @param crestS arc positions of the crest samples, increasing
   * @param crestZ crest height at each sample (patient z)
   * @param crestHalfWidth crest half-width at each sample
   * @param height crest-to-base height of the bone (mm)
   * @param baseHalfWidth half-width of the basal bone
   * @param endMargin bone beyond the first and last crest samples (mm)
   */
  JawBone(boolean upper, ArchForm arch, double[] crestS, double[] crestZ, double[] crestHalfWidth, double height,
          double baseHalfWidth, double endMargin) {
    this.upper = upper;
    this.crestS = crestS;
    this.crestZ = crestZ;
    this.crestHalfWidth = crestHalfWidth;
    this.sMin = crestS[0] - endMargin;
    this.sMax = crestS[crestS.length - 1] + endMargin;
    this.height = height;
    this.baseHalfWidth = baseHalfWidth;
    this.coords = new ArchCoordinates(arch, sMin - 15, sMax + 15, baseHalfWidth + 20);
    int n = (int) Math.ceil((crestS[crestS.length - 1] - crestS[0]) / STEP) + 2;
    crestTable = new float[n];
    halfWidthTable = new float[n];
    for (int i = 0; i < n; i++) {
      double si = crestS[0] + i * STEP;
      crestTable[i] = (float) interp(crestZ, si);
      halfWidthTable[i] = (float) interp(crestHalfWidth, si);
    }
  }

  /** Region codes of {@link #region}. */
  static final int OUTSIDE = 0;
  static final int BONE = 1;
  static final int SOFT = 2;

  /**
   * Which part of the jaw holds a patient point: {@link #BONE}, {@link #SOFT} (gingiva, lips, cheeks, tongue) or
   * {@link #OUTSIDE}; one coordinate lookup.
   */
  int region(double x, double y, double z) {
    double[] sn = new double[3];
    if (!coords.at(x, y, sn)) {
      return OUTSIDE;
    }
    double s = sn[2];
    double n = sn[1];
    double crest = table(crestTable, sn[0]);
    double hw = table(halfWidthTable, sn[0]);
    if (shape(s, n, z, crest, hw, 0, 0) <= 0) {
      return BONE;
    }
    if (shape(s, n, z, crest, hw, 2.5, 2.5) <= 0 || envelope(s, n, z, crest, hw)) {
      return SOFT;
    }
    return OUTSIDE;
  }

  private double table(float[] t, double s) {
    double f = (s - crestS[0]) / STEP;
    if (f <= 0) {
      return t[0];
    }
    int i = (int) f;
    if (i >= t.length - 1) {
      return t[t.length - 1];
    }
    return t[i] + (f - i) * (t[i + 1] - t[i]);
  }

  boolean upper() {
    return upper;
  }

  /** Signed distance to the bone at a patient point; +10 outside the tabulated region. */
  double bone(double x, double y, double z) {
    return shape(x, y, z, 0, 0);
  }

  /** Signed distance to the gingiva-covered jaw (bone widened and raised by 2.5 mm). */
  double gingiva(double x, double y, double z) {
    return shape(x, y, z, 2.5, 2.5);
  }

  /**
   * Whether a patient point lies in the soft-tissue envelope of this jaw: lips and cheeks (a 12 mm band from 4 mm
   * outside the crest half-width, over the bone's height) and, for the mandible, the tongue (inside the arch, from 12 mm
   * below the crest to 8 mm above it).
   */
  boolean inEnvelope(double x, double y, double z) {
    double[] sn = new double[3];
    if (!coords.at(x, y, sn)) {
      return false;
    }
    return envelope(sn[2], sn[1], z, table(crestTable, sn[0]), table(halfWidthTable, sn[0]));
  }

  private boolean envelope(double s, double n, double z, double crest, double hw) {
    if (s < sMin || s > sMax) {
      return false;
    }
    double depth = upper ? z - crest : crest - z;
    if (n >= hw + 4 && n <= hw + 16 && depth <= height - 2 && (upper ? z >= 0 : z < 0)) {
      return true;
    }
    // The tongue: n is continuous inside the arch, s is not (medial axis), so only n and the crest bound it.
    return !upper && n < -hw - 2.5 && depth >= -8 && depth <= 12;
  }

  /** Crest height (patient z) at arc position s. */
  double crestAt(double s) {
    return table(crestTable, s);
  }

  /** {s, n} of a patient point, or null outside the tabulated region. */
  double[] archCoordinates(double x, double y) {
    double[] sn = new double[3];
    return coords.at(x, y, sn) ? sn : null;
  }

  /** Patient bounds {minX, minY, minZ, maxX, maxY, maxZ} holding the bone (not the soft tissue). */
  double[] boneBounds() {
    double[] b = bounds();
    double shrink = 20 - 3.5;
    return new double[] {b[0] + shrink, b[1] + shrink, b[2], b[3] - shrink, b[4] - shrink, b[5]};
  }

  /** Patient bounds {minX, minY, minZ, maxX, maxY, maxZ} holding the jaw with its gingiva and soft-tissue envelope. */
  double[] bounds() {
    double[] e = coords.extent();
    double lo = Double.MAX_VALUE;
    double hi = -Double.MAX_VALUE;
    for (double z : crestZ) {
      lo = Math.min(lo, z);
      hi = Math.max(hi, z);
    }
    double top = upper ? hi + height + 16 : hi + 3;
    double bottom = upper ? lo - 3 : lo - height - 3;
    return new double[] {e[0], e[1], bottom, e[2], e[3], top};
  }

  private double shape(double x, double y, double z, double widen, double raise) {
    double[] sn = new double[3];
    if (!coords.at(x, y, sn)) {
      return 10;
    }
    return shape(sn[2], sn[1], z, table(crestTable, sn[0]), table(halfWidthTable, sn[0]), widen, raise);
  }

  private double shape(double s, double n, double z, double crestZ, double hw, double widen, double raise) {
    double crest = crestZ + (upper ? -raise : raise);
    double depth = upper ? z - crest : crest - z;
    double half = hw + (baseHalfWidth - hw) * SmoothBlend.smoothstep(0, 12, depth) + widen;
    double d = SmoothBlend.intersection(Math.abs(n) - half, -depth, 1.5);
    d = SmoothBlend.intersection(d, depth - height - widen, 4);
    d = SmoothBlend.intersection(d, Math.max(sMin - s, s - sMax), 3);
    if (upper) {
      d = SmoothBlend.union(d, palate(s, n, z, crest, hw, widen), 2);
    }
    return d;
  }

  /** The palatal vault: a plate inside the arch between the ends of the alveolar bone. */
  private double palate(double s, double n, double z, double crest, double hw, double widen) {
    double inside = -n - hw;
    double bottom = crest + 4 + 8 * SmoothBlend.smoothstep(0, 14, inside) - widen;
    double plate = Math.abs(z - (bottom + 1.5 + widen / 2)) - 1.5 - widen / 2;
    double d = Math.max(plate, n + hw - 2);
    return Math.max(d, Math.max(sMin + 5 - s, s - sMax + 5));
  }

  private double interp(double[] values, double s) {
    double[] xs = crestS;
    if (s <= xs[0]) {
      return values[0];
    }
    int last = xs.length - 1;
    if (s >= xs[last]) {
      return values[last];
    }
    int lo = 0;
    int hi = last;
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (xs[mid] <= s) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    double t = (s - xs[lo]) / (xs[hi] - xs[lo]);
    return values[lo] + t * (values[hi] - values[lo]);
  }
}
