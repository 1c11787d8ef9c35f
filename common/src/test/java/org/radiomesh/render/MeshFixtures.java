package org.radiomesh.render;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.radiomesh.mesh.TriangleMesh;

/** Meshes built by code for the rendering tests: boxes, icospheres and subdivided planes, counter-clockwise outside. */
final class MeshFixtures {
  private MeshFixtures() {}

  /** Axis-aligned box [min, max], 12 triangles, outward counter-clockwise. */
  static TriangleMesh box(double x0, double y0, double z0, double x1, double y1, double z1) {
    float[] xyz = new float[24];
    for (int i = 0; i < 8; i++) {
      xyz[3 * i] = (float) ((i & 1) == 0 ? x0 : x1);
      xyz[3 * i + 1] = (float) ((i & 2) == 0 ? y0 : y1);
      xyz[3 * i + 2] = (float) ((i & 4) == 0 ? z0 : z1);
    }
    int[] faces = {
        0, 2, 1, 1, 2, 3, // z0 face, normal −z
        4, 5, 6, 5, 7, 6, // z1 face, normal +z
        0, 1, 4, 1, 5, 4, // y0 face, normal −y
        2, 6, 3, 3, 6, 7, // y1 face, normal +y
        0, 4, 2, 2, 4, 6, // x0 face, normal −x
        1, 3, 5, 3, 7, 5}; // x1 face, normal +x
    return TriangleMesh.of(xyz, faces);
  }

  /** Icosphere: an icosahedron subdivided {@code levels} times, vertices on the sphere (20·4^levels faces). */
  static TriangleMesh icosphere(int levels, double radius, double cx, double cy, double cz) {
    double t = (1 + Math.sqrt(5)) / 2;
    double[][] v0 = {{-1, t, 0}, {1, t, 0}, {-1, -t, 0}, {1, -t, 0}, {0, -1, t}, {0, 1, t}, {0, -1, -t}, {0, 1, -t},
        {t, 0, -1}, {t, 0, 1}, {-t, 0, -1}, {-t, 0, 1}};
    int[] f = {0, 11, 5, 0, 5, 1, 0, 1, 7, 0, 7, 10, 0, 10, 11, 1, 5, 9, 5, 11, 4, 11, 10, 2, 10, 7, 6, 7, 1, 8,
        3, 9, 4, 3, 4, 2, 3, 2, 6, 3, 6, 8, 3, 8, 9, 4, 9, 5, 2, 4, 11, 6, 2, 10, 8, 6, 7, 9, 8, 1};
    java.util.List<double[]> verts = new java.util.ArrayList<>();
    for (double[] v : v0) {
      verts.add(unit(v));
    }
    for (int l = 0; l < levels; l++) {
      Map<Long, Integer> mid = new HashMap<>();
      int[] nf = new int[f.length * 4];
      for (int i = 0; i < f.length; i += 3) {
        int a = f[i];
        int b = f[i + 1];
        int c = f[i + 2];
        int ab = midpoint(a, b, verts, mid);
        int bc = midpoint(b, c, verts, mid);
        int ca = midpoint(c, a, verts, mid);
        int[] q = {a, ab, ca, b, bc, ab, c, ca, bc, ab, bc, ca};
        System.arraycopy(q, 0, nf, i * 4, 12);
      }
      f = nf;
    }
    float[] xyz = new float[verts.size() * 3];
    for (int i = 0; i < verts.size(); i++) {
      xyz[3 * i] = (float) (cx + radius * verts.get(i)[0]);
      xyz[3 * i + 1] = (float) (cy + radius * verts.get(i)[1]);
      xyz[3 * i + 2] = (float) (cz + radius * verts.get(i)[2]);
    }
    return TriangleMesh.of(xyz, f);
  }

  /**
   * A square [x0, x0 + size] × [y0, y0 + size] at height z split into n × n cells of two triangles, normal +z; with
   * {@code jitter} > 0, interior vertices move in-plane by up to jitter × cell size (seeded).
   */
  static TriangleMesh grid(int n, double x0, double y0, double size, double z, double jitter, long seed) {
    Random rnd = new Random(seed);
    float[] xyz = new float[(n + 1) * (n + 1) * 3];
    double cell = size / n;
    for (int j = 0; j <= n; j++) {
      for (int i = 0; i <= n; i++) {
        boolean interior = i > 0 && j > 0 && i < n && j < n;
        double dx = interior ? (rnd.nextDouble() - 0.5) * jitter * cell : 0;
        double dy = interior ? (rnd.nextDouble() - 0.5) * jitter * cell : 0;
        int k = 3 * (j * (n + 1) + i);
        xyz[k] = (float) (x0 + i * cell + dx);
        xyz[k + 1] = (float) (y0 + j * cell + dy);
        xyz[k + 2] = (float) z;
      }
    }
    int[] faces = new int[n * n * 6];
    int o = 0;
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < n; i++) {
        int a = j * (n + 1) + i;
        int b = a + 1;
        int c = a + n + 1;
        int d = c + 1;
        faces[o++] = a;
        faces[o++] = b;
        faces[o++] = d;
        faces[o++] = a;
        faces[o++] = d;
        faces[o++] = c;
      }
    }
    return TriangleMesh.of(xyz, faces);
  }

  private static int midpoint(int a, int b, java.util.List<double[]> verts, Map<Long, Integer> mid) {
    long key = ((long) Math.min(a, b) << 32) | Math.max(a, b);
    return mid.computeIfAbsent(key, k -> {
      double[] p = verts.get(a);
      double[] q = verts.get(b);
      verts.add(unit(new double[] {p[0] + q[0], p[1] + q[1], p[2] + q[2]}));
      return verts.size() - 1;
    });
  }

  private static double[] unit(double[] v) {
    double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    return new double[] {v[0] / n, v[1] / n, v[2] / n};
  }

  /** A camera at the world origin looking along +z (R = I, t = 0). */
  static Camera axisCamera(double f, int width, int height) {
    return new Camera(f, f, (width - 1) / 2.0, (height - 1) / 2.0, width, height,
        new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, new double[] {0, 0, 0});
  }
}
