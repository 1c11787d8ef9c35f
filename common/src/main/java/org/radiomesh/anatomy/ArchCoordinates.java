package org.radiomesh.anatomy;

/**
 * Curvilinear coordinates around an arch line, tabulated on a 1 mm grid of the xy-plane: for a patient point, the
 * signed arc length s of the nearest arch point (see {@link ArchForm}) and the signed distance n from the arch line
 * (positive outwards: buccal or labial), bilinearly interpolated. Accurate to the grid spacing near the arch; s is
 * discontinuous on the arch's medial axis (its centre), where only n is meaningful.
 *
 * <p>Immutable. Cost: O(cells · (samples / 8 + 16)) to build (a coarse then fine nearest-point search over 0.25 mm
 * arch samples), O(1) per query.
 */
final class ArchCoordinates {
  private static final double CELL = 1.0;
  private final double x0;
  private final double y0;
  private final int nx;
  private final int ny;
  private final float[] sTable;
  private final float[] nTable;

  /** Tabulates around the arch between signed arc lengths sMin and sMax, over a margin of {@code margin} mm. */
  ArchCoordinates(ArchForm arch, double sMin, double sMax, double margin) {
    int m = (int) Math.ceil((sMax - sMin) / 0.25) + 1;
    double[] px = new double[m];
    double[] py = new double[m];
    double[] ps = new double[m];
    double[] nxs = new double[m];
    double[] nys = new double[m];
    double[] pt = new double[4];
    double minX = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (int i = 0; i < m; i++) {
      ps[i] = sMin + (sMax - sMin) * i / (m - 1);
      arch.pointAt(ps[i], pt);
      double[] n = arch.outwardAt(ps[i]);
      px[i] = pt[0];
      py[i] = pt[1];
      nxs[i] = n[0];
      nys[i] = n[1];
      minX = Math.min(minX, pt[0]);
      maxX = Math.max(maxX, pt[0]);
      minY = Math.min(minY, pt[1]);
      maxY = Math.max(maxY, pt[1]);
    }
    x0 = minX - margin;
    y0 = minY - margin;
    nx = (int) Math.ceil((maxX + margin - x0) / CELL) + 1;
    ny = (int) Math.ceil((maxY + margin - y0) / CELL) + 1;
    sTable = new float[nx * ny];
    nTable = new float[nx * ny];
    for (int j = 0; j < ny; j++) {
      for (int i = 0; i < nx; i++) {
        double x = x0 + i * CELL;
        double y = y0 + j * CELL;
        int best = nearest(px, py, x, y, 0, m, 8);
        best = nearest(px, py, x, y, Math.max(0, best - 16), Math.min(m, best + 17), 1);
        sTable[j * nx + i] = (float) ps[best];
        nTable[j * nx + i] = (float) ((x - px[best]) * nxs[best] + (y - py[best]) * nys[best]);
      }
    }
  }

  private static int nearest(double[] px, double[] py, double x, double y, int from, int to, int step) {
    int best = from;
    double bd = Double.MAX_VALUE;
    for (int i = from; i < to; i += step) {
      double dx = px[i] - x;
      double dy = py[i] - y;
      double d = dx * dx + dy * dy;
      if (d < bd) {
        bd = d;
        best = i;
      }
    }
    return best;
  }

  /**
   * Writes {s, n, s of the nearest cell} of patient point (x, y) into out; false (and out untouched) outside the
   * table. The third value is not interpolated: range tests use it so that the medial axis, where interpolated s
   * blends the two sides of the arch, never passes for the middle of the arch.
   */
  boolean at(double x, double y, double[] out) {
    double fx = (x - x0) / CELL;
    double fy = (y - y0) / CELL;
    if (fx < 0 || fy < 0 || fx >= nx - 1 || fy >= ny - 1) {
      return false;
    }
    int i = (int) fx;
    int j = (int) fy;
    double tx = fx - i;
    double ty = fy - j;
    int c = j * nx + i;
    out[0] = lerp2(sTable, c, tx, ty);
    out[1] = lerp2(nTable, c, tx, ty);
    out[2] = sTable[c + (tx < 0.5 ? 0 : 1) + (ty < 0.5 ? 0 : nx)];
    return true;
  }

  private double lerp2(float[] t, int c, double tx, double ty) {
    double a = t[c] + tx * (t[c + 1] - t[c]);
    double b = t[c + nx] + tx * (t[c + nx + 1] - t[c + nx]);
    return a + ty * (b - a);
  }

  /** The tabulated xy extent {minX, minY, maxX, maxY}. */
  double[] extent() {
    return new double[] {x0, y0, x0 + (nx - 1) * CELL, y0 + (ny - 1) * CELL};
  }
}
