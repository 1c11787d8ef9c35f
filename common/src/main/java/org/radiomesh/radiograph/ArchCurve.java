package org.radiomesh.radiograph;

import java.util.Arrays;

/**
 * A dental arch centre line in a horizontal plane, parametrised by arc length: the centre of a panoramic focal trough.
 *
 * <p>Conventions: millimetres; the curve lies in the (x, y) plane and +z is up (towards the skull). Arc length
 * {@code s} runs from 0 at the patient's right end to {@link #length()} at the patient's left end, so that a panoramic
 * image drawn with {@code s} left to right shows the patient's right on the image's left (the radiographic
 * convention). The {@linkplain #normal outward normal} points buccally (away from the tongue, towards the detector).
 *
 * <p>The curve is stored as points resampled evenly, about every {@value #SPACING_MM} mm of arc length;
 * {@link #point} and {@link #normal} interpolate linearly between them, O(1) each. {@link #footArcLength} is O(n) in
 * the number of samples. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * ArchCurve arch = ArchCurve.beta(55, 30).extended(15).inFrame(0, 5, 1, 0, 0, 1);
 * double[] p = arch.point(arch.length() / 2);   // the incisal midpoint
 * }</pre>
 */
public final class ArchCurve {
  /** Nominal arc-length spacing of the stored samples, in mm (the actual one divides the length evenly). */
  public static final double SPACING_MM = 0.25;

  private final double[] xs;
  private final double[] ys;
  private final double spacing;
  private final double length;
  private final double normalSign;

  private ArchCurve(double[] xs, double[] ys, double spacing) {
    this.xs = xs;
    this.ys = ys;
    this.spacing = spacing;
    this.length = (xs.length - 1) * spacing;
    // Outward = away from the chord between the end points: the side the middle of the curve bulges towards.
    int mid = xs.length / 2;
    double bulgeX = xs[mid] - 0.5 * (xs[0] + xs[xs.length - 1]);
    double bulgeY = ys[mid] - 0.5 * (ys[0] + ys[ys.length - 1]);
    double tx = xs[Math.min(mid + 1, xs.length - 1)] - xs[Math.max(mid - 1, 0)];
    double ty = ys[Math.min(mid + 1, ys.length - 1)] - ys[Math.max(mid - 1, 0)];
    this.normalSign = (-ty * bulgeX + tx * bulgeY) >= 0 ? 1 : -1;
  }

  /**
   * The beta-function arch of Braun et al. (REFERENCE §3), y = 3.0314·D·[(½ + x/W)(½ − x/W)]^0.8, in a canonical
   * frame: x towards the patient's left, y anterior, the second-molar line on y = 0 and the incisal point at (0, D).
   *
   * @param widthMm W, the width between the second molars, &gt; 0
   * @param depthMm D, the arch depth, &gt; 0
   */
  public static ArchCurve beta(double widthMm, double depthMm) {
    if (!(widthMm > 0 && depthMm > 0)) {
      throw new IllegalArgumentException("beta arch width " + widthMm + " and depth " + depthMm + " mm, expected > 0");
    }
    int n = 4001;
    double[] xy = new double[2 * n];
    for (int i = 0; i < n; i++) {
      // x = (W/2)·sin(θ) samples the steep ends densely, where the curve turns to run front to back.
      double x = 0.5 * widthMm * StrictMath.sin(Math.PI * (i / (double) (n - 1) - 0.5));
      double u = (0.5 + x / widthMm) * (0.5 - x / widthMm);
      xy[2 * i] = x;
      xy[2 * i + 1] = 3.0314 * depthMm * StrictMath.pow(Math.max(u, 0), 0.8);
    }
    return through(xy);
  }

