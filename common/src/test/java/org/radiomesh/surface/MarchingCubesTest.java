package org.radiomesh.surface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.radiomesh.mesh.EdgeTopology;
import org.radiomesh.mesh.MeshMeasures;
import org.radiomesh.mesh.TriangleMesh;

class MarchingCubesTest {

  /** Sphere of radius r centred in an n³ grid of spacing h: value r − distance (positive inside). */
  static ScalarGrid sphere(int n, double h, double r) {
    float[] v = new float[n * n * n];
    double c = (n - 1) * h / 2;
    for (int z = 0, i = 0; z < n; z++) {
      for (int y = 0; y < n; y++) {
        for (int x = 0; x < n; x++, i++) {
          double dx = x * h - c;
          double dy = y * h - c;
          double dz = z * h - c;
          v[i] = (float) (r - Math.sqrt(dx * dx + dy * dy + dz * dz));
        }
      }
    }
    return ScalarGrid.of(v, n, n, n, h, new double[] {-c, -c, -c});
  }

  /** Torus of radii R (ring) and r (tube) about the z axis, centred: value r − distance to the ring. */
  static ScalarGrid torus(int n, double h, double big, double small) {
    float[] v = new float[n * n * n];
    double c = (n - 1) * h / 2;
    for (int z = 0, i = 0; z < n; z++) {
      for (int y = 0; y < n; y++) {
        for (int x = 0; x < n; x++, i++) {
          double dx = x * h - c;
          double dy = y * h - c;
          double dz = z * h - c;
          double q = Math.sqrt(dx * dx + dy * dy) - big;
          v[i] = (float) (small - Math.sqrt(q * q + dz * dz));
        }
      }
    }
    return ScalarGrid.of(v, n, n, n, h, new double[] {-c, -c, -c});
  }

  /** A smooth random field: a sum of random cosine waves. */
  static ScalarGrid smoothRandom(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int waves = 6;
    double[][] w = new double[waves][5];
    for (double[] wave : w) {
      for (int k = 0; k < 3; k++) {
        wave[k] = rnd.nextDouble(-0.6, 0.6);
      }
      wave[3] = rnd.nextDouble(0, 2 * Math.PI);
      wave[4] = rnd.nextDouble(0.3, 1);
    }
    float[] v = new float[n * n * n];
    for (int z = 0, i = 0; z < n; z++) {
      for (int y = 0; y < n; y++) {
        for (int x = 0; x < n; x++, i++) {
          double s = 0;
          for (double[] wave : w) {
            s += wave[4] * Math.cos(wave[0] * x + wave[1] * y + wave[2] * z + wave[3]);
          }
          v[i] = (float) s;
        }
      }
    }
    return ScalarGrid.unit(v, n, n, n);
  }

