package org.radiomesh.surface;

import org.radiomesh.mesh.TriangleMesh;

/**
 * Quadric error metric decimation (Garland and Heckbert, SIGGRAPH 1997): collapses edges, cheapest first, until the
 * mesh has at most the target number of faces, keeping a closed manifold closed and manifold with the same genus.
 *
 * <p>Conventions: each vertex carries the sum of the area-weighted plane quadrics of its original faces (units mm⁴ for
 * mm meshes; the cost of a position is Σ area·(squared distance to the plane), mm⁴); an edge (u, v) collapses to the
 * position minimising the summed quadric of u and v (solved 3×3; when singular or far from the edge, the best of u, v
 * and their midpoint), and its cost is the quadric's value there. A collapse is refused when it would break the
 * surface: the link condition (the common neighbours of u and v are exactly the apexes of the faces on the edge),
 * valences (no vertex left with fewer than 3 neighbours), and geometry (no face whose normal turns by more than
 * about 78° or whose area vanishes). With {@link Options#preserveBoundary()}, vertices on open boundaries never move:
 * an edge from an interior vertex to a boundary vertex collapses onto the boundary vertex, an edge between two
 * boundary vertices never collapses. The kept vertex keeps its attributes (labels, colours); normals, if present, are
 * recomputed. Ties in cost go to the edge pushed first, so the output is deterministic.
 *
 * <p>Cost O(F log F) time (heap of candidate collapses, O(valence²) work per collapse), O(F) memory.
 *
 * <pre>{@code
 * QuadricDecimation.Result r = QuadricDecimation.decimate(mesh, QuadricDecimation.Options.target(20_000));
 * }</pre>
 */
public final class QuadricDecimation {
  private QuadricDecimation() {}

  /**
   * The decimated mesh, the number of collapses and the largest cost of an accepted collapse (mm⁴ for mm meshes,
   * area-weighted as above; 0 when every collapse was exact, as on planar regions).
   */
  public record Result(TriangleMesh mesh, int collapses, double maxCost) {}

  /**
   * @param targetFaces stop when at most this many faces remain (≥ 4)
   * @param maxCost stop before the first collapse that costs more (+∞: no limit)
   * @param preserveBoundary keep open-boundary vertices where they are
   */
  public record Options(int targetFaces, double maxCost, boolean preserveBoundary) {
    public Options {
      if (targetFaces < 4) {
        throw new IllegalArgumentException("target face count " + targetFaces + ", expected >= 4");
      }
      if (!(maxCost >= 0)) {
        throw new IllegalArgumentException("maximum cost " + maxCost + ", expected >= 0");
      }
    }

    /** Decimate to {@code targetFaces}, no cost limit, boundaries preserved. */
    public static Options target(int targetFaces) {
      return new Options(targetFaces, Double.POSITIVE_INFINITY, true);
    }
  }

  /** Decimates {@code mesh} (not changed) as {@code options} say. */
  public static Result decimate(TriangleMesh mesh, Options options) {
    if (mesh.faceCount() <= options.targetFaces()) {
      return new Result(mesh, 0, 0);
    }
    CollapseMesh cm = new CollapseMesh(mesh, options.preserveBoundary());
    EdgeHeap heap = new EdgeHeap(2 * mesh.faces().length);
    int[] f = mesh.faces();
    for (int t = 0; t < f.length; t += 3) {
      for (int q = 0; q < 3; q++) {
        int a = f[t + q];
        int b = f[t + (q + 1) % 3];
        if (a < b || !cm.hasFace(b, a)) {
          push(cm, heap, a, b);
        }
      }
    }
    int collapses = 0;
    double maxCost = 0;
    while (cm.liveFaces > options.targetFaces() && !heap.isEmpty()) {
      int e = heap.pop();
      int u = heap.u(e);
      int v = heap.v(e);
      double cost = heap.cost(e);
      if (!cm.alive[u] || !cm.alive[v] || heap.stampU(e) != cm.stamp[u] || heap.stampV(e) != cm.stamp[v]) {
        continue;
      }
      if (cost > options.maxCost()) {
        break;
      }
      double[] p = cm.target(u, v);
      if (p == null || !cm.canCollapse(u, v, p)) {
        continue;
      }
      int kept = cm.locked[v] ? v : u;
      int gone = kept == u ? v : u;
      cm.collapse(kept, gone, p);
      collapses++;
      maxCost = Math.max(maxCost, cost);
      for (int w : cm.neighbours(kept)) {
        push(cm, heap, kept, w);
      }
    }
    return new Result(cm.toMesh(), collapses, maxCost);
  }

