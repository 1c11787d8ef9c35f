package org.radiomesh.spatial;

/**
 * Closest point on a triangle to a point, by Voronoi regions of the vertices and edges (Ericson, Real-Time Collision
 * Detection, 5.1.5), in double precision. A degenerate triangle (zero area: collinear or coincident vertices) is
 * treated as the union of its three edges (as is any triangle whose Voronoi-region arithmetic would divide by zero),
 * so the answer is always finite.
 *
 * <p>Cost: O(1), about 30 multiplications.
 */
public final class ClosestPointOnTriangle {
  private ClosestPointOnTriangle() {}

  /**
   * Squared distance from p to the triangle whose vertices are the 9 floats at {@code tri[o .. o+8]}.
   *
   * @param closest if not null, receives the closest point (3 doubles)
   */
  public static double distanceSquared(double px, double py, double pz, float[] tri, int o, double[] closest) {
    double ax = tri[o];
    double ay = tri[o + 1];
    double az = tri[o + 2];
    double abx = tri[o + 3] - ax;
    double aby = tri[o + 4] - ay;
    double abz = tri[o + 5] - az;
    double acx = tri[o + 6] - ax;
    double acy = tri[o + 7] - ay;
    double acz = tri[o + 8] - az;
    double apx = px - ax;
    double apy = py - ay;
    double apz = pz - az;
    double d1 = abx * apx + aby * apy + abz * apz;
    double d2 = acx * apx + acy * apy + acz * apz;
    double v;
    double w;
    if (d1 <= 0 && d2 <= 0) {
      v = 0;
      w = 0;
    } else {
      double bpx = apx - abx;
      double bpy = apy - aby;
      double bpz = apz - abz;
      double d3 = abx * bpx + aby * bpy + abz * bpz;
      double d4 = acx * bpx + acy * bpy + acz * bpz;
      double cpx = apx - acx;
      double cpy = apy - acy;
      double cpz = apz - acz;
      double d5 = abx * cpx + aby * cpy + abz * cpz;
      double d6 = acx * cpx + acy * cpy + acz * cpz;
      double vc = d1 * d4 - d3 * d2;
      double vb = d5 * d2 - d1 * d6;
      double va = d3 * d6 - d5 * d4;
      if (d3 >= 0 && d4 <= d3) {
        v = 1;
        w = 0;
      } else if (vc <= 0 && d1 >= 0 && d3 <= 0 && d1 - d3 > 0) {
        v = d1 / (d1 - d3);
        w = 0;
      } else if (d6 >= 0 && d5 <= d6) {
        v = 0;
        w = 1;
      } else if (vb <= 0 && d2 >= 0 && d6 <= 0 && d2 - d6 > 0) {
        v = 0;
        w = d2 / (d2 - d6);
      } else if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0 && (d4 - d3) + (d5 - d6) > 0) {
        w = (d4 - d3) / ((d4 - d3) + (d5 - d6));
        v = 1 - w;
      } else if (va + vb + vc > 0) {
        double denom = 1 / (va + vb + vc);
        v = vb * denom;
        w = vc * denom;
      } else {
        return degenerate(px, py, pz, tri, o, closest);
      }
    }
    double cx = ax + abx * v + acx * w;
    double cy = ay + aby * v + acy * w;
    double cz = az + abz * v + acz * w;
    if (closest != null) {
      closest[0] = cx;
      closest[1] = cy;
      closest[2] = cz;
    }
    double dx = px - cx;
    double dy = py - cy;
    double dz = pz - cz;
    return dx * dx + dy * dy + dz * dz;
  }

  /** Squared distance from p to the segment a-b, closest point into closest (if not null). */
  public static double segmentDistanceSquared(double px, double py, double pz, double ax, double ay, double az,
      double bx, double by, double bz, double[] closest) {
    double abx = bx - ax;
    double aby = by - ay;
    double abz = bz - az;
    double len2 = abx * abx + aby * aby + abz * abz;
    double t = len2 > 0 ? ((px - ax) * abx + (py - ay) * aby + (pz - az) * abz) / len2 : 0;
    t = Math.max(0, Math.min(1, t));
    double cx = ax + abx * t;
    double cy = ay + aby * t;
    double cz = az + abz * t;
    if (closest != null) {
      closest[0] = cx;
      closest[1] = cy;
      closest[2] = cz;
    }
    double dx = px - cx;
    double dy = py - cy;
    double dz = pz - cz;
    return dx * dx + dy * dy + dz * dz;
  }

  private static double degenerate(double px, double py, double pz, float[] t, int o, double[] closest) {
    double[] c = closest == null ? null : new double[3];
    double best = Double.POSITIVE_INFINITY;
    for (int e = 0; e < 3; e++) {
      int a = o + 3 * e;
      int b = o + 3 * ((e + 1) % 3);
      double d = segmentDistanceSquared(px, py, pz, t[a], t[a + 1], t[a + 2], t[b], t[b + 1], t[b + 2], c);
      if (d < best) {
        best = d;
        if (closest != null) {
          System.arraycopy(c, 0, closest, 0, 3);
        }
      }
    }
    return best;
  }
}
