package org.radiomesh.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.radiomesh.mesh.TriangleMesh;

class RasterizerTest {

  private static final Rasterizer PLAIN = Rasterizer.defaults();

  /** Number of integers k with lo < k < hi (pixel centres strictly inside an interval). */
  private static int integersInside(double lo, double hi) {
    return Math.max(0, (int) Math.ceil(hi) - (int) Math.floor(lo) - 1);
  }

  @Test
  void fixtureMeshesAreClosedAndOutward() {
    assertThat(signedVolume(MeshFixtures.box(0, 0, 0, 1, 2, 3))).isCloseTo(6.0, within(1e-5));
    double r = 2;
    assertThat(signedVolume(MeshFixtures.icosphere(3, r, 0, 0, 0))).isBetween(0.97 * 4 / 3 * Math.PI * r * r * r,
        4 / 3.0 * Math.PI * r * r * r);
  }

  @Test
  void headOnCubeCoversTheProjectedSquare() {
    Random rnd = new Random(11);
    for (int trial = 0; trial < 25; trial++) {
      double side = 0.5 + rnd.nextDouble();
      // Straddling the optical axis, the near face's projection contains the far face's: it is the silhouette.
      double x = -side * (0.1 + 0.8 * rnd.nextDouble());
      double y = -side * (0.1 + 0.8 * rnd.nextDouble());
      double z = 8 + 4 * rnd.nextDouble();
      TriangleMesh cube = MeshFixtures.box(x, y, z, x + side, y + side, z + side);
      Camera cam = MeshFixtures.axisCamera(100 + 50 * rnd.nextDouble(), 64, 48);
      RenderedView v = PLAIN.render(cube, cam);
      double[] lo = cam.project(x, y, z);
      double[] hi = cam.project(x + side, y + side, z);
      int expected = integersInside(lo[0], hi[0]) * integersInside(lo[1], hi[1]);
      assertThat(v.maskArea()).as("trial %d", trial).isEqualTo(expected);
    }
  }

  @Test
  void depthOfAFrontoParallelPlaneIsItsDistance() {
    double d = 37.25;
    TriangleMesh plane = MeshFixtures.grid(4, -100, -100, 200, d, 0.3, 5);
    RenderedView v = PLAIN.render(plane, MeshFixtures.axisCamera(80, 40, 30));
    assertThat(v.maskArea()).isEqualTo(40 * 30);
    for (float z : v.depth()) {
      assertThat((double) z).isCloseTo(d, within(1e-4));
    }
  }

  @Test
  void depthOfATiltedPlaneIsPerspectiveCorrect() {
    // Plane through (0, 0, 50) with normal (0, sin 60°, −cos 60°) as two large triangles: screen-affine
    // interpolation would be off by millimetres, perspective-correct interpolation is exact.
    double a = Math.toRadians(60);
    double[] n = {0, Math.sin(a), -Math.cos(a)};
    double c = n[2] * 50;
    double[][] corners = {{-30, -20}, {30, -20}, {30, 20}, {-30, 20}};
    float[] xyz = new float[12];
    for (int i = 0; i < 4; i++) {
      double px = corners[i][0];
      double py = corners[i][1];
      xyz[3 * i] = (float) px;
      xyz[3 * i + 1] = (float) py;
      xyz[3 * i + 2] = (float) ((c - n[1] * py) / n[2]);
    }
    TriangleMesh plane = TriangleMesh.of(xyz, new int[] {0, 1, 2, 0, 2, 3});
    Camera cam = MeshFixtures.axisCamera(60, 64, 64);
    RenderedView v = PLAIN.render(plane, cam);
    int checked = 0;
    for (int i = 0; i < v.depth().length; i++) {
      if (!v.mask()[i]) {
        continue;
      }
      double ru = (i % 64 - cam.cx()) / cam.fx();
      double rv = (i / 64 - cam.cy()) / cam.fy();
      double expected = c / (n[0] * ru + n[1] * rv + n[2]);
      assertThat((double) v.depth()[i]).isCloseTo(expected, within(1e-4 * expected));
      checked++;
    }
    assertThat(checked).isGreaterThan(1000);
  }

