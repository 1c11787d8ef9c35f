package org.radiomesh.recon;

import java.util.ArrayList;
import java.util.List;
import org.radiomesh.recon.ReconstructionException.Reason;

/**
 * The axis-aligned box that holds the intersection of the views' silhouette pyramids (the pyramid from a camera
 * centre through the pixel rectangle of its silhouette, in front of the camera): a bounding volume of the visual
 * hull, from calibration and silhouettes alone.
 *
 * <p>Method: start from a large cube around the point nearest (least squares) to the views' central rays, then clip it
 * by one view's pyramid at a time, each time replacing the box by the bounding box of (box ∩ pyramid), computed
 * exactly from the vertices of that polytope (triples of its 7 to 11 planes), until a sweep over all views shrinks it no
 * more. The result contains the true intersection and is usually close to its bounding box.
 *
 * <p>Errors name the view to blame: when the box becomes empty, the view whose pyramid misses the most other views'
 * pyramids (tested pair by pair) is named ({@code NO_OVERLAP}); when the box does not shrink away from the starting
 * cube, the views do not bound a finite volume ({@code UNBOUNDED}). Cost O(sweeps · K) with K views, sweeps ≤ 100;
 * the error path O(K²).
 */
final class FrustumIntersection {
  private static final int MAX_SWEEPS = 100;
  private static final double START_SCALE = 100;

  private FrustumIntersection() {}

  /** The box {minX, minY, minZ, maxX, maxY, maxZ} in world units (mm). */
  static double[] box(List<ProjectedView> views) throws ReconstructionException {
    double[] center = nearestPointToRays(views);
    double reach = 0;
    for (ProjectedView v : views) {
      double[] c = v.center();
      reach = Math.max(reach, Math.sqrt(sq(c[0] - center[0]) + sq(c[1] - center[1]) + sq(c[2] - center[2])));
    }
    double half = START_SCALE * Math.max(reach, 1e-6);
    double near = 1e-6 * reach;
    double[] start = {center[0] - half, center[1] - half, center[2] - half,
        center[0] + half, center[1] + half, center[2] + half};
    List<double[][]> pyramids = new ArrayList<>(views.size());
    for (ProjectedView v : views) {
      pyramids.add(v.pyramid(1.0, near));
    }
    double[] box = converge(start, pyramids, -1);
    if (box == null) {
      int culprit = blame(start, pyramids);
      String name = views.get(culprit).name;
      throw new ReconstructionException(Reason.NO_OVERLAP, name, "view '" + name + "': its silhouette's frustum does"
          + " not overlap the volume seen by the other views (check its R, t and K)");
    }
    for (int a = 0; a < 3; a++) {
      if (box[a] <= start[a] + 0.01 * half || box[a + 3] >= start[a + 3] - 0.01 * half) {
        throw new ReconstructionException(Reason.UNBOUNDED, null, "the " + views.size() + " views' frusta do not"
            + " bound a finite volume along axis " + "xyz".charAt(a) + " (views from more directions are needed)");
      }
    }
    return box;
  }