  private static void push(CollapseMesh cm, EdgeHeap heap, int a, int b) {
    if (cm.locked[a] && cm.locked[b]) {
      return;
    }
    double[] p = cm.target(a, b);
    if (p != null) {
      heap.push(Math.max(0, cm.cost(a, b, p)), a, b, cm.stamp[a], cm.stamp[b]);
    }
  }

  /** Quadric of the plane n·x + d = 0 (n unit) weighted by w, added into q at offset o (10 values). */
  static void addPlane(double[] q, int o, double nx, double ny, double nz, double d, double w) {
    q[o] += w * nx * nx;
    q[o + 1] += w * nx * ny;
    q[o + 2] += w * nx * nz;
    q[o + 3] += w * nx * d;
    q[o + 4] += w * ny * ny;
    q[o + 5] += w * ny * nz;
    q[o + 6] += w * ny * d;
    q[o + 7] += w * nz * nz;
    q[o + 8] += w * nz * d;
    q[o + 9] += w * d * d;
  }

  /** The value of the summed quadrics of a and b (offsets into q) at p. */
  static double evaluate(double[] q, int a, int b, double x, double y, double z) {
    double q0 = q[a] + q[b];
    double q1 = q[a + 1] + q[b + 1];
    double q2 = q[a + 2] + q[b + 2];
    double q3 = q[a + 3] + q[b + 3];
    double q4 = q[a + 4] + q[b + 4];
    double q5 = q[a + 5] + q[b + 5];
    double q6 = q[a + 6] + q[b + 6];
    double q7 = q[a + 7] + q[b + 7];
    double q8 = q[a + 8] + q[b + 8];
    double q9 = q[a + 9] + q[b + 9];
    return q0 * x * x + 2 * q1 * x * y + 2 * q2 * x * z + 2 * q3 * x + q4 * y * y + 2 * q5 * y * z + 2 * q6 * y
        + q7 * z * z + 2 * q8 * z + q9;
  }

  /** The minimiser of the summed quadrics of a and b, or null when the 3×3 system is (near) singular. */
  static double[] minimiser(double[] q, int a, int b) {
    double a00 = q[a] + q[b];
    double a01 = q[a + 1] + q[b + 1];
    double a02 = q[a + 2] + q[b + 2];
    double a11 = q[a + 4] + q[b + 4];
    double a12 = q[a + 5] + q[b + 5];
    double a22 = q[a + 7] + q[b + 7];
    double b0 = -(q[a + 3] + q[b + 3]);
    double b1 = -(q[a + 6] + q[b + 6]);
    double b2 = -(q[a + 8] + q[b + 8]);
    double c00 = a11 * a22 - a12 * a12;
    double c01 = a02 * a12 - a01 * a22;
    double c02 = a01 * a12 - a02 * a11;
    double det = a00 * c00 + a01 * c01 + a02 * c02;
    double trace = a00 + a11 + a22;
    if (!(Math.abs(det) > 1e-9 * trace * trace * trace)) {
      return null;
    }
    double c11 = a00 * a22 - a02 * a02;
    double c12 = a01 * a02 - a00 * a12;
    double c22 = a00 * a11 - a01 * a01;
    return new double[] {
        (c00 * b0 + c01 * b1 + c02 * b2) / det,
        (c01 * b0 + c11 * b1 + c12 * b2) / det,
        (c02 * b0 + c12 * b1 + c22 * b2) / det};
  }
}
