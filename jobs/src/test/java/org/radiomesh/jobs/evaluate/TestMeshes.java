package org.radiomesh.jobs.evaluate;

import org.radiomesh.mesh.TriangleMesh;

/** Small closed meshes built in code for the evaluation tests. */
final class TestMeshes {
  private TestMeshes() {}

  /** An axis-aligned box [x0, x0+sx] × [y0, y0+sy] × [z0, z0+sz], outward winding. */
  static TriangleMesh box(float x0, float y0, float z0, float sx, float sy, float sz) {
    float[] v = new float[24];
    for (int i = 0; i < 8; i++) {
      v[3 * i] = x0 + ((i & 1) != 0 ? sx : 0);
      v[3 * i + 1] = y0 + ((i & 2) != 0 ? sy : 0);
      v[3 * i + 2] = z0 + ((i & 4) != 0 ? sz : 0);
    }
    int[] f = {
        0, 2, 1, 1, 2, 3, // z = z0, normal -z
        4, 5, 6, 5, 7, 6, // z = z0+sz, normal +z
        0, 1, 4, 1, 5, 4, // y = y0, normal -y
        2, 6, 3, 3, 6, 7, // y = y0+sy, normal +y
        0, 4, 2, 2, 4, 6, // x = x0, normal -x
        1, 3, 5, 3, 7, 5}; // x = x0+sx, normal +x
    return TriangleMesh.of(v, f);
  }

  /** A UV sphere of radius r centred at c, with {@code rings} × {@code segments} quads. */
  static TriangleMesh sphere(float cx, float cy, float cz, float r, int rings, int segments) {
    int n = (rings - 1) * segments + 2;
    float[] v = new float[3 * n];
    v[0] = cx;
    v[1] = cy;
    v[2] = cz + r;
    int k = 1;
    for (int i = 1; i < rings; i++) {
      double theta = Math.PI * i / rings;
      for (int j = 0; j < segments; j++) {
        double phi = 2 * Math.PI * j / segments;
        v[3 * k] = (float) (cx + r * Math.sin(theta) * Math.cos(phi));
        v[3 * k + 1] = (float) (cy + r * Math.sin(theta) * Math.sin(phi));
        v[3 * k + 2] = (float) (cz + r * Math.cos(theta));
        k++;
      }
    }
    v[3 * k] = cx;
    v[3 * k + 1] = cy;
    v[3 * k + 2] = cz - r;
    int south = k;
    java.util.List<Integer> f = new java.util.ArrayList<>();
    for (int j = 0; j < segments; j++) {
      int a = 1 + j;
      int b = 1 + (j + 1) % segments;
      f.addAll(java.util.List.of(0, a, b));
    }
    for (int i = 0; i < rings - 2; i++) {
      for (int j = 0; j < segments; j++) {
        int a = 1 + i * segments + j;
        int b = 1 + i * segments + (j + 1) % segments;
        int c = a + segments;
        int d = b + segments;
        f.addAll(java.util.List.of(a, c, b, b, c, d));
      }
    }
    int last = 1 + (rings - 2) * segments;
    for (int j = 0; j < segments; j++) {
      int a = last + j;
      int b = last + (j + 1) % segments;
      f.addAll(java.util.List.of(south, b, a));
    }
    return TriangleMesh.of(v, f.stream().mapToInt(Integer::intValue).toArray());
  }
}
