package org.radiomesh.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SurfaceSamplerTest {

  @Test
  void faceSharesAreProportionalToArea() {
    // Two disjoint triangles in z = 0 with areas 0.5 and 4.5: shares 0.1 and 0.9.
    float[] v = {0, 0, 0, 1, 0, 0, 0, 1, 0, 10, 0, 0, 13, 0, 0, 10, 3, 0};
    TriangleMesh mesh = TriangleMesh.of(v, new int[] {0, 1, 2, 3, 4, 5});
    int n = 200_000;
    PointSet s = SurfaceSampler.sample(mesh, n, 42);
    int small = 0;
    for (int i = 0; i < n; i++) {
      if (s.xyz()[3 * i] < 5) {
        small++;
      }
    }
    double sd = Math.sqrt(n * 0.1 * 0.9);
    assertThat((double) small).isCloseTo(0.1 * n, within(5 * sd));
  }

  @Test
  void samplesAreUniformWithinATriangle() {
    // On the triangle (0,0),(1,0),(0,1) the share with x + y < 1/2 is the area ratio 1/4.
    TriangleMesh mesh = TriangleMesh.of(new float[] {0, 0, 0, 1, 0, 0, 0, 1, 0}, new int[] {0, 1, 2});
    int n = 100_000;
    PointSet s = SurfaceSampler.sample(mesh, n, 7);
    int inner = 0;
    for (int i = 0; i < n; i++) {
      float x = s.xyz()[3 * i];
      float y = s.xyz()[3 * i + 1];
      assertThat(x).isBetween(0f, 1f);
      assertThat(y).isBetween(0f, 1f);
      assertThat(x + y).isLessThanOrEqualTo(1.000001f);
      if (x + y < 0.5) {
        inner++;
      }
    }
    assertThat((double) inner).isCloseTo(0.25 * n, within(5 * Math.sqrt(n * 0.25 * 0.75)));
  }

  @Test
  void samplesLieOnTheSurfaceWithFaceNormals() {
    PointSet s = SurfaceSampler.sample(TestMeshes.cube(-1, 2), 10_000, 3);
    for (int i = 0; i < s.size(); i++) {
      float[] p = {s.xyz()[3 * i], s.xyz()[3 * i + 1], s.xyz()[3 * i + 2]};
      int onFace = -1;
      for (int d = 0; d < 3; d++) {
        assertThat(p[d]).isBetween(-1f, 1f);
        if (Math.abs(Math.abs(p[d]) - 1) < 1e-6) {
          onFace = d;
        }
      }
      assertThat(onFace).as("sample %d is on a face of the cube", i).isNotNegative();
      assertThat(s.normals()[3 * i + onFace]).isEqualTo(Math.signum(p[onFace]));
    }
  }

  @Test
  void interpolatedNormalsAreUnitAndOutwardOnASphere() {
    PointSet s = SurfaceSampler.sample(TestMeshes.uvSphere(2, 16, 32), 5000, 4);
    for (int i = 0; i < s.size(); i++) {
      double nx = s.normals()[3 * i];
      double ny = s.normals()[3 * i + 1];
      double nz = s.normals()[3 * i + 2];
      assertThat(nx * nx + ny * ny + nz * nz).isCloseTo(1, within(1e-6));
      double r = Math.sqrt(s.xyz()[3 * i] * s.xyz()[3 * i] + s.xyz()[3 * i + 1] * s.xyz()[3 * i + 1]
          + s.xyz()[3 * i + 2] * s.xyz()[3 * i + 2]);
      double cos = (nx * s.xyz()[3 * i] + ny * s.xyz()[3 * i + 1] + nz * s.xyz()[3 * i + 2]) / r;
      assertThat(cos).isGreaterThan(0.98);
      assertThat(r).isBetween(1.95, 2.0001);
    }
  }

  @Test
  void deterministicBySeedAndIndependentOfThreads() {
    TriangleMesh m = TestMeshes.uvSphere(1, 10, 20);
    long seed = SampleSeeds.forMesh(0, "case-1/gt");
    PointSet a = SurfaceSampler.sample(m, 150_000, seed, true, 1);
    PointSet b = SurfaceSampler.sample(m, 150_000, seed, true, 3);
    assertThat(b).isEqualTo(a);
    assertThat(SurfaceSampler.sample(m, 1000, SampleSeeds.forMesh(0, "case-2/gt"))).isNotEqualTo(
        SurfaceSampler.sample(m, 1000, seed));
    assertThat(SurfaceSampler.sample(m, 1000, seed).xyz()).containsExactly(
        java.util.Arrays.copyOf(a.xyz(), 3000));
  }

  @Test
  void seedsMixJobSeedAndId() {
    assertThat(SampleSeeds.forMesh(0, "a")).isNotEqualTo(SampleSeeds.forMesh(1, "a"));
    assertThat(SampleSeeds.forMesh(0, "a")).isNotEqualTo(SampleSeeds.forMesh(0, "b"));
    assertThat(SampleSeeds.forMesh(0, "ab")).isNotEqualTo(SampleSeeds.forMesh(0, "ba"));
    assertThat(SampleSeeds.forMesh(5, "tooth-11")).isEqualTo(SampleSeeds.forMesh(5, "tooth-11"));
    // Nearby job seeds give unrelated streams: about half of the 64 bits differ.
    int bits = Long.bitCount(SampleSeeds.forMesh(0, "x") ^ SampleSeeds.forMesh(1, "x"));
    assertThat(bits).isBetween(16, 48);
  }

  @Test
  void rejectsSurfacesThatCannotBeSampled() {
    assertThatThrownBy(() -> SurfaceSampler.sample(TriangleMesh.pointCloud(new float[] {0, 0, 0}), 10, 0))
        .hasMessageContaining("no faces");
    TriangleMesh flat = TriangleMesh.of(new float[] {0, 0, 0, 1, 1, 1, 2, 2, 2}, new int[] {0, 1, 2});
    assertThatThrownBy(() -> SurfaceSampler.sample(flat, 10, 0)).hasMessageContaining("zero area");
    TriangleMesh nan = TriangleMesh.of(new float[] {0, 0, 0, 1, 0, 0, 0, Float.NaN, 0}, new int[] {0, 1, 2});
    assertThatThrownBy(() -> SurfaceSampler.sample(nan, 10, 0)).hasMessageContaining("face 0");
  }
}
