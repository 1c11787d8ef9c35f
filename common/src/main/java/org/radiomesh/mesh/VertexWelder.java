package org.radiomesh.mesh;

import java.util.Arrays;

/**
 * Merges vertices at the same position, so that a triangle soup (STL) becomes an indexed mesh whose shared edges are
 * shared by index.
 *
 * <p>With tolerance 0, vertices with exactly equal coordinates merge (+0 and −0 count as equal). With tolerance
 * {@code t > 0}, vertices are visited in index order and each joins the earliest kept vertex within Euclidean distance
 * {@code t}, or is kept itself; kept vertices are therefore more than {@code t} apart. A merged vertex takes the
 * position and attributes (normal, colour, label) of the vertex it joins; faces keep their order and groups and are
 * re-indexed, so a face can become degenerate (repeated index) at a large tolerance. Vertices no face uses are kept.
 *
 * <p>Cost: expected O(V) with a hash table over positions (exact) or over a grid of cell size {@code t} visiting 27
 * cells per vertex (tolerance), plus O(F) re-indexing.
 *
 * <pre>{@code
 * TriangleMesh indexed = VertexWelder.weld(soup, 0);
 * }</pre>
 */
public final class VertexWelder {
  private VertexWelder() {}

  /** The mesh with vertices closer than {@code tolerance} (≥ 0, in mesh units) merged, as described above. */
  public static TriangleMesh weld(TriangleMesh mesh, double tolerance) {
    if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException("tolerance must be finite and >= 0, got " + tolerance);
    }
    int[] map = tolerance == 0 ? exactMap(mesh.xyz()) : toleranceMap(mesh.xyz(), tolerance);
    return remap(mesh, map);
  }

  /** For each vertex, the index of the kept vertex it merges into (kept vertices map to themselves). */
  private static int[] exactMap(float[] xyz) {
    int n = xyz.length / 3;
    int[] table = new int[tableSize(n)];
    int mask = table.length - 1;
    int[] map = new int[n];
    for (int v = 0; v < n; v++) {
      float x = xyz[3 * v] + 0f;
      float y = xyz[3 * v + 1] + 0f;
      float z = xyz[3 * v + 2] + 0f;
      int slot = mix(Float.floatToIntBits(x), Float.floatToIntBits(y), Float.floatToIntBits(z)) & mask;
      while (true) {
        int k = table[slot] - 1;
        if (k < 0) {
          table[slot] = v + 1;
          map[v] = v;
          break;
        }
        if (xyz[3 * k] == x && xyz[3 * k + 1] == y && xyz[3 * k + 2] == z) {
          map[v] = k;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    return map;
  }

  private static int[] toleranceMap(float[] xyz, double tolerance) {
    int n = xyz.length / 3;
    int[] table = new int[tableSize(n)];
    int mask = table.length - 1;
    int[] next = new int[n];
    long[] cell = new long[3 * n];
    int[] map = new int[n];
    double t2 = tolerance * tolerance;
    for (int v = 0; v < n; v++) {
      for (int d = 0; d < 3; d++) {
        cell[3 * v + d] = (long) Math.floor(xyz[3 * v + d] / tolerance);
      }
      int best = Integer.MAX_VALUE;
      for (int dx = -1; dx <= 1; dx++) {
        for (int dy = -1; dy <= 1; dy++) {
          for (int dz = -1; dz <= 1; dz++) {
            int head = find(table, mask, cell, cell[3 * v] + dx, cell[3 * v + 1] + dy, cell[3 * v + 2] + dz);
            for (int k = head; k >= 0 && k < best; k = next[k]) {
              if (distanceSquared(xyz, v, k) <= t2) {
                best = k;
              }
            }
          }
        }
      }
      if (best != Integer.MAX_VALUE) {
        map[v] = best;
        continue;
      }
      map[v] = v;
      insert(table, mask, cell, next, v);
    }
    return map;
  }

  /** The first kept vertex of cell (cx, cy, cz) (chains run from low to high index), or -1. */
  private static int find(int[] table, int mask, long[] cell, long cx, long cy, long cz) {
    int slot = mix(cx, cy, cz) & mask;
    while (true) {
      int k = table[slot] - 1;
      if (k < 0 || (cell[3 * k] == cx && cell[3 * k + 1] == cy && cell[3 * k + 2] == cz)) {
        return k;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Appends kept vertex v to its cell's chain; v is larger than every index already there. */
  private static void insert(int[] table, int mask, long[] cell, int[] next, int v) {
    next[v] = -1;
    int head = find(table, mask, cell, cell[3 * v], cell[3 * v + 1], cell[3 * v + 2]);
    if (head < 0) {
      int slot = mix(cell[3 * v], cell[3 * v + 1], cell[3 * v + 2]) & mask;
      while (table[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[slot] = v + 1;
      return;
    }
    int k = head;
    while (next[k] >= 0) {
      k = next[k];
    }
    next[k] = v;
  }

  private static double distanceSquared(float[] xyz, int a, int b) {
    double dx = xyz[3 * a] - xyz[3 * b];
    double dy = xyz[3 * a + 1] - xyz[3 * b + 1];
    double dz = xyz[3 * a + 2] - xyz[3 * b + 2];
    return dx * dx + dy * dy + dz * dz;
  }

  private static int tableSize(int n) {
    return Integer.highestOneBit(Math.max(4, 2 * n - 1)) << 1;
  }

  private static int mix(long a, long b, long c) {
    long h = a * 0x9E3779B97F4A7C15L + b * 0xC2B2AE3D27D4EB4FL + c * 0x165667B19E3779F9L;
    h ^= h >>> 29;
    h *= 0xBF58476D1CE4E5B9L;
    return (int) (h ^ (h >>> 32));
  }

  private static TriangleMesh remap(TriangleMesh mesh, int[] map) {
    int n = map.length;
    int[] newIndex = new int[n];
    int kept = 0;
    for (int v = 0; v < n; v++) {
      newIndex[v] = map[v] == v ? kept++ : -1;
    }
    float[] xyz = new float[3 * kept];
    float[] normals = mesh.hasNormals() ? new float[3 * kept] : null;
    float[] colors = mesh.hasColors() ? new float[3 * kept] : null;
    int[] labels = mesh.hasLabels() ? new int[kept] : null;
    for (int v = 0; v < n; v++) {
      int i = newIndex[v];
      if (i < 0) {
        continue;
      }
      System.arraycopy(mesh.xyz(), 3 * v, xyz, 3 * i, 3);
      if (normals != null) {
        System.arraycopy(mesh.normals(), 3 * v, normals, 3 * i, 3);
      }
      if (colors != null) {
        System.arraycopy(mesh.colors(), 3 * v, colors, 3 * i, 3);
      }
      if (labels != null) {
        labels[i] = mesh.labels()[v];
      }
    }
    int[] faces = Arrays.copyOf(mesh.faces(), mesh.faces().length);
    for (int c = 0; c < faces.length; c++) {
      faces[c] = newIndex[map[faces[c]]];
    }
    return mesh.toBuilder().xyz(xyz).faces(faces).normals(normals).colors(colors).labels(labels).build();
  }
}
