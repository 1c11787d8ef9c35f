package org.radiomesh.surface;

import java.util.ArrayList;
import java.util.List;

/**
 * The triangulation table of {@link MarchingCubes}, generated once at class load from face rules rather than typed in,
 * so that its consistency follows from its construction.
 *
 * <p>Corners are numbered as in Bourke's table (0 = (0,0,0), 1 = (1,0,0), 2 = (1,1,0), 3 = (0,1,0), 4..7 the same at
 * z = 1). Edges are numbered by grid axis so that the extractor's edge caches map directly: 0, 1, 4, 5 run along x,
 * 2, 3, 6, 7 along y, 8..11 along z; edge e joins corners {@link #EDGE}[e].
 *
 * <p>For each of the 256 corner configurations and each resolution of its ambiguous faces (four sign changes; one bit
 * per ambiguous face, set when the two inside corners are connected across the face), the iso-contour on the cube's
 * faces is built face by face: a face's segments depend only on that face's corner signs and its one bit, so the two cubes sharing a face draw the same segments in opposite directions. The
 * segments close into loops, and each loop is triangulated as a disk whose diagonals join two vertices of one face
 * only when that face is one of the cube's upper faces (z=1, y=1, x=1), so the cube across it, for which it is a lower
 * face, never draws the same diagonal; the few loops (12 of 656 entries) without such a triangulation are fanned
 * around an extra vertex at their centroid. Hence every mesh edge is a face segment (in exactly one triangle of each
 * of the two cubes sharing the face, in opposite directions) or a diagonal or spoke inside one cube's loop (in exactly
 * two of its triangles): the surface is closed, edge-manifold and consistently oriented. Loops are oriented so that
 * triangles are counter-clockwise seen from the outside (low values).
 *
 * <p>Cost: built once at class load (656 entries, about a millisecond); lookups O(1).
 */
final class MarchingCubesTable {
  /** Corner offsets (x, y, z). */
  static final int[][] CORNER = {
      {0, 0, 0}, {1, 0, 0}, {1, 1, 0}, {0, 1, 0}, {0, 0, 1}, {1, 0, 1}, {1, 1, 1}, {0, 1, 1}};
  /** Edge end corners; the first end has the lower coordinate along the edge's axis. */
  static final int[][] EDGE = {
      {0, 1}, {3, 2}, {1, 2}, {0, 3}, {4, 5}, {7, 6}, {5, 6}, {4, 7}, {0, 4}, {1, 5}, {3, 7}, {2, 6}};
  /** Face corners in counter-clockwise order seen from outside the cube: z=0, z=1, y=0, y=1, x=0, x=1. */
  static final int[][] FACE = {
      {0, 3, 2, 1}, {4, 5, 6, 7}, {0, 1, 5, 4}, {3, 7, 6, 2}, {0, 4, 7, 3}, {1, 2, 6, 5}};

  /** Per case: the faces whose corners alternate in/out/in/out, in face order. */
  static final int[][] AMBIGUOUS_FACES = new int[256][];
  /** Per case: index of its first entry; the entry for ambiguity bits b is {@code FIRST_ENTRY[case] + b}. */
  static final int[] FIRST_ENTRY = new int[256];
  /** Per entry: triangles as edge indices, three per triangle. */
  static final int[][] TRIANGLES;
  /** Per entry: bit e set when edge e carries a vertex. */
  static final int[] EDGE_MASK;
  /**
   * Per entry: null, or the loops (edge indices) triangulated as a fan around an extra vertex at their centroid,
   * referred to in {@link #TRIANGLES} as 12 + the loop's index here.
   */
  static final int[][][] CENTROID_LOOPS;

  static {
    List<int[]> tris = new ArrayList<>();
    List<Integer> masks = new ArrayList<>();
    List<int[][]> centroids = new ArrayList<>();
    for (int c = 0; c < 256; c++) {
      List<Integer> amb = new ArrayList<>();
      for (int f = 0; f < 6; f++) {
        if (crossings(c, f) == 4) {
          amb.add(f);
        }
      }
      AMBIGUOUS_FACES[c] = amb.stream().mapToInt(Integer::intValue).toArray();
      FIRST_ENTRY[c] = tris.size();
      for (int bits = 0; bits < (1 << amb.size()); bits++) {
        List<int[]> fans = new ArrayList<>();
        int[] t = triangulate(c, AMBIGUOUS_FACES[c], bits, fans);
        int mask = 0;
        for (int e : t) {
          mask |= e < 12 ? 1 << e : 0;
        }
        tris.add(t);
        masks.add(mask);
        centroids.add(fans.isEmpty() ? null : fans.toArray(new int[0][]));
      }
    }
    TRIANGLES = tris.toArray(new int[0][]);
    EDGE_MASK = masks.stream().mapToInt(Integer::intValue).toArray();
    CENTROID_LOOPS = centroids.toArray(new int[0][][]);
  }

  private MarchingCubesTable() {}

  static boolean inside(int cubeCase, int corner) {
    return (cubeCase >> corner & 1) != 0;
  }

