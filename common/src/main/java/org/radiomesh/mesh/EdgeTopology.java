package org.radiomesh.mesh;

import java.util.Arrays;

/**
 * How the faces of a mesh meet along their edges: the counts of undirected edges used by one face (boundary), by more
 * than two (non-manifold), and by exactly two with the same direction (inconsistent orientation).
 *
 * <p>Faces with a repeated vertex index are left out (they have no proper edges; {@link MeshMeasures} counts them as
 * degenerate); faces of zero area with three distinct indices take part. A mesh is edge-manifold when no edge has more
 * than two faces, and watertight when it has at least one edge and every edge has exactly two faces that traverse it
 * in opposite directions: closed and consistently oriented. Cost O(F log F): the 3F directed edges are packed into
 * longs and sorted.
 */
public record EdgeTopology(int edgeCount, int boundaryEdgeCount, int nonManifoldEdgeCount,
    int misorientedEdgeCount) {

  /** The edge counts of {@code mesh}. */
  public static EdgeTopology of(TriangleMesh mesh) {
    int[] f = mesh.faces();
    long[] keys = new long[f.length];
    int n = 0;
    for (int i = 0; i < f.length; i += 3) {
      int a = f[i];
      int b = f[i + 1];
      int c = f[i + 2];
      if (a == b || b == c || a == c) {
        continue;
      }
      keys[n++] = key(a, b);
      keys[n++] = key(b, c);
      keys[n++] = key(c, a);
    }
    Arrays.sort(keys, 0, n);
    int edges = 0;
    int boundary = 0;
    int nonManifold = 0;
    int misoriented = 0;
    int i = 0;
    while (i < n) {
      long edge = keys[i] >>> 1;
      int forward = 0;
      int j = i;
      while (j < n && keys[j] >>> 1 == edge) {
        forward += (int) (keys[j] & 1);
        j++;
      }
      int uses = j - i;
      edges++;
      if (uses == 1) {
        boundary++;
      } else if (uses > 2) {
        nonManifold++;
      } else if (forward != 1) {
        misoriented++;
      }
      i = j;
    }
    return new EdgeTopology(edges, boundary, nonManifold, misoriented);
  }

  /** The undirected edge {min, max} in the high bits, and in bit 0 whether it is traversed from min to max. */
  private static long key(int from, int to) {
    int lo = Math.min(from, to);
    int hi = Math.max(from, to);
    return (((long) lo << 31 | hi) << 1) | (from < to ? 1 : 0);
  }

  /** No edge is shared by more than two faces. */
  public boolean isEdgeManifold() {
    return nonManifoldEdgeCount == 0;
  }

  /** Every edge has exactly two faces, traversing it in opposite directions (and there is at least one edge). */
  public boolean isWatertight() {
    return edgeCount > 0 && boundaryEdgeCount == 0 && nonManifoldEdgeCount == 0 && misorientedEdgeCount == 0;
  }
}
