package org.radiomesh.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.radiomesh.mesh.MeshFixtures;
import org.radiomesh.mesh.TriangleMesh;

class HoleFillingTest {

  /** The mesh without the faces that use vertex v (its fan), and the number removed. */
  private static TriangleMesh withoutFan(TriangleMesh m, int v) {
    int[] f = m.faces();
    boolean[] keep = new boolean[m.faceCount()];
    for (int t = 0; t < keep.length; t++) {
      keep[t] = f[3 * t] != v && f[3 * t + 1] != v && f[3 * t + 2] != v;
    }
    return TriangleMesh.of(m.xyz(), pick(f, keep));
  }

  private static int[] pick(int[] f, boolean[] keep) {
    int n = 0;
    for (boolean k : keep) {
      n += k ? 1 : 0;
    }
    int[] out = new int[3 * n];
    for (int t = 0, k = 0; t < keep.length; t++) {
      if (keep[t]) {
        System.arraycopy(f, 3 * t, out, k, 3);
        k += 3;
      }
    }
    return out;
  }

  /** The sphere without the faces whose centroid has z above {@code height}. */
  private static TriangleMesh capRemoved(TriangleMesh m, double height) {
    int[] f = m.faces();
    float[] p = m.xyz();
    boolean[] keep = new boolean[m.faceCount()];
    for (int t = 0; t < keep.length; t++) {
      double z = (p[3 * f[3 * t] + 2] + p[3 * f[3 * t + 1] + 2] + p[3 * f[3 * t + 2] + 2]) / 3;
      keep[t] = z < height;
    }
    return TriangleMesh.of(p, pick(f, keep));
  }

  @Test
  void closesTheHoleOfARemovedFan() {
    TriangleMesh sphere = MeshFixtures.icosphere(3, 1.0);
    TriangleMesh open = withoutFan(sphere, 0);
    int removed = sphere.faceCount() - open.faceCount();
    assertThat(removed).isEqualTo(5);  // icosahedron vertices have valence 5
    assertThat(MeshChecks.closedOrientedManifold(open)).isFalse();
    HoleFilling.Result r = HoleFilling.fill(open, 0);
    assertThat(r.filled()).isEqualTo(1);
    assertThat(r.mesh().faceCount()).isEqualTo(open.faceCount() + removed - 2);  // a pentagon takes 3 triangles
    assertThat(MeshChecks.closedOrientedManifold(r.mesh())).isTrue();
    assertThat(MeshChecks.eulerCharacteristic(r.mesh())).isEqualTo(2);
    assertThat(MeshChecks.volume(r.mesh())).isPositive().isLessThan(MeshChecks.volume(sphere));
  }

  @Test
  void closesALargeHoleWithAPlausibleVolume() {
    TriangleMesh sphere = MeshFixtures.icosphere(4, 1.0);
    double h = 0.3;
    TriangleMesh open = capRemoved(sphere, 1 - h);
    assertThat(HoleFilling.boundaryLoops(open)).hasSize(1);
    HoleFilling.Result r = HoleFilling.fill(open, 0);
    TriangleMesh closed = r.mesh();
    assertThat(MeshChecks.closedOrientedManifold(closed)).isTrue();
    assertThat(MeshChecks.vertexManifold(closed)).isTrue();
    double full = MeshChecks.volume(sphere);
    double cap = Math.PI * h * h * (3 - h) / 3;  // spherical cap of height h on the unit sphere
    assertThat(MeshChecks.volume(closed)).isCloseTo(full - cap, within(0.25 * cap));
  }

  @Test
  void respectsTheSizeLimitAndLeavesClosedMeshesAlone() {
    TriangleMesh sphere = MeshFixtures.icosphere(4, 1.0);
    int low = 0;
    while (sphere.xyz()[3 * low + 2] > -0.5) {
      low++;
    }
    TriangleMesh open = withoutFan(capRemoved(sphere, 0.7), low);
    assertThat(HoleFilling.boundaryLoops(open)).hasSize(2);
    HoleFilling.Result r = HoleFilling.fill(open, 10);
    assertThat(r.filled()).isEqualTo(1);
    assertThat(r.skipped()).isEqualTo(1);
    assertThat(HoleFilling.boundaryLoops(r.mesh())).hasSize(1);
    HoleFilling.Result same = HoleFilling.fill(sphere, 0);
    assertThat(same.mesh()).isSameAs(sphere);
    assertThat(same.filled()).isZero();
  }

  @Test
  void aRemovedFaceBecomesOneTriangle() {
    TriangleMesh cube = MeshFixtures.unitCube();
    TriangleMesh open = MeshFixtures.withoutFace(cube, 4);
    HoleFilling.Result r = HoleFilling.fill(open, 0);
    assertThat(r.mesh().faceCount()).isEqualTo(12);
    assertThat(MeshChecks.closedOrientedManifold(r.mesh())).isTrue();
    assertThat(MeshChecks.volume(r.mesh())).isCloseTo(1.0, within(1e-6));
  }
}