  @Test
  void sphereNormalsPointFromTheCentre() {
    double[] centre = {3, -2, 60};
    double r = 12;
    TriangleMesh sphere = MeshFixtures.icosphere(4, r, centre[0], centre[1], centre[2]);
    Camera cam = Camera.lookAt(new double[] {40, 20, 0}, centre, new double[] {0, -1, 0}, 35, 96, 80);
    for (RenderOptions.NormalSpace space : RenderOptions.NormalSpace.values()) {
      RenderedView v = new Rasterizer(RenderOptions.builder().normalSpace(space).build()).render(sphere, cam);
      double[] rot = cam.rotation();
      double worst = 0;
      for (int i = 0; i < v.mask().length; i++) {
        if (!v.mask()[i]) {
          continue;
        }
        double[] p = cam.unproject(i % 96, i / 96, v.depth()[i]);
        double[] e = Vec3.normalize(Vec3.sub(p, centre));
        if (space == RenderOptions.NormalSpace.CAMERA) {
          e = new double[] {rot[0] * e[0] + rot[1] * e[1] + rot[2] * e[2], rot[3] * e[0] + rot[4] * e[1]
              + rot[5] * e[2], rot[6] * e[0] + rot[7] * e[1] + rot[8] * e[2]};
        }
        double dot = e[0] * v.normals()[3 * i] + e[1] * v.normals()[3 * i + 1] + e[2] * v.normals()[3 * i + 2];
        worst = Math.max(worst, Math.acos(Math.min(1, dot)));
      }
      // Level-4 icosphere edges span about 3.6°; interpolated vertex normals deviate by well under that.
      assertThat(Math.toDegrees(worst)).as(space.name()).isLessThan(2.0);
      assertThat(v.maskArea()).isGreaterThan(1000);
    }
  }

  @Test
  void sphereSilhouetteAreaMatchesItsProjectedDisc() {
    double r = 10;
    double dist = 70;
    TriangleMesh sphere = MeshFixtures.icosphere(5, r, 0, 0, dist);
    Camera cam = MeshFixtures.axisCamera(200, 128, 128);
    double projected = cam.fx() * r / Math.sqrt(dist * dist - r * r);
    double disc = Math.PI * projected * projected;
    for (int ss : new int[] {1, 3}) {
      RenderedView v = new Rasterizer(RenderOptions.builder().supersampling(ss).build()).render(sphere, cam);
      assertThat((double) v.maskArea()).as("supersampling %d", ss).isCloseTo(disc, within(0.015 * disc));
    }
  }

  @Test
  void culledClosedSurfaceHitsEachCoveredPixelExactlyOnce() {
    TriangleMesh sphere = MeshFixtures.icosphere(4, 9, 1, 2, 50);
    Camera cam = Camera.lookAt(new double[] {-30, 10, 5}, new double[] {1, 2, 50}, new double[] {0, -1, 0}, 40,
        120, 90);
    RenderedView v = new Rasterizer(RenderOptions.builder().cullBackFaces(true).build()).render(sphere, cam);
    assertThat(v.stats().fragments()).isEqualTo(v.maskArea());
    assertThat(v.stats().culled()).isGreaterThan(sphere.faceCount() / 3);
    RenderedView both = PLAIN.render(sphere, cam);
    assertThat(both.mask()).isEqualTo(v.mask());
    assertThat(both.depth()).isEqualTo(v.depth());
  }

  @Test
  void subdividedPlaneRendersWithoutCracksOrDoubleHits() {
    Random rnd = new Random(3);
    for (int trial = 0; trial < 10; trial++) {
      // Trial 0: grid vertices land exactly on pixel centres (f = z = 100, integer world coordinates shifted by the
      // principal point), so every edge passes through sample points and only the fill rule decides.
      boolean aligned = trial == 0;
      double jitter = aligned ? 0 : 0.4;
      TriangleMesh plane = MeshFixtures.grid(aligned ? 20 : 37, -40 + (aligned ? 0.5 : rnd.nextDouble()), -40.5,
          80, 100, jitter, rnd.nextLong());
      RenderedView v = PLAIN.render(plane, MeshFixtures.axisCamera(100, 48, 36));
      assertThat(v.maskArea()).as("trial %d", trial).isEqualTo(48 * 36);
      assertThat(v.stats().fragments()).as("trial %d", trial).isEqualTo(48 * 36);
    }
  }

