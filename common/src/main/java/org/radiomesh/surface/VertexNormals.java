package org.radiomesh.surface;

import org.radiomesh.mesh.TriangleMesh;

/**
 * Vertex normals: unit, area-weighted averages of the incident face normals ({@link #areaWeighted}), and the sampled
 * field gradients used by {@link MarchingCubes}.
 *
 * <p>Cost: O(vertices + faces).
 */
public final class VertexNormals {
  private VertexNormals() {}

  /**
   * Unit vertex normals (3 floats per vertex), the sum of incident face cross products (so weighted by twice the face
   * area) normalised; a vertex without faces of positive area gets (0, 0, 0).
   */
  public static float[] areaWeighted(TriangleMesh mesh) {
    return unit(accumulate(mesh, null));
  }

  /** Replaces the zero entries of {@code normals} by area-weighted normals. */
  static void fillDegenerate(TriangleMesh mesh, float[] normals) {
    boolean[] zero = new boolean[normals.length / 3];
    boolean any = false;
    for (int v = 0; v < zero.length; v++) {
      zero[v] = normals[3 * v] == 0 && normals[3 * v + 1] == 0 && normals[3 * v + 2] == 0;
      any |= zero[v];
    }
    if (!any) {
      return;
    }
    float[] sum = unit(accumulate(mesh, zero));
    for (int v = 0; v < zero.length; v++) {
      if (zero[v]) {
        System.arraycopy(sum, 3 * v, normals, 3 * v, 3);
      }
    }
  }

  /** Sums, in double precision, the face cross products around each vertex (of the vertices in {@code only}). */
  private static double[] accumulate(TriangleMesh mesh, boolean[] only) {
    float[] p = mesh.xyz();
    int[] f = mesh.faces();
    double[] n = new double[p.length];
    for (int t = 0; t < f.length; t += 3) {
      int a = 3 * f[t];
      int b = 3 * f[t + 1];
      int c = 3 * f[t + 2];
      double ux = p[b] - p[a];
      double uy = p[b + 1] - p[a + 1];
      double uz = p[b + 2] - p[a + 2];
      double vx = p[c] - p[a];
      double vy = p[c + 1] - p[a + 1];
      double vz = p[c + 2] - p[a + 2];
      double cx = uy * vz - uz * vy;
      double cy = uz * vx - ux * vz;
      double cz = ux * vy - uy * vx;
      for (int q = 0; q < 3; q++) {
        int v = f[t + q];
        if (only == null || only[v]) {
          n[3 * v] += cx;
          n[3 * v + 1] += cy;
          n[3 * v + 2] += cz;
        }
      }
    }
    return n;
  }

  /** The sums as unit vectors (floats); a zero sum stays (0, 0, 0). */
  private static float[] unit(double[] n) {
    float[] out = new float[n.length];
    for (int i = 0; i < n.length; i += 3) {
      double len = Math.sqrt(n[i] * n[i] + n[i + 1] * n[i + 1] + n[i + 2] * n[i + 2]);
      if (len > 0) {
        out[i] = (float) (n[i] / len);
        out[i + 1] = (float) (n[i + 1] / len);
        out[i + 2] = (float) (n[i + 2] / len);
      }
    }
    return out;
  }

  /** Central-difference gradient at sample (x, y, z) in value per world unit; one-sided at the grid border. */
  static float[] gradient(ScalarGrid g, int x, int y, int z) {
    return new float[] {
        diff(g, x, y, z, 1, 0, 0, g.nx(), x, g.sx()),
        diff(g, x, y, z, 0, 1, 0, g.ny(), y, g.sy()),
        diff(g, x, y, z, 0, 0, 1, g.nz(), z, g.sz())};
  }

  private static float diff(ScalarGrid g, int x, int y, int z, int dx, int dy, int dz, int n, int at, double h) {
    int lo = at > 0 ? -1 : 0;
    int hi = at < n - 1 ? 1 : 0;
    if (lo == hi) {
      return 0;
    }
    float a = g.value(x + lo * dx, y + lo * dy, z + lo * dz);
    float b = g.value(x + hi * dx, y + hi * dy, z + hi * dz);
    float d = (float) ((b - a) / ((hi - lo) * h));
    return Float.isFinite(d) ? d : 0;
  }
}
