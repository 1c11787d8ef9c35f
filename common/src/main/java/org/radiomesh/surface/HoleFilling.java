package org.radiomesh.surface;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.radiomesh.mesh.IntArrayList;
import org.radiomesh.mesh.TriangleMesh;

/**
 * Closes the holes of a triangle mesh: finds its boundary loops and triangulates each one, adding faces only (no
 * vertices), oriented consistently with the faces around the hole.
 *
 * <p>Conventions: a boundary edge is a directed edge a→b of a face whose reverse b→a belongs to no face; a loop
 * follows boundary edges head to tail (at a vertex with several outgoing boundary edges, the first unused one in face
 * order). Each loop is triangulated by ear clipping in 3D: repeatedly cut the corner with the smallest angle among the
 * convex corners (relative to the loop's Newell normal) whose diagonal is not already an edge of the mesh, falling
 * back to any corner; a new face (b, a, c) for corner a with neighbours b, c traverses the loop's edges backwards, so
 * the result is closed and oriented wherever the input was oriented and edge-manifold. Vertex attributes are kept;
 * normals, if present, are kept as they are (callers that smooth afterwards recompute them).
 *
 * <p>Cost O(F log F) to find the loops (sorted directed edges), O(L²) per loop of L edges; memory O(F).
 *
 * <pre>{@code
 * HoleFilling.Result r = HoleFilling.fill(mesh, 0);   // 0: holes of any size
 * }</pre>
 */
public final class HoleFilling {
  private HoleFilling() {}

  /** The closed mesh and the number of loops closed and left open (larger than the limit). */
  public record Result(TriangleMesh mesh, int filled, int skipped) {}

  /**
   * Fills every boundary loop of at most {@code maxEdges} edges ({@code 0}: any size).
   *
   * @throws IllegalArgumentException when maxEdges is negative
   */
  public static Result fill(TriangleMesh mesh, int maxEdges) {
    if (maxEdges < 0) {
      throw new IllegalArgumentException("maxEdges " + maxEdges + ", expected >= 0");
    }
    List<int[]> loops = boundaryLoops(mesh);
    if (loops.isEmpty()) {
      return new Result(mesh, 0, 0);
    }
    IntArrayList faces = new IntArrayList(mesh.faces().length + 64);
    for (int v : mesh.faces()) {
      faces.add(v);
    }
    long[] edges = undirectedEdges(mesh.faces());
    Set<Long> added = new HashSet<>();
    int filled = 0;
    int skipped = 0;
    for (int[] loop : loops) {
      if (maxEdges > 0 && loop.length > maxEdges) {
        skipped++;
        continue;
      }
      triangulate(mesh.xyz(), loop, faces, edges, added);
      filled++;
    }
    return new Result(mesh.toBuilder().faces(faces.toArray()).faceGroups(null, null).build(), filled, skipped);
  }

  /** The boundary loops, each as the vertex sequence v0, v1, ... with boundary edges v_i → v_{i+1}. */
  public static List<int[]> boundaryLoops(TriangleMesh mesh) {
    int[] f = mesh.faces();
    long[] directed = new long[f.length];
    for (int t = 0; t < f.length; t += 3) {
      for (int q = 0; q < 3; q++) {
        directed[t + q] = key(f[t + q], f[t + (q + 1) % 3]);
      }
    }
    long[] sorted = directed.clone();
    Arrays.sort(sorted);
    IntArrayList from = new IntArrayList(64);
    IntArrayList to = new IntArrayList(64);
    for (long e : directed) {
      int a = (int) (e >>> 32);
      int b = (int) e;
      if (Arrays.binarySearch(sorted, key(b, a)) < 0) {
        from.add(a);
        to.add(b);
      }
    }
    int m = from.size();
    int n = mesh.vertexCount();
    int[] start = new int[n + 1];
    for (int k = 0; k < m; k++) {
      start[from.get(k) + 1]++;
    }
    for (int i = 0; i < n; i++) {
      start[i + 1] += start[i];
    }
    int[] fill = Arrays.copyOf(start, n);
    int[] out = new int[m];
    for (int k = 0; k < m; k++) {
      out[fill[from.get(k)]++] = k;
    }
    boolean[] used = new boolean[m];
    List<int[]> loops = new ArrayList<>();
    for (int k0 = 0; k0 < m; k0++) {
      if (used[k0]) {
        continue;
      }
      IntArrayList loop = new IntArrayList(16);
      int k = k0;
      while (k >= 0 && !used[k]) {
        used[k] = true;
        loop.add(from.get(k));
        int head = to.get(k);
        k = -1;
        for (int s = start[head]; s < start[head + 1]; s++) {
          if (!used[out[s]]) {
            k = out[s];
            break;
          }
        }
      }
      if (loop.size() >= 3) {
        loops.add(loop.toArray());
      }
    }
    return loops;
  }

