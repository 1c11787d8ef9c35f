package org.radiomesh.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.radiomesh.mesh.TriangleMesh;

class CameraTest {

  static Camera randomCamera(Random rnd) {
    double[] eye = {rnd.nextGaussian() * 50, rnd.nextGaussian() * 50, rnd.nextGaussian() * 50};
    double[] target = {rnd.nextGaussian(), rnd.nextGaussian(), rnd.nextGaussian()};
    Camera c = Camera.lookAt(eye, target, new double[] {0, 0, 1}, 20 + 40 * rnd.nextDouble(), 64 + rnd.nextInt(200),
        64 + rnd.nextInt(200));
    return new Camera(c.fx() * (0.9 + 0.2 * rnd.nextDouble()), c.fy(), c.cx() + rnd.nextGaussian(), c.cy(),
        c.width(), c.height(), c.rotation(), c.translation());
  }

  @Test
  void projectAndUnprojectAreInverse() {
    Random rnd = new Random(1);
    for (int i = 0; i < 200; i++) {
      Camera cam = randomCamera(rnd);
      double[] p = {rnd.nextGaussian() * 10, rnd.nextGaussian() * 10, rnd.nextGaussian() * 10};
      double[] uvz = cam.project(p[0], p[1], p[2]);
      double[] back = cam.unproject(uvz[0], uvz[1], uvz[2]);
      for (int k = 0; k < 3; k++) {
        assertThat(back[k]).isCloseTo(p[k], within(1e-9 * (1 + Math.abs(uvz[2]))));
      }
      double[] ray = cam.rayDirection(uvz[0], uvz[1]);
      double[] toPoint = Vec3.normalize(Vec3.sub(p, cam.center()));
      double sign = Math.signum(uvz[2]);
      for (int k = 0; k < 3; k++) {
        assertThat(sign * ray[k]).isCloseTo(toPoint[k], within(1e-9));
      }
    }
  }

  @Test
  void lookAtFollowsOpenCvAxes() {
    Camera cam = Camera.lookAt(new double[] {0, -100, 0}, new double[] {0, 0, 0}, new double[] {0, 0, 1}, 30, 101,
        81);
    assertThat(cam.center()).containsExactly(new double[] {0, -100, 0}, within(1e-12));
    double[] target = cam.project(0, 0, 0);
    assertThat(target).containsExactly(new double[] {50, 40, 100}, within(1e-9));
    // World up (+z) is image up (smaller v); world +x is image right when looking along +y.
    assertThat(cam.project(0, 0, 10)[1]).isLessThan(40);
    assertThat(cam.project(10, 0, 0)[0]).isGreaterThan(50);
    // Vertical field of view: a point at the top edge of the image sits at half the field of view.
    double half = Math.toRadians(15);
    assertThat(cam.project(0, 0, 100 * Math.tan(half))[1]).isCloseTo(-0.5, within(1e-9));
  }

  @Test
  void scaledCameraMapsPixelBlocks() {
    Camera cam = randomCamera(new Random(2));
    Camera big = cam.scaled(3);
    double[] p = {1, 2, 3};
    double[] a = cam.project(p[0], p[1], p[2]);
    double[] b = big.project(p[0], p[1], p[2]);
    // Pixel edge u = −0.5 maps to −0.5; pixel centre c maps to the centre of block 3c..3c+2.
    assertThat(b[0]).isCloseTo((a[0] + 0.5) * 3 - 0.5, within(1e-9));
    assertThat(b[1]).isCloseTo((a[1] + 0.5) * 3 - 0.5, within(1e-9));
    assertThat(big.width()).isEqualTo(3 * cam.width());
  }

  @Test
  void rejectsBadCameras() {
    double[] id = {1, 0, 0, 0, 1, 0, 0, 0, 1};
    double[] t = {0, 0, 0};
    assertThatThrownBy(() -> new Camera(0, 1, 0, 0, 10, 10, id, t)).hasMessageContaining("focal");
    assertThatThrownBy(() -> new Camera(1, 1, 0, 0, 0, 10, id, t)).hasMessageContaining("image size");
    assertThatThrownBy(() -> new Camera(1, 1, 0, 0, 10, 10, new double[] {1, 0, 0, 0, 1, 0, 0, 0, -1}, t))
        .hasMessageContaining("reflection");
    assertThatThrownBy(() -> new Camera(1, 1, 0, 0, 10, 10, new double[] {1, 0.1, 0, 0, 1, 0, 0, 0, 1}, t))
        .hasMessageContaining("not a rotation");
    assertThatThrownBy(() -> Camera.lookAt(new double[] {0, 0, 5}, new double[] {0, 0, 0}, new double[] {0, 0, 1},
        30, 10, 10)).hasMessageContaining("parallel");
  }

  @Test
  void ringSeesTheWholeBoxFromEveryCamera() {
    double[] box = {-4, 1, 10, 7, 3, 25};
    CameraRing ring = CameraRing.builder().azimuths(6).elevations(30, -15).size(160, 120).margin(1.0).build();
    List<Camera> cams = ring.around(box);
    assertThat(cams).hasSize(12);
    double[] centre = {1.5, 2, 17.5};
    double dist0 = Vec3.norm(Vec3.sub(cams.get(0).center(), centre));
    for (Camera c : cams) {
      assertThat(Vec3.norm(Vec3.sub(c.center(), centre))).isCloseTo(dist0, within(1e-9));
      for (int corner = 0; corner < 8; corner++) {
        double[] uv = c.project(box[(corner & 1) * 3], box[1 + ((corner >> 1) & 1) * 3],
            box[2 + ((corner >> 2) & 1) * 3]);
        assertThat(uv[0]).isBetween(-0.5, 159.5);
        assertThat(uv[1]).isBetween(-0.5, 119.5);
      }
      assertThat(c.project(centre[0], centre[1], centre[2])[0]).isCloseTo(79.5, within(1e-9));
    }
    // Azimuth 0 sits on the front (−y) side, at elevation 30° above it; azimuth 90° on the +x side.
    double[] c0 = Vec3.normalize(Vec3.sub(cams.get(0).center(), centre));
    assertThat(c0).containsExactly(new double[] {0, -Math.cos(Math.toRadians(30)), 0.5}, within(1e-9));
    double[] c1 = Vec3.sub(cams.get(1).center(), centre);
    assertThat(c1[0]).isPositive();
  }

  @Test
  void ringAroundMeshUsesItsBounds() {
    TriangleMesh cube = MeshFixtures.box(0, 0, 0, 2, 4, 6);
    assertThat(CameraRing.bounds(cube)).containsExactly(0, 0, 0, 2, 4, 6);
    assertThat(CameraRing.defaults().around(cube)).hasSize(12);
    assertThatThrownBy(() -> CameraRing.builder().elevations(90).build()).hasMessageContaining("elevation");
    assertThatThrownBy(() -> CameraRing.builder().front(0, 0, 2).build()).hasMessageContaining("parallel");
  }
}