  @Test
  void labelsComeFromTheNearestVertex() {
    double d = 20;
    float[] xyz = {-10, -8, (float) d, 12, -6, (float) d, -2, 9, (float) d};
    // Counter-clockwise seen from the camera (looking along +z, y down): order reversed so the normal faces −z.
    TriangleMesh tri = TriangleMesh.builder().xyz(xyz).faces(new int[] {0, 2, 1}).labels(new int[] {11, 26, 48})
        .build();
    Camera cam = MeshFixtures.axisCamera(40, 64, 64);
    RenderedView v = PLAIN.render(tri, cam);
    int checked = 0;
    for (int i = 0; i < v.labels().length; i++) {
      if (!v.mask()[i]) {
        assertThat(v.labels()[i]).isEqualTo(LabelPalette.BACKGROUND);
        continue;
      }
      double[] p = cam.unproject(i % 64, i / 64, d);
      double[] w = barycentric(p[0], p[1], xyz);
      int best = w[0] >= w[1] && w[0] >= w[2] ? 0 : (w[1] >= w[2] ? 1 : 2);
      double[] sorted = w.clone();
      java.util.Arrays.sort(sorted);
      if (sorted[2] - sorted[1] > 1e-3) {
        assertThat(v.labels()[i]).isEqualTo(new int[] {11, 26, 48}[best]);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(300);
    assertThat(v.rgb()[3 * (32 * 64 + 32)]).isGreaterThan(0f);
  }

  @Test
  void lambertShadingFollowsTheCosineOfTheTilt() {
    // Plane tilted 60° about the x axis, light along the optical axis towards the camera: colour = base · cos 60°.
    double a = Math.toRadians(60);
    float[] xyz = new float[12];
    double[][] corners = {{-30, -20}, {30, -20}, {30, 20}, {-30, 20}};
    for (int i = 0; i < 4; i++) {
      xyz[3 * i] = (float) corners[i][0];
      xyz[3 * i + 1] = (float) corners[i][1];
      xyz[3 * i + 2] = (float) (50 + Math.tan(a) * corners[i][1]);
    }
    TriangleMesh plane = TriangleMesh.of(xyz, new int[] {0, 1, 2, 0, 2, 3});
    RenderOptions o = RenderOptions.builder().lighting(0, 1, 0).lightDirection(0, 0, -1).baseColor(0.8f, 0.6f, 0.4f)
        .build();
    RenderedView v = new Rasterizer(o).render(plane, MeshFixtures.axisCamera(60, 32, 32));
    for (int i = 0; i < v.mask().length; i++) {
      if (v.mask()[i]) {
        assertThat((double) v.rgb()[3 * i]).isCloseTo(0.8 * Math.cos(a), within(1e-5));
        assertThat((double) v.rgb()[3 * i + 2]).isCloseTo(0.4 * Math.cos(a), within(1e-5));
      }
    }
  }

  @Test
  void vertexColoursInterpolatePerspectiveCorrectly() {
    // A tilted triangle whose red channel equals world y / 40 + 0.5: the rendered red must match the y of the
    // surface point seen at each pixel, which screen-affine interpolation would miss.
    float[] xyz = {-20, -20, 30, 20, -20, 30, 0, 20, 90};
    float[] colors = {0, 0, 0, 0, 0, 0, 1, 0, 0};
    TriangleMesh tri = TriangleMesh.builder().xyz(xyz).faces(new int[] {0, 1, 2}).colors(colors).build();
    RenderOptions o = RenderOptions.builder().lighting(1, 0, 0).build();
    Camera cam = MeshFixtures.axisCamera(50, 48, 48);
    RenderedView v = new Rasterizer(o).render(tri, cam);
    int checked = 0;
    for (int i = 0; i < v.mask().length; i++) {
      if (v.mask()[i]) {
        double[] p = cam.unproject(i % 48, i / 48, v.depth()[i]);
        assertThat((double) v.rgb()[3 * i]).isCloseTo((p[1] + 20) / 40, within(1e-3));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(200);
  }

  @Test
  void renderingIsDeterministicAndThreadCountFree() {
    TriangleMesh sphere = MeshFixtures.icosphere(4, 9, 0, 0, 0);
    List<Camera> cams = CameraRing.builder().azimuths(3).elevations(10).size(80, 60).build().around(sphere);
    List<RenderedView> a = PLAIN.render(sphere, cams);
    List<RenderedView> b = PLAIN.render(sphere, cams);
    List<RenderedView> c = new Rasterizer(RenderOptions.builder().threads(3).build()).render(sphere, cams);
    for (int k = 0; k < cams.size(); k++) {
      for (List<RenderedView> other : List.of(b, c)) {
        assertThat(other.get(k).rgb()).isEqualTo(a.get(k).rgb());
        assertThat(other.get(k).depth()).isEqualTo(a.get(k).depth());
        assertThat(other.get(k).normals()).isEqualTo(a.get(k).normals());
        assertThat(other.get(k).labels()).isEqualTo(a.get(k).labels());
        assertThat(other.get(k).stats()).isEqualTo(a.get(k).stats());
      }
    }
  }

  @Test
  void geometryCrossingTheNearPlaneIsClippedExactly() {
    // A floor at y = 2 (below the camera: y points down) from 100 mm behind the camera to 1000 mm ahead.
    float[] xyz = {-500, 2, -100, 500, 2, -100, 500, 2, 1000, -500, 2, 1000};
    TriangleMesh floor = TriangleMesh.of(xyz, new int[] {0, 1, 2, 0, 2, 3});
    Camera cam = MeshFixtures.axisCamera(50, 64, 64);
    RenderedView v = PLAIN.render(floor, cam);
    assertThat(v.stats().clipped()).isEqualTo(2);
    int checked = 0;
    for (int i = 0; i < v.mask().length; i++) {
      double rv = (i / 64 - cam.cy()) / cam.fy();
      double ru = (i % 64 - cam.cx()) / cam.fx();
      double z = rv > 0 ? 2 / rv : Double.POSITIVE_INFINITY;
      boolean inside = z < 999 && Math.abs(ru * z) < 499;
      boolean outside = z > 1001 || Math.abs(ru * z) > 501;
      if (inside) {
        assertThat(v.mask()[i]).isTrue();
        // At grazing angles depth changes by hundreds of mm per pixel: compare in the image, where corner
        // snapping to 1/256 pixel bounds the error.
        double rowOfDepth = cam.cy() + 2 * cam.fy() / v.depth()[i];
        assertThat(rowOfDepth).isCloseTo(i / 64, within(0.01));
        checked++;
      } else if (outside) {
        assertThat(v.mask()[i]).isFalse();
        assertThat(v.depth()[i]).isEqualTo(Float.POSITIVE_INFINITY);
      }
    }
    assertThat(checked).isGreaterThan(500);
  }

  @Test
  void supersamplingSoftensEdgesButKeepsGeometryUnblended() {
    TriangleMesh cube = MeshFixtures.box(-3.1, -2.7, 30, 2.9, 3.3, 36);
    Camera cam = MeshFixtures.axisCamera(90, 50, 50);
    RenderedView v = new Rasterizer(RenderOptions.builder().supersampling(4).build()).render(cube, cam);
    int partial = 0;
    for (int i = 0; i < v.mask().length; i++) {
      float g = v.rgb()[3 * i + 1];
      if (g > 0.02f && g < 0.98f * maxGreen(v)) {
        partial++;
      }
      if (v.mask()[i]) {
        assertThat((double) v.depth()[i]).isCloseTo(30, within(1e-3));
      } else {
        assertThat(v.depth()[i]).isEqualTo(Float.POSITIVE_INFINITY);
      }
    }
    assertThat(partial).isGreaterThan(20);
  }

  private static float maxGreen(RenderedView v) {
    float m = 0;
    for (int i = 1; i < v.rgb().length; i += 3) {
      m = Math.max(m, v.rgb()[i]);
    }
    return m;
  }

  private static double[] barycentric(double x, double y, float[] t) {
    double det = (t[4] - t[7]) * (t[0] - t[6]) + (t[6] - t[3]) * (t[1] - t[7]);
    double w0 = ((t[4] - t[7]) * (x - t[6]) + (t[6] - t[3]) * (y - t[7])) / det;
    double w1 = ((t[7] - t[1]) * (x - t[6]) + (t[0] - t[6]) * (y - t[7])) / det;
    return new double[] {w0, w1, 1 - w0 - w1};
  }

  private static double signedVolume(TriangleMesh m) {
    float[] p = m.xyz();
    int[] f = m.faces();
    double vol = 0;
    for (int i = 0; i < f.length; i += 3) {
      int a = 3 * f[i];
      int b = 3 * f[i + 1];
      int c = 3 * f[i + 2];
      vol += p[a] * (p[b + 1] * p[c + 2] - p[b + 2] * p[c + 1]) - p[a + 1] * (p[b] * p[c + 2] - p[b + 2] * p[c])
          + p[a + 2] * (p[b] * p[c + 1] - p[b + 1] * p[c]);
    }
    return vol / 6;
  }
}
