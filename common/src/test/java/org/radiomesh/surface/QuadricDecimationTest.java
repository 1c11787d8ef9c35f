package org.radiomesh.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.radiomesh.mesh.MeshFixtures;
import org.radiomesh.mesh.TriangleMesh;

class QuadricDecimationTest {

  /** The surface of the box [0, a] × [0, b] × [0, c] with n × n quads (2 triangles each) per face, outward. */
  static TriangleMesh subdividedBox(double a, double b, double c, int n) {
    TriangleMesh raw = subdividedBoxUnwelded(a, b, c, n);
    return weld(raw);
  }

  private static TriangleMesh subdividedBoxUnwelded(double a, double b, double c, int n) {
    float[] xyz = new float[6 * (n + 1) * (n + 1) * 3];
    int[] f = new int[6 * n * n * 6];
    int v = 0;
    int k = 0;
    // each face: origin, two in-plane axes (u × w points outward)
    double[][][] sides = {
        {{0, 0, 0}, {0, b, 0}, {a, 0, 0}}, {{0, 0, c}, {a, 0, 0}, {0, b, 0}},
        {{0, 0, 0}, {a, 0, 0}, {0, 0, c}}, {{0, b, 0}, {0, 0, c}, {a, 0, 0}},
        {{0, 0, 0}, {0, 0, c}, {0, b, 0}}, {{a, 0, 0}, {0, b, 0}, {0, 0, c}}};
    for (double[][] s : sides) {
      int base = v;
      for (int j = 0; j <= n; j++) {
        for (int i = 0; i <= n; i++) {
          for (int d = 0; d < 3; d++) {
            xyz[3 * v + d] = (float) (s[0][d] + s[1][d] * i / n + s[2][d] * j / n);
          }
          v++;
        }
      }
      for (int j = 0; j < n; j++) {
        for (int i = 0; i < n; i++) {
          int p = base + j * (n + 1) + i;
          int[] q = {p, p + 1, p + n + 2, p, p + n + 2, p + n + 1};
          System.arraycopy(q, 0, f, k, 6);
          k += 6;
        }
      }
    }
    return TriangleMesh.of(xyz, f);
  }

  /** Merges vertices with identical coordinates. */
  static TriangleMesh weld(TriangleMesh m) {
    java.util.Map<String, Integer> index = new java.util.HashMap<>();
    float[] p = m.xyz();
    int[] map = new int[m.vertexCount()];
    float[] out = new float[p.length];
    int n = 0;
    for (int v = 0; v < map.length; v++) {
      String key = p[3 * v] + "," + p[3 * v + 1] + "," + p[3 * v + 2];
      Integer at = index.get(key);
      if (at == null) {
        at = n++;
        index.put(key, at);
        System.arraycopy(p, 3 * v, out, 3 * at, 3);
      }
      map[v] = at;
    }
    int[] f = m.faces().clone();
    for (int i = 0; i < f.length; i++) {
      f[i] = map[f[i]];
    }
    return TriangleMesh.of(Arrays.copyOf(out, 3 * n), f);
  }

  private static void assertClosedManifold(TriangleMesh m, int euler) {
    assertThat(MeshChecks.closedOrientedManifold(m)).isTrue();
    assertThat(MeshChecks.vertexManifold(m)).isTrue();
    assertThat(MeshChecks.eulerCharacteristic(m)).isEqualTo(euler);
  }

  @Test
  void sphereReachesTargetStaysClosedAndNearTheSphere() {
    TriangleMesh sphere = MeshFixtures.icosphere(4, 1.0);
    assertThat(sphere.faceCount()).isEqualTo(5120);
    QuadricDecimation.Result r = QuadricDecimation.decimate(sphere, QuadricDecimation.Options.target(500));
    TriangleMesh m = r.mesh();
    assertThat(m.faceCount()).isBetween(499, 500);
    assertClosedManifold(m, 2);
    float[] p = m.xyz();
    for (int v = 0; v < m.vertexCount(); v++) {
      double radius = Math.sqrt(p[3 * v] * p[3 * v] + p[3 * v + 1] * p[3 * v + 1] + p[3 * v + 2] * p[3 * v + 2]);
      assertThat(radius).isCloseTo(1.0, within(0.02));
    }
    assertThat(MeshChecks.volume(m)).isCloseTo(MeshChecks.volume(sphere), within(0.03 * MeshChecks.volume(sphere)));
    assertThat(r.maxCost()).isPositive();
    assertThat(r.collapses()).isEqualTo((sphere.faceCount() - m.faceCount()) / 2);
  }

  @Test
  void torusKeepsItsGenus() {
    TriangleMesh torus = MarchingCubes.surface(MarchingCubesTest.torus(48, 0.1, 1.4, 0.6), 0);
    assertClosedManifold(torus, 0);
    TriangleMesh m = QuadricDecimation.decimate(torus, QuadricDecimation.Options.target(800)).mesh();
    assertThat(m.faceCount()).isLessThanOrEqualTo(800);
    assertClosedManifold(m, 0);
  }

