package org.radiomesh.recon.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.recon.CameraLayout;
import org.radiomesh.recon.GenerationException;
import org.radiomesh.recon.MultiviewRequest;
import org.radiomesh.recon.MultiviewSet;
import org.radiomesh.recon.MultiviewSubject;
import org.radiomesh.recon.ReconstructionException;
import org.radiomesh.render.Camera;
import org.radiomesh.render.CameraRing;
import org.radiomesh.render.RenderedView;

/** The {@code diffusion} engine on the fixture model: views, cameras, determinism, guidance, errors. */
class DiffusionMultiviewGeneratorTest {
  private static final CameraRing RING = CameraRing.builder().azimuths(4).elevations(20).size(64, 64).build();
  private static final DiffusionOptions OPTIONS = DiffusionOptions.builder().steps(4).build();

  private static MultiviewRequest.Builder request(long seed) {
    return MultiviewRequest.builder().id("case-" + seed).prompt("lower left first molar with a crown")
        .conditioning(DiffusionFixtures.image()).layout(new CameraLayout.Ring(RING)).seed(seed);
  }

  private static MultiviewSet generate(DiffusionOptions options, MultiviewRequest request) throws GenerationException {
    return new DiffusionMultiviewGenerator(DiffusionFixtures.model(), options).generate(request);
  }

  @Test
  void fourCalibratedViewsAtTheModelsSize() throws GenerationException, ReconstructionException {
    MultiviewSet set = generate(OPTIONS, request(1).build());
    assertThat(set.engine()).isEqualTo("diffusion");
    assertThat(set.names()).containsExactly("view_000", "view_001", "view_002", "view_003");
    List<Camera> ring = RING.around(OPTIONS.sceneBounds());
    for (int v = 0; v < 4; v++) {
      RenderedView view = set.views().get(v);
      Camera cam = view.camera();
      assertThat(new int[] {cam.width(), cam.height()}).containsExactly(16, 16);
      assertThat(view.rgb()).hasSize(3 * 16 * 16);
      assertThat(view.mask()).hasSize(256);
      assertThat(view.depth()).isNull();
      assertThat(view.labels()).isNull();
      for (float c : view.rgb()) {
        assertThat(c).isBetween(0f, 1f);
      }
      // same pose, intrinsics scaled by 1/4 about the pixel-centre convention: a world point lands at (u+0.5)/4−0.5
      double[] big = ring.get(v).project(3, -2, 5);
      double[] small = cam.project(3, -2, 5);
      assertThat(small[0]).isCloseTo((big[0] + 0.5) / 4 - 0.5, within(1e-9));
      assertThat(small[1]).isCloseTo((big[1] + 0.5) / 4 - 0.5, within(1e-9));
      assertThat(cam.rotation()).containsExactly(ring.get(v).rotation());
    }
    assertThat(set.parameters()).containsEntry("model", DiffusionFixtures.model().identity().toString())
        .containsEntry("seed", "1").containsEntry("steps", "4").containsEntry("method", "ddim")
        .containsEntry("guidance_scale", "1.0").containsEntry("prompt", "used")
        .containsEntry("conditioning_image", "used").containsEntry("denoiser_calls", "4")
        .containsEntry("camera_encoding", "k-w2c").containsEntry("layout", "ring");
    // the reconstruction reads them: sizes agree and every silhouette is non-empty for this fixture
    assertThat(set.calibratedViews()).hasSize(4);
  }

  @Test
  void theSeedDeterminesTheViews() throws GenerationException {
    MultiviewSet a = generate(OPTIONS, request(5).build());
    MultiviewSet again = generate(OPTIONS, request(5).build());
    MultiviewSet other = generate(OPTIONS, request(6).build());
    for (int v = 0; v < 4; v++) {
      assertThat(again.views().get(v).rgb()).containsExactly(a.views().get(v).rgb());
      assertThat(again.views().get(v).mask()).containsExactly(a.views().get(v).mask());
    }
    assertThat(Arrays.equals(a.views().get(0).rgb(), other.views().get(0).rgb())).isFalse();
  }

  @Test
  void guidanceChangesTheViewsAndTheModelCalls() throws GenerationException {
    MultiviewSet plain = generate(OPTIONS, request(2).build());
    MultiviewSet guided = generate(DiffusionOptions.builder().steps(4).guidanceScale(5).build(), request(2).build());
    // one call per step either way; the guided calls carry the unconditional views too
    assertThat(plain.parameters()).containsEntry("denoiser_calls", "4").containsEntry("denoiser_rows", "16");
    assertThat(guided.parameters()).containsEntry("guidance_scale", "5.0").containsEntry("denoiser_calls", "4")
        .containsEntry("denoiser_rows", "32");
    assertThat(Arrays.equals(plain.views().get(0).rgb(), guided.views().get(0).rgb())).isFalse();
  }

  @Test
  void theSubjectPlacesTheCameras() throws GenerationException {
    TriangleMesh box = TriangleMesh.of(new float[] {0, 0, 0, 40, 0, 0, 0, 40, 0, 0, 0, 40}, new int[] {0, 2, 1, 0, 1,
        3, 0, 3, 2, 1, 2, 3});
    MultiviewSet set = generate(OPTIONS, request(3).subject(MultiviewSubject.of(box)).build());
    double[] bounds = {0, 0, 0, 40, 40, 40};
    assertThat(set.views().get(0).camera().center()).containsExactly(RING.around(bounds).get(0).center());
    assertThat(set.parameters().get("scene_bounds")).isEqualTo(Arrays.toString(bounds));
  }

  @Test
  void aLayoutWithAnotherNumberOfViewsIsRefused() {
    assertThatThrownBy(() -> generate(OPTIONS, request(4).layout(CameraLayout.defaults()).build()))
        .isInstanceOf(GenerationException.class)
        .hasMessageContaining("request 'case-4'").hasMessageContaining("12 cameras")
        .hasMessageContaining("generates 4 views");
    assertThatThrownBy(() -> new DiffusionMultiviewGenerator(DiffusionFixtures.model(),
        DiffusionOptions.builder().steps(1001).build())).hasMessageContaining("trained with 1000");
  }

  @Test
  void fourChannelOutputsGiveTheMaskFromAlpha() {
    Camera cam = Camera.lookAt(new double[] {0, -50, 0}, new double[] {0, 0, 0}, new double[] {0, 0, 1}, 30, 2, 1);
    // one view of 2×1 pixels, planar [C, H, W]: R, G, B, alpha
    float[] x = {-1, 1, -1, 1, -1, 1, 0.2f, -0.2f};
    RenderedView rgba = DiffusionMultiviewGenerator.views(x, List.of(cam), 4, List.of(1.0, 1.0, 1.0), 0.1).get(0);
    assertThat(rgba.rgb()).containsExactly(0, 0, 0, 1, 1, 1);
    assertThat(rgba.mask()).containsExactly(true, false);
    RenderedView rgb = DiffusionMultiviewGenerator.views(Arrays.copyOf(x, 6), List.of(cam), 3, List.of(1.0, 1.0, 1.0),
        0.1).get(0);
    assertThat(rgb.mask()).containsExactly(true, false);
  }
}