  /** Clips until stable, skipping view {@code skip} (−1: none); null when the box becomes empty. */
  private static double[] converge(double[] start, List<double[][]> pyramids, int skip) {
    double[] box = start.clone();
    for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
      double before = volumeProxy(box);
      for (int k = 0; k < pyramids.size(); k++) {
        if (k == skip) {
          continue;
        }
        box = clip(box, pyramids.get(k));
        if (box == null) {
          return null;
        }
      }
      if (volumeProxy(box) >= before * (1 - 1e-9)) {
        break;
      }
    }
    return box;
  }

  /** The view whose pyramid fails to meet the most other pyramids (ties: the first). */
  private static int blame(double[] start, List<double[][]> pyramids) {
    int n = pyramids.size();
    int[] misses = new int[n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double[] box = converge(start, List.of(pyramids.get(i), pyramids.get(j)), -1);
        if (box == null) {
          misses[i]++;
          misses[j]++;
        }
      }
    }
    int worst = 0;
    for (int i = 1; i < n; i++) {
      if (misses[i] > misses[worst]) {
        worst = i;
      }
    }
    if (misses[worst] == 0) {
      for (int i = 0; i < n; i++) {
        if (converge(start, pyramids, i) != null) {
          return i;
        }
      }
    }
    return worst;
  }

  /** Bounding box of box ∩ {n·X + d ≥ 0 for each half-space}; null when empty. */
  static double[] clip(double[] box, double[][] halfSpaces) {
    int m = 6 + halfSpaces.length;
    double[][] planes = new double[m][];
    for (int a = 0; a < 3; a++) {
      double[] lo = new double[4];
      lo[a] = 1;
      lo[3] = -box[a];
      double[] hi = new double[4];
      hi[a] = -1;
      hi[3] = box[a + 3];
      planes[2 * a] = lo;
      planes[2 * a + 1] = hi;
    }
    System.arraycopy(halfSpaces, 0, planes, 6, halfSpaces.length);
    double size = Math.max(box[3] - box[0], Math.max(box[4] - box[1], box[5] - box[2]));
    double[] out = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
    boolean any = false;
    double[] x = new double[3];
    for (int i = 0; i < m; i++) {
      for (int j = i + 1; j < m; j++) {
        for (int k = j + 1; k < m; k++) {
          if (!solve(planes[i], planes[j], planes[k], x) || !feasible(planes, x, 1e-9 * size)) {
            continue;
          }
          any = true;
          for (int a = 0; a < 3; a++) {
            out[a] = Math.min(out[a], x[a]);
            out[a + 3] = Math.max(out[a + 3], x[a]);
          }
        }
      }
    }
    if (!any) {
      return null;
    }
    for (int a = 0; a < 3; a++) {
      out[a] = Math.max(out[a], box[a]);
      out[a + 3] = Math.min(out[a + 3], box[a + 3]);
    }
    return out;
  }

  private static boolean feasible(double[][] planes, double[] x, double tol) {
    for (double[] p : planes) {
      double norm = Math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]);
      if (p[0] * x[0] + p[1] * x[1] + p[2] * x[2] + p[3] < -tol * norm) {
        return false;
      }
    }
    return true;
  }

  /** The point on three planes n·X + d = 0 (Cramer's rule); false when they do not meet in one point. */
  private static boolean solve(double[] a, double[] b, double[] c, double[] x) {
    double det = a[0] * (b[1] * c[2] - b[2] * c[1]) - a[1] * (b[0] * c[2] - b[2] * c[0])
        + a[2] * (b[0] * c[1] - b[1] * c[0]);
    double scale = norm(a) * norm(b) * norm(c);
    if (Math.abs(det) <= 1e-12 * scale) {
      return false;
    }
    double ra = -a[3];
    double rb = -b[3];
    double rc = -c[3];
    x[0] = (ra * (b[1] * c[2] - b[2] * c[1]) - a[1] * (rb * c[2] - b[2] * rc) + a[2] * (rb * c[1] - b[1] * rc)) / det;
    x[1] = (a[0] * (rb * c[2] - b[2] * rc) - ra * (b[0] * c[2] - b[2] * c[0]) + a[2] * (b[0] * rc - rb * c[0])) / det;
    x[2] = (a[0] * (b[1] * rc - rb * c[1]) - a[1] * (b[0] * rc - rb * c[0]) + ra * (b[0] * c[1] - b[1] * c[0])) / det;
    return true;
  }

  /** The point minimising the summed squared distance to the views' central rays (their centroid when degenerate). */
  private static double[] nearestPointToRays(List<ProjectedView> views) {
    double[] m = new double[9];
    double[] rhs = new double[3];
    double[] mean = new double[3];
    for (ProjectedView v : views) {
      double[] c = v.center();
      double[] d = v.centralRay();
      for (int i = 0; i < 3; i++) {
        mean[i] += c[i] / views.size();
        for (int j = 0; j < 3; j++) {
          double p = (i == j ? 1 : 0) - d[i] * d[j];
          m[3 * i + j] += p;
          rhs[i] += p * c[j];
        }
      }
    }
    double[] x = new double[3];
    double[] r0 = {m[0], m[1], m[2], -rhs[0]};
    double[] r1 = {m[3], m[4], m[5], -rhs[1]};
    double[] r2 = {m[6], m[7], m[8], -rhs[2]};
    return solve(r0, r1, r2, x) ? x : mean;
  }

  private static double volumeProxy(double[] b) {
    return (b[3] - b[0]) + (b[4] - b[1]) + (b[5] - b[2]);
  }

  private static double norm(double[] p) {
    return Math.sqrt(p[0] * p[0] + p[1] * p[1] + p[2] * p[2]);
  }

  private static double sq(double v) {
    return v * v;
  }
}
