package org.radiomesh.mesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayDeque;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MeshMeasuresTest {

  @Test
  void unitCubeHasAreaSixVolumeOneAndIsClosed() {
    MeshStats s = MeshMeasures.stats(MeshFixtures.unitCube());
    assertThat(s.surfaceArea()).isEqualTo(6.0, within(1e-12));
    assertThat(s.signedVolume()).isEqualTo(1.0, within(1e-12));
    assertThat(s.bounds()).isEqualTo(new BoundingBox(0, 0, 0, 1, 1, 1));
    assertThat(s.watertight()).isTrue();
    assertThat(s.edgeManifold()).isTrue();
    assertThat(s.componentCount()).isEqualTo(1);
    assertThat(s.degenerateFaceCount()).isZero();
    assertThat(s.edges().edgeCount()).isEqualTo(18);
    assertThat(s.vertexCount()).isEqualTo(8);
    assertThat(s.faceCount()).isEqualTo(12);
  }

  @Test
  void flippedCubeHasVolumeMinusOneAndStaysWatertight() {
    TriangleMesh flipped = MeshFixtures.flipped(MeshFixtures.unitCube());
    assertThat(MeshMeasures.signedVolume(flipped)).isEqualTo(-1.0, within(1e-12));
    assertThat(MeshMeasures.surfaceArea(flipped)).isEqualTo(6.0, within(1e-12));
    assertThat(MeshMeasures.isWatertight(flipped)).isTrue();
  }

  @Test
  void closedVolumeDoesNotDependOnPosition() {
    TriangleMesh cube = MeshFixtures.cube(120.5f, -40.25f, 300f, 2f);
    assertThat(MeshMeasures.signedVolume(cube)).isEqualTo(8.0, within(1e-9));
    assertThat(MeshMeasures.surfaceArea(cube)).isEqualTo(24.0, within(1e-9));
  }

  @Test
  void randomTetrahedraMatchDeterminantAndHeron() {
    Random rnd = new Random(7);
    for (int trial = 0; trial < 200; trial++) {
      double[][] p = new double[4][3];
      float[] v = new float[12];
      for (int i = 0; i < 12; i++) {
        v[i] = (float) (rnd.nextDouble() * 20 - 10);
        p[i / 3][i % 3] = v[i];
      }
      // Orient the faces outward whatever the sign of the determinant: volume is then |det| / 6.
      double det = det(p);
      int[] faces = det > 0 ? new int[] {0, 2, 1, 0, 1, 3, 1, 2, 3, 0, 3, 2}
          : new int[] {0, 1, 2, 0, 3, 1, 1, 3, 2, 0, 2, 3};
      TriangleMesh tet = TriangleMesh.of(v, faces);
      assertThat(MeshMeasures.signedVolume(tet)).isEqualTo(Math.abs(det) / 6, within(1e-9 * (1 + Math.abs(det))));
      double area = heron(p[0], p[1], p[2]) + heron(p[0], p[1], p[3]) + heron(p[1], p[2], p[3])
          + heron(p[0], p[2], p[3]);
      assertThat(MeshMeasures.surfaceArea(tet)).isEqualTo(area, within(1e-7 * area));
      assertThat(MeshMeasures.isWatertight(tet)).isTrue();
    }
  }

  @Test
  void cornerTetrahedronHasClosedFormMeasures() {
    TriangleMesh tet = TriangleMesh.of(new float[] {0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1},
        new int[] {0, 2, 1, 0, 1, 3, 1, 2, 3, 0, 3, 2});
    assertThat(MeshMeasures.signedVolume(tet)).isEqualTo(1.0 / 6, within(1e-12));
    assertThat(MeshMeasures.surfaceArea(tet)).isEqualTo(1.5 + Math.sqrt(3) / 2, within(1e-7));
  }

  @Test
  void icosphereApproachesSphereAreaAndVolume() {
    double r = 2.5;
    double area = 4 * Math.PI * r * r;
    double volume = 4.0 / 3 * Math.PI * r * r * r;
    double previousAreaError = Double.MAX_VALUE;
    double previousVolumeError = Double.MAX_VALUE;
    for (int level = 1; level <= 5; level++) {
      TriangleMesh sphere = MeshFixtures.icosphere(level, r);
      MeshStats s = MeshMeasures.stats(sphere);
      double areaError = Math.abs(s.surfaceArea() - area) / area;
      double volumeError = Math.abs(s.signedVolume() - volume) / volume;
      assertThat(s.surfaceArea()).isLessThan(area);
      assertThat(s.signedVolume()).isPositive().isLessThan(volume);
      assertThat(areaError).isLessThan(previousAreaError / 3);
      assertThat(volumeError).isLessThan(previousVolumeError / 3);
      assertThat(s.watertight()).isTrue();
      assertThat(s.componentCount()).isEqualTo(1);
      assertThat(s.degenerateFaceCount()).isZero();
      previousAreaError = areaError;
      previousVolumeError = volumeError;
    }
    assertThat(previousAreaError).isLessThan(1e-3);
    assertThat(previousVolumeError).isLessThan(2e-3);
  }

  @Test
  void twoDisjointCubesAreTwoComponents() {
    TriangleMesh two = MeshFixtures.union(MeshFixtures.unitCube(), MeshFixtures.cube(5, 0, 0, 1));
    MeshStats s = MeshMeasures.stats(two);
    assertThat(s.componentCount()).isEqualTo(2);
    assertThat(s.watertight()).isTrue();
    assertThat(s.signedVolume()).isEqualTo(2.0, within(1e-12));
  }

  @Test
  void cubeWithoutOneFaceIsManifoldButOpen() {
    MeshStats s = MeshMeasures.stats(MeshFixtures.withoutFace(MeshFixtures.unitCube(), 4));
    assertThat(s.watertight()).isFalse();
    assertThat(s.edgeManifold()).isTrue();
    assertThat(s.edges().boundaryEdgeCount()).isEqualTo(3);
  }

  @Test
  void oneFlippedFaceBreaksOrientation() {
    TriangleMesh cube = MeshFixtures.unitCube();
    int[] f = cube.faces().clone();
    int t = f[1];
    f[1] = f[2];
    f[2] = t;
    MeshStats s = MeshMeasures.stats(TriangleMesh.of(cube.xyz(), f));
    assertThat(s.edges().misorientedEdgeCount()).isEqualTo(3);
    assertThat(s.edgeManifold()).isTrue();
    assertThat(s.watertight()).isFalse();
  }

  @Test
  void threeFacesOnOneEdgeAreNotManifold() {
    float[] v = {0, 0, 0, 1, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 1};
    TriangleMesh fin = TriangleMesh.of(v, new int[] {0, 1, 2, 1, 0, 3, 0, 1, 4});
    MeshStats s = MeshMeasures.stats(fin);
    assertThat(s.edgeManifold()).isFalse();
    assertThat(s.watertight()).isFalse();
    assertThat(s.edges().nonManifoldEdgeCount()).isEqualTo(1);
    assertThat(s.componentCount()).isEqualTo(1);
  }

  @Test
  void degenerateFacesAreRepeatedIndicesOrZeroArea() {
    float[] v = {0, 0, 0, 1, 0, 0, 2, 0, 0, 0, 1, 0, 1e-3f, 1e-3f, 0};
    int[] f = {
        0, 1, 3, // proper
        0, 0, 3, // repeated index
        0, 1, 2, // collinear
        0, 1, 4, // small but not zero
        3, 3, 3, // all repeated
    };
    assertThat(MeshMeasures.degenerateFaceCount(TriangleMesh.of(v, f))).isEqualTo(3);
  }

  @Test
  void pointCloudHasNoComponentsAndIsNotWatertight() {
    TriangleMesh cloud = TriangleMesh.pointCloud(new float[] {0, 0, 0, 1, 2, 3, -1, 5, 2});
    MeshStats s = MeshMeasures.stats(cloud);
    assertThat(s.componentCount()).isZero();
    assertThat(s.unreferencedVertexCount()).isEqualTo(3);
    assertThat(s.watertight()).isFalse();
    assertThat(s.edgeManifold()).isTrue();
    assertThat(s.surfaceArea()).isZero();
    assertThat(s.bounds()).isEqualTo(new BoundingBox(-1, 0, 0, 1, 5, 3));
  }

  @Test
  void emptyMeshHasEmptyBounds() {
    MeshStats s = MeshMeasures.stats(TriangleMesh.pointCloud(new float[0]));
    assertThat(s.bounds().isEmpty()).isTrue();
    assertThat(s.vertexCount()).isZero();
  }

  @Test
  void componentsMatchBreadthFirstSearchOnRandomMeshes() {
    for (long seed = 0; seed < 30; seed++) {
      TriangleMesh m = MeshFixtures.random(seed, 60, 5 + (int) seed * 2, false, false, false, false);
      assertThat(MeshMeasures.componentCount(m)).as("seed %d", seed).isEqualTo(bruteComponents(m));
    }
  }

  /** Faces are nodes, linked when they share a vertex; O(F²). */
  private static int bruteComponents(TriangleMesh m) {
    int n = m.faceCount();
    int[] f = m.faces();
    boolean[] seen = new boolean[n];
    int components = 0;
    for (int s = 0; s < n; s++) {
      if (seen[s]) {
        continue;
      }
      components++;
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      queue.add(s);
      seen[s] = true;
      while (!queue.isEmpty()) {
        int a = queue.poll();
        for (int b = 0; b < n; b++) {
          if (!seen[b] && shareVertex(f, a, b)) {
            seen[b] = true;
            queue.add(b);
          }
        }
      }
    }
    return components;
  }

  private static boolean shareVertex(int[] f, int a, int b) {
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        if (f[3 * a + i] == f[3 * b + j]) {
          return true;
        }
      }
    }
    return false;
  }

  private static double det(double[][] p) {
    double[] a = sub(p[1], p[0]);
    double[] b = sub(p[2], p[0]);
    double[] c = sub(p[3], p[0]);
    return a[0] * (b[1] * c[2] - b[2] * c[1]) - a[1] * (b[0] * c[2] - b[2] * c[0]) + a[2] * (b[0] * c[1] - b[1] * c[0]);
  }

  private static double heron(double[] a, double[] b, double[] c) {
    double x = len(sub(a, b));
    double y = len(sub(b, c));
    double z = len(sub(c, a));
    double s = (x + y + z) / 2;
    return Math.sqrt(Math.max(0, s * (s - x) * (s - y) * (s - z)));
  }

  private static double[] sub(double[] a, double[] b) {
    return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
  }

  private static double len(double[] a) {
    return Math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2]);
  }
}