  static int edgeOf(int a, int b) {
    for (int e = 0; e < 12; e++) {
      if ((EDGE[e][0] == a && EDGE[e][1] == b) || (EDGE[e][0] == b && EDGE[e][1] == a)) {
        return e;
      }
    }
    throw new IllegalArgumentException("corners " + a + " and " + b + " share no edge");
  }

  private static int crossings(int c, int f) {
    int n = 0;
    for (int m = 0; m < 4; m++) {
      if (inside(c, FACE[f][m]) != inside(c, FACE[f][(m + 1) % 4])) {
        n++;
      }
    }
    return n;
  }

  /** Triangles of one configuration: face segments → loops → constrained disk triangulations. */
  private static int[] triangulate(int c, int[] ambiguous, int bits, List<int[]> fans) {
    int[] next = new int[12];
    java.util.Arrays.fill(next, -1);
    for (int f = 0; f < 6; f++) {
      int[] q = FACE[f];
      int k = crossings(c, f);
      for (int m = 0; m < 4; m++) {
        boolean exit = inside(c, q[m]) && !inside(c, q[(m + 1) % 4]);
        if (!exit) {
          continue;
        }
        int exitEdge = edgeOf(q[m], q[(m + 1) % 4]);
        int entryPos;
        if (k == 2) {
          entryPos = findEntry(c, q);
        } else {
          int slot = indexOf(ambiguous, f);
          boolean connected = (bits >> slot & 1) != 0;
          entryPos = connected ? (m + 1) % 4 : (m + 3) % 4;
        }
        next[exitEdge] = edgeOf(q[entryPos], q[(entryPos + 1) % 4]);
      }
    }
    List<Integer> out = new ArrayList<>();
    boolean[] seen = new boolean[12];
    for (int start = 0; start < 12; start++) {
      if (next[start] < 0 || seen[start]) {
        continue;
      }
      List<Integer> loop = new ArrayList<>();
      for (int e = start; !seen[e]; e = next[e]) {
        seen[e] = true;
        loop.add(e);
      }
      // Segments run with the inside on their left seen from outside the cube; reversed, the triangles face outward.
      java.util.Collections.reverse(loop);
      int[] poly = loop.stream().mapToInt(Integer::intValue).toArray();
      if (!triangulateDisk(poly, out)) {
        // No triangulation avoids a shared diagonal: fan around a vertex of this cube alone.
        int centre = 12 + fans.size();
        fans.add(poly);
        for (int q = 0; q < poly.length; q++) {
          out.add(centre);
          out.add(poly[q]);
          out.add(poly[(q + 1) % poly.length]);
        }
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int findEntry(int c, int[] q) {
    for (int m = 0; m < 4; m++) {
      if (!inside(c, q[m]) && inside(c, q[(m + 1) % 4])) {
        return m;
      }
    }
    throw new IllegalStateException("face without entry");
  }

  private static int indexOf(int[] a, int v) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] == v) {
        return i;
      }
    }
    throw new IllegalStateException("face " + v + " is not ambiguous");
  }

  /** Faces (bit mask) that edge e lies on. */
  private static int faceMask(int e) {
    int mask = 0;
    for (int f = 0; f < 6; f++) {
      List<Integer> corners = new ArrayList<>();
      for (int q : FACE[f]) {
        corners.add(q);
      }
      if (corners.contains(EDGE[e][0]) && corners.contains(EDGE[e][1])) {
        mask |= 1 << f;
      }
    }
    return mask;
  }

  /**
   * A diagonal joining two vertices of one face could be drawn again by the cube across that face; it is allowed only
   * on the cube's upper faces (z=1, y=1, x=1: faces 1, 3, 5), never on lower ones, so at most one of the two cubes
   * draws it.
   */
  private static boolean diagonalAllowed(int a, int b) {
    return (faceMask(a) & faceMask(b) & LOWER_FACES) == 0;
  }

  private static final int LOWER_FACES = 1 | 1 << 2 | 1 << 4;

  /** Triangulates polygon p (edge ids, in order) without a diagonal between two vertices of one face. */
  private static boolean triangulateDisk(int[] p, List<Integer> out) {
    int n = p.length;
    if (n == 3) {
      out.add(p[0]);
      out.add(p[1]);
      out.add(p[2]);
      return true;
    }
    // Triangle (p0, p1, pk) splits p into p1..pk and pk..p(n-1),p0; try fans from p0 first (k = 2 or n-1).
    for (int k = n - 1; k >= 2; k--) {
      if ((k != 2 && !diagonalAllowed(p[1], p[k])) || (k != n - 1 && !diagonalAllowed(p[0], p[k]))) {
        continue;
      }
      int mark = out.size();
      out.add(p[0]);
      out.add(p[1]);
      out.add(p[k]);
      boolean ok = true;
      if (k != 2) {
        ok = triangulateDisk(java.util.Arrays.copyOfRange(p, 1, k + 1), out);
      }
      if (ok && k != n - 1) {
        int[] rest = new int[n - k + 1];
        System.arraycopy(p, k, rest, 0, n - k);
        rest[n - k] = p[0];
        ok = triangulateDisk(rest, out);
      }
      if (ok) {
        return true;
      }
      out.subList(mark, out.size()).clear();
    }
    return false;
  }
}