  /**
   * The polyline through the given points {x0, y0, x1, y1, ...}, starting at the patient's right end, resampled by
   * arc length. Consecutive duplicate points are skipped.
   */
  public static ArchCurve through(double[] xy) {
    if (xy.length < 4 || xy.length % 2 != 0) {
      throw new IllegalArgumentException("arch polyline of " + xy.length + " coordinates, expected an even count >= 4");
    }
    int n = xy.length / 2;
    double[] cumulative = new double[n];
    for (int i = 1; i < n; i++) {
      double dx = xy[2 * i] - xy[2 * i - 2];
      double dy = xy[2 * i + 1] - xy[2 * i - 1];
      cumulative[i] = cumulative[i - 1] + StrictMath.hypot(dx, dy);
    }
    double total = cumulative[n - 1];
    if (!(total > 2 * SPACING_MM)) {
      throw new IllegalArgumentException("arch polyline " + total + " mm long, expected > " + 2 * SPACING_MM);
    }
    int m = (int) Math.round(total / SPACING_MM) + 1;
    double spacing = total / (m - 1);
    double[] xs = new double[m];
    double[] ys = new double[m];
    int seg = 0;
    for (int j = 0; j < m; j++) {
      double s = j * spacing;
      while (seg < n - 2 && cumulative[seg + 1] < s) {
        seg++;
      }
      double len = cumulative[seg + 1] - cumulative[seg];
      double t = len > 0 ? Math.min(1, (s - cumulative[seg]) / len) : 0;
      xs[j] = xy[2 * seg] + t * (xy[2 * seg + 2] - xy[2 * seg]);
      ys[j] = xy[2 * seg + 1] + t * (xy[2 * seg + 3] - xy[2 * seg + 1]);
    }
    return new ArchCurve(xs, ys, spacing);
  }

  /**
   * This curve with straight extensions of about {@code mm} (a whole number of samples) at both ends along the end
   * tangents (measured over the last 2 mm), for example to reach the third molars and the rami beyond a second-molar
   * beta arch.
   */
  public ArchCurve extended(double mm) {
    if (!(mm >= 0)) {
      throw new IllegalArgumentException("arch extension " + mm + " mm, expected >= 0");
    }
    int extra = (int) Math.round(mm / spacing);
    int n = xs.length;
    int back = Math.min(n - 1, (int) Math.round(2.0 / spacing));
    double[] start = unit(xs[0] - xs[back], ys[0] - ys[back]);
    double[] end = unit(xs[n - 1] - xs[n - 1 - back], ys[n - 1] - ys[n - 1 - back]);
    double[] nx = new double[n + 2 * extra];
    double[] ny = new double[n + 2 * extra];
    for (int i = 0; i < extra; i++) {
      double d = (extra - i) * spacing;
      nx[i] = xs[0] + d * start[0];
      ny[i] = ys[0] + d * start[1];
      nx[extra + n + i] = xs[n - 1] + (i + 1) * spacing * end[0];
      ny[extra + n + i] = ys[n - 1] + (i + 1) * spacing * end[1];
    }
    System.arraycopy(xs, 0, nx, extra, n);
    System.arraycopy(ys, 0, ny, extra, n);
    return new ArchCurve(nx, ny, spacing);
  }

  /**
   * This curve, taken to be in the canonical frame of {@link #beta} (x = patient's left, y = anterior), placed in a
   * patient frame: canonical (x, y) goes to origin + x·left + y·anterior. {@code left} and {@code anterior} must be
   * orthogonal unit vectors of the patient frame's horizontal plane; either handedness is accepted, and {@code s} keeps
   * running from the patient's right to the left.
   */
  public ArchCurve inFrame(double originX, double originY, double leftX, double leftY, double anteriorX,
      double anteriorY) {
    if (Math.abs(StrictMath.hypot(leftX, leftY) - 1) > 1e-6
        || Math.abs(StrictMath.hypot(anteriorX, anteriorY) - 1) > 1e-6
        || Math.abs(leftX * anteriorX + leftY * anteriorY) > 1e-6) {
      throw new IllegalArgumentException("arch frame axes (" + leftX + ", " + leftY + ") and (" + anteriorX + ", "
          + anteriorY + "), expected orthogonal unit vectors");
    }
    double[] nx = new double[xs.length];
    double[] ny = new double[ys.length];
    for (int i = 0; i < xs.length; i++) {
      nx[i] = originX + xs[i] * leftX + ys[i] * anteriorX;
      ny[i] = originY + xs[i] * leftY + ys[i] * anteriorY;
    }
    return new ArchCurve(nx, ny, spacing);
  }

  /** Arc length in mm. */
  public double length() {
    return length;
  }