  @Test
  void planarRegionsCostNothingAndStayOnTheBox() {
    TriangleMesh box = subdividedBox(2, 3, 1.5, 8);
    assertClosedManifold(box, 2);
    QuadricDecimation.Result r = QuadricDecimation.decimate(box, QuadricDecimation.Options.target(24));
    TriangleMesh m = r.mesh();
    assertThat(m.faceCount()).isLessThanOrEqualTo(24);
    assertClosedManifold(m, 2);
    assertThat(r.maxCost()).isLessThan(1e-9);
    float[] p = m.xyz();
    for (int v = 0; v < m.vertexCount(); v++) {
      double x = p[3 * v];
      double y = p[3 * v + 1];
      double z = p[3 * v + 2];
      assertThat(x).isBetween(-1e-5, 2 + 1e-5);
      assertThat(y).isBetween(-1e-5, 3 + 1e-5);
      assertThat(z).isBetween(-1e-5, 1.5 + 1e-5);
      double toFace = Math.min(Math.min(Math.min(Math.abs(x), Math.abs(x - 2)), Math.min(Math.abs(y), Math.abs(y - 3))),
          Math.min(Math.abs(z), Math.abs(z - 1.5)));
      assertThat(toFace).isLessThan(1e-5);
    }
    assertThat(MeshChecks.volume(m)).isCloseTo(9.0, within(1e-4));
  }

  @Test
  void openBoundaryVerticesDoNotMove() {
    TriangleMesh box = subdividedBox(1, 1, 1, 6);
    int[] f = box.faces();
    boolean[] keep = new boolean[box.faceCount()];
    for (int t = 0; t < keep.length; t++) {
      double cz = 0;
      for (int q = 0; q < 3; q++) {
        cz += box.xyz()[3 * f[3 * t + q] + 2] / 3;
      }
      keep[t] = cz < 1 - 1e-6;  // drop the top face: one open boundary loop
    }
    TriangleMesh open = MeshComponents.keepFaces(box, keep);
    int[] loopBefore = HoleFilling.boundaryLoops(open).get(0);
    TriangleMesh m = QuadricDecimation.decimate(open, QuadricDecimation.Options.target(40)).mesh();
    java.util.List<int[]> loops = HoleFilling.boundaryLoops(m);
    assertThat(loops).hasSize(1);
    assertThat(loops.get(0)).hasSameSizeAs(loopBefore);
    assertThat(MeshChecks.unmatchedEdges(m)).isEqualTo(loopBefore.length);
    java.util.Set<String> before = new java.util.HashSet<>();
    for (int v : loopBefore) {
      before.add(open.xyz()[3 * v] + "," + open.xyz()[3 * v + 1] + "," + open.xyz()[3 * v + 2]);
    }
    for (int v : loops.get(0)) {
      assertThat(before).contains(m.xyz()[3 * v] + "," + m.xyz()[3 * v + 1] + "," + m.xyz()[3 * v + 2]);
    }
  }

  @Test
  void noisySphereIsDeterministicAndKeepsLabels() {
    TriangleMesh s = MeshFixtures.icosphere(3, 1.0);
    float[] p = s.xyz().clone();
    SplittableRandom rnd = new SplittableRandom(11);
    for (int i = 0; i < p.length; i++) {
      p[i] *= (float) (1 + rnd.nextDouble(-0.01, 0.01));
    }
    int[] labels = new int[s.vertexCount()];
    for (int v = 0; v < labels.length; v++) {
      labels[v] = p[3 * v] < 0 ? 1 : 2;
    }
    TriangleMesh noisy = s.toBuilder().xyz(p).labels(labels).build();
    TriangleMesh a = QuadricDecimation.decimate(noisy, QuadricDecimation.Options.target(300)).mesh();
    TriangleMesh b = QuadricDecimation.decimate(noisy, QuadricDecimation.Options.target(300)).mesh();
    assertThat(a).isEqualTo(b);
    assertClosedManifold(a, 2);
    assertThat(a.labels()).containsOnly(1, 2);
  }

  @Test
  void costLimitStopsEarlyAndSmallMeshesAreReturnedAsTheyAre() {
    TriangleMesh sphere = MeshFixtures.icosphere(3, 1.0);
    QuadricDecimation.Result full = QuadricDecimation.decimate(sphere, QuadricDecimation.Options.target(200));
    double limit = full.maxCost() / 2;
    QuadricDecimation.Result r = QuadricDecimation.decimate(sphere, new QuadricDecimation.Options(200, limit, true));
    assertThat(r.maxCost()).isLessThanOrEqualTo(limit);
    assertThat(r.mesh().faceCount()).isGreaterThan(200).isLessThan(sphere.faceCount());
    QuadricDecimation.Result box = QuadricDecimation.decimate(subdividedBox(1, 1, 1, 6),
        new QuadricDecimation.Options(4, 1e-12, true));
    assertThat(box.mesh().faceCount()).isBetween(12, 40);
    assertClosedManifold(box.mesh(), 2);
    assertThat(QuadricDecimation.decimate(sphere, QuadricDecimation.Options.target(5000)).mesh()).isSameAs(sphere);
    assertThatThrownBy(() -> QuadricDecimation.Options.target(3)).hasMessageContaining("target face count 3");
  }
}
