package org.radiomesh.spatial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.radiomesh.mesh.TestMeshes;
import org.radiomesh.mesh.TriangleMesh;

class TriangleBvhTest {

  private static double bruteForce(float[] xyz, int[] faces, float x, float y, float z) {
    float[] tri = new float[9];
    double best = Double.POSITIVE_INFINITY;
    for (int f = 0; f < faces.length / 3; f++) {
      for (int k = 0; k < 3; k++) {
        System.arraycopy(xyz, 3 * faces[3 * f + k], tri, 3 * k, 3);
      }
      best = Math.min(best, ClosestPointOnTriangle.distanceSquared(x, y, z, tri, 0, null));
    }
    return best;
  }

  private static void assertMatchesBruteForce(TriangleMesh mesh, float[] q, int threads) {
    TriangleBvh bvh = TriangleBvh.build(mesh.xyz(), mesh.faces(), threads);
    int n = q.length / 3;
    double[] d2 = new double[n];
    int[] face = new int[n];
    float[] points = new float[3 * n];
    bvh.closest(q, 0, n, d2, face, points, 0);
    for (int i = 0; i < n; i++) {
      double expected = bruteForce(mesh.xyz(), mesh.faces(), q[3 * i], q[3 * i + 1], q[3 * i + 2]);
      assertThat(d2[i]).as("query %d", i).isEqualTo(expected);
      double dx = q[3 * i] - points[3 * i];
      double dy = q[3 * i + 1] - points[3 * i + 1];
      double dz = q[3 * i + 2] - points[3 * i + 2];
      assertThat(dx * dx + dy * dy + dz * dz).isCloseTo(expected, within(1e-6));
    }
  }

  @Test
  void sphereMatchesBruteForce() {
    TriangleMesh sphere = TestMeshes.uvSphere(1, 24, 48);
    assertMatchesBruteForce(sphere, TestMeshes.uniformCloud(1500, 1, -1.5f, 1.5f), 1);
    assertMatchesBruteForce(sphere, TestMeshes.uniformCloud(1500, 2, -0.2f, 0.2f), 2);
  }

  @Test
  void batchOnSeveralThreadsEqualsOneThread() {
    TriangleMesh sphere = TestMeshes.uvSphere(1, 16, 32);
    float[] q = TestMeshes.uniformCloud(3 * NeighbourIndex.BLOCK + 17, 6, -1.2f, 1.2f);
    int n = q.length / 3;
    TriangleBvh one = TriangleBvh.build(sphere.xyz(), sphere.faces(), 1);
    TriangleBvh three = TriangleBvh.build(sphere.xyz(), sphere.faces(), 3);
    double[] d1 = new double[n];
    int[] f1 = new int[n];
    double[] d3 = new double[n];
    int[] f3 = new int[n];
    one.nearest(q, d1, f1, 1);
    three.nearest(q, d3, f3, 3);
    assertThat(d3).containsExactly(d1);
    assertThat(f3).containsExactly(f1);
  }

  @Test
  void randomTriangleSoupMatchesBruteForce() {
    SplittableRandom r = new SplittableRandom(3);
    int faces = 2000;
    float[] v = TestMeshes.uniformCloud(3 * faces, 4, 0, 1);
    int[] f = new int[3 * faces];
    for (int i = 0; i < f.length; i++) {
      f[i] = r.nextInt(3 * faces);
    }
    assertMatchesBruteForce(TriangleMesh.of(v, f), TestMeshes.uniformCloud(2000, 5, -0.2f, 1.2f), 1);
  }

  @Test
  void degenerateTrianglesAreSegments() {
    float[] v = {0, 0, 0, 1, 0, 0, 2, 0, 0, 5, 5, 5};
    int[] f = {0, 1, 2, 3, 3, 3};
    TriangleBvh bvh = TriangleBvh.build(v, f, 1);
    TriangleBvh.SurfacePoint s = bvh.closest(1.5f, 2, 0);
    assertThat(s.face()).isEqualTo(0);
    assertThat(s.distanceSquared()).isEqualTo(4.0);
    assertThat(s.x()).isEqualTo(1.5);
    TriangleBvh.SurfacePoint p = bvh.closest(5, 5, 6);
    assertThat(p.face()).isEqualTo(1);
    assertThat(p.distanceSquared()).isEqualTo(1.0);
  }

  @Test
  void closestPointRegions() {
    float[] tri = {0, 0, 0, 1, 0, 0, 0, 1, 0};
    double[] c = new double[3];
    assertThat(ClosestPointOnTriangle.distanceSquared(0.25, 0.25, 2, tri, 0, c)).isEqualTo(4.0);
    assertThat(c).containsExactly(0.25, 0.25, 0.0);
    assertThat(ClosestPointOnTriangle.distanceSquared(-1, -1, 0, tri, 0, c)).isEqualTo(2.0);
    assertThat(c).containsExactly(0.0, 0.0, 0.0);
    assertThat(ClosestPointOnTriangle.distanceSquared(0.5, -2, 0, tri, 0, c)).isEqualTo(4.0);
    assertThat(c).containsExactly(0.5, 0.0, 0.0);
    assertThat(ClosestPointOnTriangle.distanceSquared(1, 1, 0, tri, 0, c)).isEqualTo(0.5);
    assertThat(c).containsExactly(0.5, 0.5, 0.0);
    assertThat(ClosestPointOnTriangle.distanceSquared(3, 0, 0, tri, 0, c)).isEqualTo(4.0);
    assertThat(c).containsExactly(1.0, 0.0, 0.0);
  }
}
