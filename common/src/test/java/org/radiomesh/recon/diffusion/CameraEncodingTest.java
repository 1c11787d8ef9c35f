package org.radiomesh.recon.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.radiomesh.render.Camera;
import org.radiomesh.render.CameraRing;

/** Pose vectors against the camera's own projection, in the normalised scene. */
class CameraEncodingTest {
  private static final double[] BOUNDS = {-4, 2, -10, 6, 8, 14};
  private static final double[] CENTRE = {1, 5, 2};
  private static final double RADIUS = 0.5 * Math.sqrt(10 * 10 + 6 * 6 + 24 * 24);
  private static final Camera CAMERA = CameraRing.builder().azimuths(5).elevations(25).size(64, 48).build()
      .at(72, 25, BOUNDS);

  @Test
  void worldToCameraMapsNormalisedPointsToScaledCameraCoordinates() {
    float[] e = CameraEncoding.W2C_3X4.encode(List.of(CAMERA), BOUNDS);
    assertThat(e).hasSize(12);
    double[] point = {3, -7, 11};
    double[] xc = CAMERA.worldToCamera(point[0], point[1], point[2]);
    for (int row = 0; row < 3; row++) {
      double v = e[row * 4 + 3];
      for (int col = 0; col < 3; col++) {
        v += e[row * 4 + col] * (point[col] - CENTRE[col]) / RADIUS;
      }
      assertThat(v).isCloseTo(xc[row] / RADIUS, within(1e-5));
    }
  }

  @Test
  void intrinsicsComeFirstNormalisedByTheImageSize() {
    float[] e = CameraEncoding.K_W2C.encode(List.of(CAMERA, CAMERA), BOUNDS);
    assertThat(e).hasSize(32);
    assertThat((double) e[0]).isCloseTo(CAMERA.fx() / 64, within(1e-6));
    assertThat((double) e[1]).isCloseTo(CAMERA.fy() / 48, within(1e-6));
    assertThat((double) e[2]).isCloseTo(31.5 / 64, within(1e-6));
    assertThat((double) e[3]).isCloseTo(23.5 / 48, within(1e-6));
    float[] w2c = CameraEncoding.W2C_3X4.encode(List.of(CAMERA), BOUNDS);
    for (int i = 0; i < 12; i++) {
      assertThat(e[4 + i]).isEqualTo(w2c[i]);
      assertThat(e[20 + i]).isEqualTo(w2c[i]);
    }
  }

  @Test
  void cameraToWorldInvertsWorldToCamera() {
    float[] c2w = CameraEncoding.C2W_4X4.encode(List.of(CAMERA), BOUNDS);
    float[] w2c = CameraEncoding.W2C_3X4.encode(List.of(CAMERA), BOUNDS);
    assertThat(new float[] {c2w[12], c2w[13], c2w[14], c2w[15]}).containsExactly(0f, 0f, 0f, 1f);
    // [R|t'] · [Rᵀ|C'] = [I | R·C' + t'] = [I | 0]
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 4; j++) {
        double v = j == 3 ? w2c[i * 4 + 3] : 0;
        for (int k = 0; k < 3; k++) {
          v += w2c[i * 4 + k] * c2w[k * 4 + j];
        }
        assertThat(v).isCloseTo(i == j ? 1 : 0, within(1e-5));
      }
    }
    double[] centre = CAMERA.center();
    double distance = 0;
    for (int k = 0; k < 3; k++) {
      assertThat((double) c2w[k * 4 + 3]).isCloseTo((centre[k] - CENTRE[k]) / RADIUS, within(1e-5));
      distance += Math.pow(centre[k] - CENTRE[k], 2);
    }
    // a ring camera frames the bounding sphere: margin 1.1 / sin(half of the narrower field of view)
    double halfY = Math.toRadians(15);
    double halfX = Math.atan(Math.tan(halfY) * 64 / 48);
    assertThat(Math.sqrt(distance) / RADIUS).isCloseTo(1.1 / Math.sin(Math.min(halfX, halfY)), within(1e-9));
  }

  @Test
  void namesAndWidths() {
    assertThat(CameraEncoding.of("k-w2c")).isEqualTo(CameraEncoding.K_W2C);
    assertThat(CameraEncoding.of("C2W-4x4").width()).isEqualTo(16);
    assertThat(CameraEncoding.W2C_3X4.width()).isEqualTo(12);
    assertThatThrownBy(() -> CameraEncoding.of("quaternion")).hasMessageContaining("'quaternion'");
    assertThatThrownBy(() -> CameraEncoding.W2C_3X4.encode(List.of(CAMERA), new double[] {1, 1, 1, 1, 1, 1}))
        .hasMessageContaining("zero size");
  }
}
