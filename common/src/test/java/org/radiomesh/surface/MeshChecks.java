package org.radiomesh.surface;

import java.util.Arrays;
import org.radiomesh.mesh.TriangleMesh;

/**
 * Test-side measures of triangle meshes, written from their definitions (no production code shared): closedness and
 * orientation via sorted directed edges, vertex links, Euler characteristic, area and enclosed volume.
 */
public final class MeshChecks {
  private MeshChecks() {}

  /**
   * True when every directed edge (a, b) of a face occurs exactly once and its reverse (b, a) occurs exactly once: the
   * mesh is closed, edge-manifold (two faces per edge) and consistently oriented.
   */
  public static boolean closedOrientedManifold(TriangleMesh m) {
    long[] e = directedEdges(m);
    Arrays.sort(e);
    for (int i = 1; i < e.length; i++) {
      if (e[i] == e[i - 1]) {
        return false;
      }
    }
    for (long d : e) {
      long rev = (d & 0xffffffffL) << 32 | d >>> 32;
      if (Arrays.binarySearch(e, rev) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Number of directed edges without their reverse (0 for a closed oriented mesh). */
  public static int unmatchedEdges(TriangleMesh m) {
    long[] e = directedEdges(m);
    Arrays.sort(e);
    int n = 0;
    for (long d : e) {
      long rev = (d & 0xffffffffL) << 32 | d >>> 32;
      if (Arrays.binarySearch(e, rev) < 0) {
        n++;
      }
    }
    return n;
  }

  /** True when the faces around every used vertex form a single closed fan (call on closed oriented meshes). */
  public static boolean vertexManifold(TriangleMesh m) {
    int[] f = m.faces();
    int n = m.vertexCount();
    int[] count = new int[n + 1];
    for (int v : f) {
      count[v + 1]++;
    }
    for (int i = 0; i < n; i++) {
      count[i + 1] += count[i];
    }
    int[] fill = Arrays.copyOf(count, n);
    int[] from = new int[f.length];
    int[] to = new int[f.length];
    for (int t = 0; t < f.length; t += 3) {
      for (int q = 0; q < 3; q++) {
        int v = f[t + q];
        int slot = fill[v]++;
        from[slot] = f[t + (q + 1) % 3];
        to[slot] = f[t + (q + 2) % 3];
      }
    }
    for (int v = 0; v < n; v++) {
      int s = count[v];
      int k = count[v + 1] - s;
      if (k == 0) {
        continue;
      }
      int cur = from[s];
      int steps = 0;
      do {
        int next = -1;
        for (int i = s; i < s + k; i++) {
          if (from[i] == cur) {
            next = to[i];
            break;
          }
        }
        if (next < 0) {
          return false;
        }
        cur = next;
        steps++;
      } while (cur != from[s] && steps <= k);
      if (steps != k) {
        return false;
      }
    }
    return true;
  }

  /** V − E + F over used vertices, E counted as undirected edges. */
  public static int eulerCharacteristic(TriangleMesh m) {
    long[] e = directedEdges(m);
    for (int i = 0; i < e.length; i++) {
      long a = e[i] >>> 32;
      long b = e[i] & 0xffffffffL;
      e[i] = Math.min(a, b) << 32 | Math.max(a, b);
    }
    Arrays.sort(e);
    int edges = e.length == 0 ? 0 : 1;
    for (int i = 1; i < e.length; i++) {
      if (e[i] != e[i - 1]) {
        edges++;
      }
    }
    boolean[] used = new boolean[m.vertexCount()];
    int vertices = 0;
    for (int v : m.faces()) {
      if (!used[v]) {
        used[v] = true;
        vertices++;
      }
    }
    return vertices - edges + m.faceCount();
  }

  public static double area(TriangleMesh m) {
    float[] p = m.xyz();
    int[] f = m.faces();
    double sum = 0;
    for (int t = 0; t < f.length; t += 3) {
      double[] c = cross(p, f[t], f[t + 1], f[t + 2]);
      sum += 0.5 * Math.sqrt(c[0] * c[0] + c[1] * c[1] + c[2] * c[2]);
    }
    return sum;
  }

  /** Signed enclosed volume (positive for outward-facing triangles), by the divergence theorem. */
  public static double volume(TriangleMesh m) {
    float[] p = m.xyz();
    int[] f = m.faces();
    double sum = 0;
    for (int t = 0; t < f.length; t += 3) {
      int a = 3 * f[t];
      double[] c = cross(p, f[t], f[t + 1], f[t + 2]);
      sum += (p[a] * c[0] + p[a + 1] * c[1] + p[a + 2] * c[2]) / 6.0;
    }
    return sum;
  }

  private static double[] cross(float[] p, int ia, int ib, int ic) {
    int a = 3 * ia;
    int b = 3 * ib;
    int c = 3 * ic;
    double ux = p[b] - p[a];
    double uy = p[b + 1] - p[a + 1];
    double uz = p[b + 2] - p[a + 2];
    double vx = p[c] - p[a];
    double vy = p[c + 1] - p[a + 1];
    double vz = p[c + 2] - p[a + 2];
    return new double[] {uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx};
  }

  private static long[] directedEdges(TriangleMesh m) {
    int[] f = m.faces();
    long[] e = new long[f.length];
    for (int t = 0; t < f.length; t += 3) {
      for (int q = 0; q < 3; q++) {
        e[t + q] = (long) f[t + q] << 32 | f[t + (q + 1) % 3];
      }
    }
    return e;
  }
}