  @ParameterizedTest
  @ValueSource(ints = {12, 24, 48})
  void sphereAreaAndVolumeConvergeToAnalyticValues(int cellsPerRadius) {
    double r = 1.0;
    double h = r / cellsPerRadius;
    int n = 2 * cellsPerRadius + 5;
    TriangleMesh m = MarchingCubes.surface(sphere(n, h, r), 0);
    double area = 4 * Math.PI * r * r;
    double volume = 4 * Math.PI * r * r * r / 3;
    // Piecewise-linear error is O(h²/r²): tolerance (h/r)², about twice the observed constant.
    double tol = 1.0 / (cellsPerRadius * cellsPerRadius);
    assertThat(MeshChecks.area(m) / area).isCloseTo(1, within(tol));
    assertThat(MeshChecks.volume(m) / volume).isCloseTo(1, within(tol));
    assertThat(MeshChecks.closedOrientedManifold(m)).isTrue();
    assertThat(MeshChecks.eulerCharacteristic(m)).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(ints = {8, 16, 32})
  void torusAreaVolumeAndGenus(int cellsPerTube) {
    double big = 2;
    double small = 0.7;
    double h = small / cellsPerTube;
    int n = (int) Math.ceil(2 * (big + small) / h) + 5;
    TriangleMesh m = MarchingCubes.surface(torus(n, h, big, small), 0);
    double tol = 1.0 / (cellsPerTube * cellsPerTube);
    assertThat(MeshChecks.area(m) / (4 * Math.PI * Math.PI * big * small)).isCloseTo(1, within(tol));
    assertThat(MeshChecks.volume(m) / (2 * Math.PI * Math.PI * big * small * small)).isCloseTo(1, within(tol));
    assertThat(MeshChecks.closedOrientedManifold(m)).isTrue();
    assertThat(MeshChecks.eulerCharacteristic(m)).isEqualTo(0);
  }

  @Test
  void smoothRandomFieldsGiveClosedOrientedManifolds() {
    for (long seed = 0; seed < 20; seed++) {
      ScalarGrid g = smoothRandom(30, seed);
      double iso = new SplittableRandom(seed + 1000).nextDouble(-1, 1);
      TriangleMesh m = MarchingCubes.surface(g, iso);
      assertThat(m.faceCount()).as("seed %d", seed).isPositive();
      assertThat(MeshChecks.closedOrientedManifold(m)).as("seed %d", seed).isTrue();
      assertThat(MeshChecks.vertexManifold(m)).as("seed %d", seed).isTrue();
      assertThat(MeshChecks.volume(m)).as("seed %d", seed).isPositive();
    }
  }

  @Test
  void whiteNoiseHitsEveryCaseAndStaysClosed() {
    // Independent samples exercise all 256 configurations and every ambiguous-face resolution many times.
    for (long seed = 0; seed < 20; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 16;
      float[] v = new float[n * n * n];
      for (int i = 0; i < v.length; i++) {
        v[i] = (float) rnd.nextDouble(-1, 1);
      }
      TriangleMesh m = MarchingCubes.surface(ScalarGrid.unit(v, n, n, n), 0);
      assertThat(MeshChecks.closedOrientedManifold(m)).as("seed %d", seed).isTrue();
      assertThat(MeshChecks.vertexManifold(m)).as("seed %d", seed).isTrue();
      // The shared mesh measures agree.
      assertThat(EdgeTopology.of(m).isWatertight()).as("seed %d", seed).isTrue();
      assertThat(MeshMeasures.signedVolume(m)).isCloseTo(MeshChecks.volume(m), within(1e-6 * MeshChecks.volume(m)));
    }
  }

  @Test
  void everySingleCubeConfigurationIsClosed() {
    SplittableRandom rnd = new SplittableRandom(7);
    for (int c = 1; c < 256; c++) {
      for (int trial = 0; trial < 8; trial++) {
        float[] v = new float[8];
        for (int corner = 0; corner < 8; corner++) {
          int[] o = MarchingCubesTable.CORNER[corner];
          double mag = rnd.nextDouble(0.05, 1);
          v[o[0] + 2 * (o[1] + 2 * o[2])] = (float) (((c >> corner) & 1) != 0 ? mag : -mag);
        }
        TriangleMesh m = MarchingCubes.surface(ScalarGrid.unit(v, 2, 2, 2), 0);
        assertThat(MeshChecks.closedOrientedManifold(m)).as("case %d", c).isTrue();
        assertThat(MeshChecks.volume(m)).as("case %d", c).isPositive();
      }
    }
  }

  @Test
  void verticesLieOnGridEdgesAtTheLinearCrossing() {
    ScalarGrid g = smoothRandom(20, 3);
    TriangleMesh m = new MarchingCubes(MarchingCubes.Options.builder().closeBorders(false).build()).extract(g, 0.1);
    float[] p = m.xyz();
    for (int v = 0; v < m.vertexCount(); v++) {
      double x = p[3 * v];
      double y = p[3 * v + 1];
      double z = p[3 * v + 2];
      int x0 = (int) Math.floor(x);
      int y0 = (int) Math.floor(y);
      int z0 = (int) Math.floor(z);
      double fx = x - x0;
      double fy = y - y0;
      double fz = z - z0;
      int fractional = (fx > 1e-6 ? 1 : 0) + (fy > 1e-6 ? 1 : 0) + (fz > 1e-6 ? 1 : 0);
      assertThat(fractional).isLessThanOrEqualTo(1);
      double a = g.value(x0, y0, z0);
      double b = fx > 1e-6 ? g.value(x0 + 1, y0, z0) : fy > 1e-6 ? g.value(x0, y0 + 1, z0)
          : fz > 1e-6 ? g.value(x0, y0, z0 + 1) : a;
      double t = Math.max(fx, Math.max(fy, fz));
      assertThat(a + t * (b - a)).isCloseTo(0.1, within(1e-4));
    }
  }

  @Test
  void bordersAreClosedOnlyWhenAsked() {
    ScalarGrid g = sphere(20, 1, 12); // radius larger than the half-width: the sphere is cut by all six faces
    TriangleMesh closed = MarchingCubes.surface(g, 0);
    TriangleMesh open = new MarchingCubes(MarchingCubes.Options.builder().closeBorders(false).build()).extract(g, 0);
    assertThat(MeshChecks.closedOrientedManifold(closed)).isTrue();
    assertThat(MeshChecks.eulerCharacteristic(closed)).isEqualTo(2);
    assertThat(MeshChecks.unmatchedEdges(open)).isPositive();
    // Closed volume = the ball clipped to the grid box [-9.5, 9.5]³, between the inscribed box and the ball.
    assertThat(MeshChecks.volume(closed)).isLessThan(19.0 * 19 * 19).isGreaterThan(0.8 * 19 * 19 * 19);
  }

  @Test
  void gradientNormalsPointOutward() {
    TriangleMesh m = new MarchingCubes(MarchingCubes.Options.builder().normals(true).build())
        .extract(sphere(30, 0.1, 1), 0);
    float[] p = m.xyz();
    float[] n = m.normals();
    for (int v = 0; v < m.vertexCount(); v++) {
      double r = Math.sqrt(p[3 * v] * p[3 * v] + p[3 * v + 1] * p[3 * v + 1] + p[3 * v + 2] * p[3 * v + 2]);
      double dot = (p[3 * v] * n[3 * v] + p[3 * v + 1] * n[3 * v + 1] + p[3 * v + 2] * n[3 * v + 2]) / r;
      assertThat(dot).isGreaterThan(0.99);
    }
  }

  @Test
  void labelsComeFromTheNearerOrTheInsideEnd() {
    // Two samples along x: inside (0.9, label 5) and outside (−0.1, label 9): the crossing is at t = 0.9.
    float[] v = {0.9f, -0.1f};
    int[] labels = {5, 9};
    ScalarGrid g = ScalarGrid.unit(v, 2, 1, 1);
    TriangleMesh nearest = new MarchingCubes(MarchingCubes.Options.defaults()).extract(g, labels, 0);
    TriangleMesh inside = new MarchingCubes(MarchingCubes.Options.builder()
        .labelRule(MarchingCubes.LabelRule.INSIDE).build()).extract(g, labels, 0);
    float[] p = nearest.xyz();
    for (int i = 0; i < nearest.vertexCount(); i++) {
      boolean onCrossing = Math.abs(p[3 * i] - 0.9f) < 1e-6 && p[3 * i + 1] == 0 && p[3 * i + 2] == 0;
      if (onCrossing) {
        assertThat(nearest.labels()[i]).isEqualTo(9);
      } else {
        assertThat(nearest.labels()[i]).isEqualTo(5); // cap vertices sit on the single inside sample
      }
    }
    assertThat(inside.labels()).containsOnly(5);
  }

  @Test
  void fullyInsideGridIsABoxAndEmptyGridIsEmpty() {
    float[] ones = new float[27];
    java.util.Arrays.fill(ones, 1);
    TriangleMesh box = MarchingCubes.surface(ScalarGrid.unit(ones, 3, 3, 3), 0);
    assertThat(MeshChecks.closedOrientedManifold(box)).isTrue();
    assertThat(MeshChecks.volume(box)).isCloseTo(8, within(1e-5));
    assertThat(MarchingCubes.surface(ScalarGrid.unit(new float[27], 3, 3, 3), 0).faceCount()).isZero();
  }
}