  private static void triangulate(float[] xyz, int[] loop, IntArrayList faces, long[] edges, Set<Long> added) {
    int[] poly = loop.clone();
    int n = poly.length;
    double[] normal = newellNormalReversed(xyz, poly);
    while (n > 3) {
      int best = -1;
      double bestAngle = Double.POSITIVE_INFINITY;
      int fallback = -1;
      double fallbackAngle = Double.POSITIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        int a = poly[i];
        int b = poly[(i + 1) % n];
        int c = poly[(i + n - 1) % n];
        double[] ab = sub(xyz, b, a);
        double[] ac = sub(xyz, c, a);
        double angle = Math.acos(Math.max(-1, Math.min(1, dot(ab, ac) / Math.sqrt(dot(ab, ab) * dot(ac, ac) + 1e-300))));
        double[] cross = {ab[1] * ac[2] - ab[2] * ac[1], ab[2] * ac[0] - ab[0] * ac[2], ab[0] * ac[1] - ab[1] * ac[0]};
        boolean convex = dot(cross, normal) < 0; // face (b, a, c) has normal −(ab × ac)
        boolean fresh = !hasEdge(edges, added, b, c);
        if (convex && fresh && angle < bestAngle) {
          bestAngle = angle;
          best = i;
        }
        if (fresh && angle < fallbackAngle) {
          fallbackAngle = angle;
          fallback = i;
        }
      }
      int i = best >= 0 ? best : fallback >= 0 ? fallback : 0;
      int a = poly[i];
      int b = poly[(i + 1) % n];
      int c = poly[(i + n - 1) % n];
      faces.add(b);
      faces.add(a);
      faces.add(c);
      added.add(undirected(b, c));
      System.arraycopy(poly, i + 1, poly, i, n - i - 1);
      n--;
    }
    faces.add(poly[1]);
    faces.add(poly[0]);
    faces.add(poly[2]);
  }

  /** Newell normal of the loop traversed backwards (the orientation of the faces that close it). */
  private static double[] newellNormalReversed(float[] xyz, int[] loop) {
    double[] nrm = new double[3];
    for (int i = 0; i < loop.length; i++) {
      int p = loop[(i + 1) % loop.length];
      int q = loop[i];
      double px = xyz[3 * p];
      double py = xyz[3 * p + 1];
      double pz = xyz[3 * p + 2];
      double qx = xyz[3 * q];
      double qy = xyz[3 * q + 1];
      double qz = xyz[3 * q + 2];
      nrm[0] += (py - qy) * (pz + qz);
      nrm[1] += (pz - qz) * (px + qx);
      nrm[2] += (px - qx) * (py + qy);
    }
    return nrm;
  }

  private static boolean hasEdge(long[] sortedEdges, Set<Long> added, int a, int b) {
    long k = undirected(a, b);
    return Arrays.binarySearch(sortedEdges, k) >= 0 || added.contains(k);
  }

  private static long[] undirectedEdges(int[] f) {
    long[] e = new long[f.length];
    for (int t = 0; t < f.length; t += 3) {
      for (int q = 0; q < 3; q++) {
        e[t + q] = undirected(f[t + q], f[t + (q + 1) % 3]);
      }
    }
    Arrays.sort(e);
    return e;
  }

  private static long undirected(int a, int b) {
    return a < b ? key(a, b) : key(b, a);
  }

  private static long key(int a, int b) {
    return ((long) a << 32) | (b & 0xffffffffL);
  }

  private static double[] sub(float[] xyz, int p, int q) {
    return new double[] {xyz[3 * p] - xyz[3 * q], xyz[3 * p + 1] - xyz[3 * q + 1], xyz[3 * p + 2] - xyz[3 * q + 2]};
  }

  private static double dot(double[] a, double[] b) {
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  }
}
