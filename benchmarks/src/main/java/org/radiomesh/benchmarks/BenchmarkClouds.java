package org.radiomesh.benchmarks;

import org.radiomesh.mesh.SampleSeeds;
import org.radiomesh.mesh.SurfaceSampler;
import org.radiomesh.mesh.TriangleMesh;

/**
 * The fixed inputs of the Chamfer benchmarks: n area-uniform samples of a fine UV sphere of radius 1 (the ground
 * truth) and n samples of the same sphere stretched by 2 % along x (the prediction), seeded, so that every benchmark
 * and the SciPy side-by-side see the same points. Nearest distances are then a mix of sampling noise and a real
 * shape difference, as in an evaluation.
 */
public final class BenchmarkClouds {
  private static final int RINGS = 256;
  private static final int SEGMENTS = 512;

  private BenchmarkClouds() {}

  /** Ground-truth samples, xyz triples. */
  public static float[] groundTruth(int n) {
    return SurfaceSampler.sample(sphere(1), n, SampleSeeds.forMesh(2024, "benchmark/gt"), false, 0).xyz();
  }

  /** Prediction samples, xyz triples. */
  public static float[] prediction(int n) {
    return SurfaceSampler.sample(sphere(1.02f), n, SampleSeeds.forMesh(2024, "benchmark/pred"), false, 0).xyz();
  }

  /** A UV sphere of radius 1, stretched by {@code stretchX} along x. */
  static TriangleMesh sphere(float stretchX) {
    int n = (RINGS - 1) * SEGMENTS + 2;
    float[] v = new float[3 * n];
    int k = 0;
    for (int r = 1; r < RINGS; r++) {
      double theta = Math.PI * r / RINGS;
      for (int s = 0; s < SEGMENTS; s++) {
        double phi = 2 * Math.PI * s / SEGMENTS;
        v[k++] = (float) (stretchX * Math.sin(theta) * Math.cos(phi));
        v[k++] = (float) (Math.sin(theta) * Math.sin(phi));
        v[k++] = (float) Math.cos(theta);
      }
    }
    v[k + 2] = 1;
    v[k + 5] = -1;
    int top = n - 2;
    int bottom = n - 1;
    int[] f = new int[3 * 2 * SEGMENTS * (RINGS - 1)];
    int i = 0;
    int last = (RINGS - 2) * SEGMENTS;
    for (int s = 0; s < SEGMENTS; s++) {
      int s1 = (s + 1) % SEGMENTS;
      i = put(f, i, top, s, s1);
      i = put(f, i, bottom, last + s1, last + s);
    }
    for (int r = 0; r < RINGS - 2; r++) {
      for (int s = 0; s < SEGMENTS; s++) {
        int s1 = (s + 1) % SEGMENTS;
        int a = r * SEGMENTS + s;
        int c = (r + 1) * SEGMENTS + s;
        i = put(f, i, a, c, r * SEGMENTS + s1);
        i = put(f, i, r * SEGMENTS + s1, c, (r + 1) * SEGMENTS + s1);
      }
    }
    return TriangleMesh.of(v, f);
  }

  private static int put(int[] f, int i, int a, int b, int c) {
    f[i] = a;
    f[i + 1] = b;
    f[i + 2] = c;
    return i + 3;
  }
}