  /** The point at arc length {@code s} (clamped to [0, length]) as {x, y}. */
  public double[] point(double s) {
    double f = Math.max(0, Math.min(xs.length - 1, s / spacing));
    int i = Math.min((int) f, xs.length - 2);
    double t = f - i;
    return new double[] {xs[i] + t * (xs[i + 1] - xs[i]), ys[i] + t * (ys[i + 1] - ys[i])};
  }

  /** The unit tangent (direction of increasing s) at {@code s} as {x, y}. */
  public double[] tangent(double s) {
    double f = Math.max(0, Math.min(xs.length - 1, s / spacing));
    int i = Math.min((int) f, xs.length - 2);
    double t = f - i;
    double[] a = sampleTangent(i);
    double[] b = sampleTangent(i + 1);
    return unit(a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]));
  }

  /** The unit outward (buccal) normal at {@code s} as {x, y}. */
  public double[] normal(double s) {
    double[] t = tangent(s);
    return new double[] {-normalSign * t[1], normalSign * t[0]};
  }

  /** The anterior direction: the outward normal at the middle of the curve, {x, y}. */
  public double[] anterior() {
    return normal(0.5 * length);
  }

  /**
   * The arc length of the point of the curve nearest to (x, y): the foot of the perpendicular from the point, which is
   * the panoramic column that images it. The nearest point of the polyline is refined so that (x, y) lies exactly on
   * the interpolated {@linkplain #normal normal} line at the result (up to 1e-9 mm), as the simulator's rays do. O(n)
   * in the number of samples.
   */
  public double footArcLength(double x, double y) {
    double best = Double.POSITIVE_INFINITY;
    double bestS = 0;
    for (int i = 0; i < xs.length - 1; i++) {
      double dx = xs[i + 1] - xs[i];
      double dy = ys[i + 1] - ys[i];
      double len2 = dx * dx + dy * dy;
      double t = len2 > 0 ? Math.max(0, Math.min(1, ((x - xs[i]) * dx + (y - ys[i]) * dy) / len2)) : 0;
      double ex = xs[i] + t * dx - x;
      double ey = ys[i] + t * dy - y;
      double d2 = ex * ex + ey * ey;
      if (d2 < best) {
        best = d2;
        bestS = (i + t) * spacing;
      }
    }
    // Bisection on f(s) = (q − P(s))·T(s), which falls through zero at the foot along the interpolated tangent.
    double lo = Math.max(0, bestS - 2 * spacing);
    double hi = Math.min(length, bestS + 2 * spacing);
    double fLo = alongTangent(lo, x, y);
    if (fLo * alongTangent(hi, x, y) > 0) {
      return bestS;
    }
    for (int i = 0; i < 60 && hi - lo > 1e-9; i++) {
      double mid = 0.5 * (lo + hi);
      double f = alongTangent(mid, x, y);
      if (f * fLo > 0) {
        lo = mid;
        fLo = f;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  private double alongTangent(double s, double x, double y) {
    double[] p = point(s);
    double[] t = tangent(s);
    return (x - p[0]) * t[0] + (y - p[1]) * t[1];
  }

  /** Copies of the resampled points, {x0, y0, x1, y1, ...}, evenly spaced by about {@value #SPACING_MM} mm. */
  public double[] samples() {
    double[] xy = new double[2 * xs.length];
    for (int i = 0; i < xs.length; i++) {
      xy[2 * i] = xs[i];
      xy[2 * i + 1] = ys[i];
    }
    return xy;
  }

  private double[] sampleTangent(int i) {
    int a = Math.max(0, i - 1);
    int b = Math.min(xs.length - 1, i + 1);
    return unit(xs[b] - xs[a], ys[b] - ys[a]);
  }

  private static double[] unit(double x, double y) {
    double len = StrictMath.hypot(x, y);
    if (!(len > 0)) {
      throw new IllegalStateException("arch curve has coincident samples; cannot take a direction");
    }
    return new double[] {x / len, y / len};
  }

  @Override
  public String toString() {
    return "ArchCurve[" + xs.length + " samples, " + length + " mm, from " + Arrays.toString(point(0)) + "]";
  }
}
