package org.radiomesh.mesh;

import java.util.SplittableRandom;

/** Meshes and point clouds generated in code for tests: cube, UV sphere, random clouds. */
public final class TestMeshes {
  private TestMeshes() {}

  /** The axis-aligned cube [lo, lo + size]³, 8 vertices, 12 outward-facing triangles. */
  public static TriangleMesh cube(float lo, float size) {
    float h = lo + size;
    float[] v = {lo, lo, lo, h, lo, lo, h, h, lo, lo, h, lo, lo, lo, h, h, lo, h, h, h, h, lo, h, h};
    int[] f = {0, 2, 1, 0, 3, 2, 4, 5, 6, 4, 6, 7, 0, 1, 5, 0, 5, 4, 2, 3, 7, 2, 7, 6, 1, 2, 6, 1, 6, 5, 0, 4, 7, 0, 7,
        3};
    return TriangleMesh.of(v, f);
  }

  /** The unit cube [0, 1]³. */
  public static TriangleMesh unitCube() {
    return cube(0, 1);
  }

  /** A UV sphere of the given radius at the origin, with outward unit vertex normals. */
  public static TriangleMesh uvSphere(float radius, int rings, int segments) {
    int n = (rings - 1) * segments + 2;
    float[] v = new float[3 * n];
    float[] normals = new float[3 * n];
    int k = 0;
    for (int r = 1; r < rings; r++) {
      double theta = Math.PI * r / rings;
      for (int s = 0; s < segments; s++) {
        double phi = 2 * Math.PI * s / segments;
        put(v, normals, k++, Math.sin(theta) * Math.cos(phi), Math.sin(theta) * Math.sin(phi), Math.cos(theta),
            radius);
      }
    }
    int top = k;
    put(v, normals, k++, 0, 0, 1, radius);
    int bottom = k;
    put(v, normals, k, 0, 0, -1, radius);
    int[] f = new int[3 * (2 * segments * (rings - 1))];
    int i = 0;
    for (int s = 0; s < segments; s++) {
      int s1 = (s + 1) % segments;
      f[i++] = top;
      f[i++] = s;
      f[i++] = s1;
      int last = (rings - 2) * segments;
      f[i++] = bottom;
      f[i++] = last + s1;
      f[i++] = last + s;
    }
    for (int r = 0; r < rings - 2; r++) {
      for (int s = 0; s < segments; s++) {
        int s1 = (s + 1) % segments;
        int a = r * segments + s;
        int b = r * segments + s1;
        int c = (r + 1) * segments + s;
        int d = (r + 1) * segments + s1;
        f[i++] = a;
        f[i++] = c;
        f[i++] = b;
        f[i++] = b;
        f[i++] = c;
        f[i++] = d;
      }
    }
    return TriangleMesh.builder().xyz(v).faces(f).normals(normals).build();
  }

  private static void put(float[] v, float[] n, int k, double x, double y, double z, float radius) {
    n[3 * k] = (float) x;
    n[3 * k + 1] = (float) y;
    n[3 * k + 2] = (float) z;
    v[3 * k] = (float) (radius * x);
    v[3 * k + 1] = (float) (radius * y);
    v[3 * k + 2] = (float) (radius * z);
  }

  /** n points uniform in [lo, hi)³. */
  public static float[] uniformCloud(int n, long seed, float lo, float hi) {
    SplittableRandom r = new SplittableRandom(seed);
    float[] p = new float[3 * n];
    for (int i = 0; i < p.length; i++) {
      p[i] = (float) (lo + (hi - lo) * r.nextDouble());
    }
    return p;
  }

  /** n points in {@code blobs} Gaussian blobs of standard deviation sigma, centres uniform in [0, 1)³. */
  public static float[] clusteredCloud(int n, long seed, int blobs, double sigma) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] centres = new double[3 * blobs];
    for (int i = 0; i < centres.length; i++) {
      centres[i] = r.nextDouble();
    }
    float[] p = new float[3 * n];
    for (int i = 0; i < n; i++) {
      int b = r.nextInt(blobs);
      for (int d = 0; d < 3; d++) {
        p[3 * i + d] = (float) (centres[3 * b + d] + sigma * gaussian(r));
      }
    }
    return p;
  }

  /** A standard normal draw (Box-Muller). */
  public static double gaussian(SplittableRandom r) {
    double u = 1 - r.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
  }
}
