package org.radiomesh.anatomy;

/**
 * A dental arch line in the beta-function form of Braun et al. (REFERENCE §3), in patient coordinates (mm, x to the
 * patient's left, y posterior): the forward distance from the line of the second molars is
 * {@code f(x) = 3.0314·D·[(½ + x/W)(½ − x/W)]^0.8} for |x| ≤ W/2, so the arch's front (x = 0) lies at y = 0 and its
 * ends at (±W/2, D); beyond the ends the line continues straight backwards (y increasing), which is where third molars
 * and the bone behind them sit.
 *
 * <p>Positions along the arch are signed arc lengths s from the midline: negative on the patient's right (quadrants 1
 * and 4), positive on the left. Immutable. Cost: O(samples) to build (2,049 samples per side), O(log samples) per
 * query.
 */
public final class ArchForm {
  private static final int SAMPLES = 2048;
  private final double width;
  private final double depth;
  private final int samples;
  private final double[] xs;
  private final double[] ys;
  private final double[] arc;

  /**
   * @param width W, the arch width at its ends (the second molars), mm
   * @param depth D, the depth from the front to the line of the ends, mm
   */
  public ArchForm(double width, double depth) {
    this(width, depth, SAMPLES);
  }

  /** An arch tabulated with fewer samples, for fitting loops (arc lengths within about 0.01 mm at 256). */
  ArchForm(double width, double depth, int samples) {
    if (!(width > 0 && depth > 0)) {
      throw new IllegalArgumentException("arch width " + width + " and depth " + depth + " must be positive");
    }
    this.width = width;
    this.depth = depth;
    this.samples = samples;
    xs = new double[samples + 1];
    ys = new double[samples + 1];
    arc = new double[samples + 1];
    for (int i = 0; i <= samples; i++) {
      // x = W/2·sin θ concentrates samples at the steep ends.
      xs[i] = width / 2 * Math.sin(0.5 * Math.PI * i / samples);
      ys[i] = y(xs[i]);
      double dx = i == 0 ? 0 : xs[i] - xs[i - 1];
      double dy = i == 0 ? 0 : ys[i] - ys[i - 1];
      arc[i] = i == 0 ? 0 : arc[i - 1] + Math.sqrt(dx * dx + dy * dy);
    }
  }

  public double width() {
    return width;
  }

  public double depth() {
    return depth;
  }

  /** Arc length from the midline to an end of the beta curve (x = ±W/2). */
  public double halfLength() {
    return arc[samples];
  }

  /** y of the beta curve at x, |x| ≤ W/2. */
  public double y(double x) {
    double q = (0.5 + x / width) * (0.5 - x / width);
    return depth - 3.0314 * depth * Math.pow(Math.max(0, q), 0.8);
  }

  /**
   * Writes the point at signed arc length s into out[0..1] (x, y) and the unit tangent in the direction of increasing
   * s into out[2..3].
   */
  public void pointAt(double s, double[] out) {
    double a = Math.abs(s);
    double sign = s < 0 ? -1 : 1;
    if (a >= arc[samples]) {
      out[0] = sign * width / 2;
      out[1] = depth + (a - arc[samples]);
      out[2] = 0;
      out[3] = sign;
      return;
    }
    int lo = 0;
    int hi = samples;
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (arc[mid] <= a) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    double f = (a - arc[lo]) / (arc[hi] - arc[lo]);
    double tx = xs[hi] - xs[lo];
    double ty = ys[hi] - ys[lo];
    double len = Math.sqrt(tx * tx + ty * ty);
    out[0] = sign * (xs[lo] + f * tx);
    out[1] = ys[lo] + f * ty;
    // On the left, increasing s runs away from the midline; on the right, towards it (x grows, y shrinks).
    out[2] = tx / len;
    out[3] = sign * ty / len;
  }

  /** The unit outward (buccal) normal in the xy-plane at signed arc length s: {nx, ny}. */
  public double[] outwardAt(double s) {
    double[] p = new double[4];
    pointAt(s, p);
    double nx = p[3];
    double ny = -p[2];
    // Outward points away from the middle of the line joining the ends.
    if (nx * p[0] + ny * (p[1] - depth) < 0) {
      nx = -nx;
      ny = -ny;
    }
    return new double[] {nx, ny};
  }
}
