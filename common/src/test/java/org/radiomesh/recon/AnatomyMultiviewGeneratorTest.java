package org.radiomesh.recon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.render.Camera;
import org.radiomesh.render.CameraRing;
import org.radiomesh.render.CamerasJson;
import org.radiomesh.render.NamedCamera;
import org.radiomesh.render.RenderedView;

class AnatomyMultiviewGeneratorTest {
  private static final TriangleMesh BOX =
      ReconFixtures.labelledBox(new double[] {-3, -2, -1}, new double[] {3, 2, 1}, 4);

  @Test
  void defaultRingGivesTwelveCalibratedViewsWithEveryMap() throws Exception {
    MultiviewSet set = AnatomyMultiviewGenerator.defaults().generate(
        MultiviewRequest.builder().id("box").subject(MultiviewSubject.of(BOX)).build());
    assertThat(set.engine()).isEqualTo("anatomy");
    assertThat(set.size()).isEqualTo(12);
    assertThat(set.names()).startsWith("view_000", "view_001");
    List<Camera> expected = CameraRing.defaults().around(BOX);
    for (int i = 0; i < 12; i++) {
      RenderedView v = set.views().get(i);
      assertThat(v.camera()).isEqualTo(expected.get(i));
      assertThat(v.rgb()).isNotNull();
      assertThat(v.depth()).isNotNull();
      assertThat(v.normals()).isNotNull();
      assertThat(v.labels()).contains(1, 2, -1);
      assertThat(v.maskArea()).isPositive();
    }
    assertThat(set.cameras().get(3).camera().intrinsicMatrix()).isEqualTo(expected.get(3).intrinsicMatrix());
    assertThat(set.parameters()).containsEntry("views", "12").containsEntry("conditioning_image", "none");
  }

  @Test
  void fixedCamerasAreUsedAsGivenAndConditioningIsRecorded() throws Exception {
    List<NamedCamera> cams = CamerasJson.named(CameraRing.turntable(3, 10, 40, 30).around(BOX));
    List<NamedCamera> renamed = List.of(new NamedCamera("left", cams.get(0).camera()),
        new NamedCamera("right", cams.get(1).camera()), new NamedCamera("back", cams.get(2).camera()));
    ConditioningImage photo = new ConditioningImage(2, 1, new float[] {1, 0, 0, 0, 1, 0});
    MultiviewSet set = AnatomyMultiviewGenerator.defaults().generate(MultiviewRequest.builder().id("fixed")
        .subject(MultiviewSubject.of(BOX)).layout(new CameraLayout.Fixed(renamed)).conditioning(photo)
        .seed(42).build());
    assertThat(set.names()).containsExactly("left", "right", "back");
    assertThat(set.views().get(1).camera()).isEqualTo(cams.get(1).camera());
    assertThat(set.views().get(0).width()).isEqualTo(40);
    assertThat(set.parameters()).containsEntry("layout", "fixed").containsEntry("seed", "42")
        .containsEntry("conditioning_image", "ignored");
  }

  @Test
  void deterministicAndNeedsASubject() throws Exception {
    MultiviewRequest req = MultiviewRequest.builder().id("box").subject(MultiviewSubject.of(BOX)).build();
    MultiviewSet a = AnatomyMultiviewGenerator.defaults().generate(req);
    MultiviewSet b = AnatomyMultiviewGenerator.defaults().generate(req);
    for (int i = 0; i < a.size(); i++) {
      assertThat(b.views().get(i).depth()).isEqualTo(a.views().get(i).depth());
      assertThat(b.views().get(i).rgb()).isEqualTo(a.views().get(i).rgb());
    }
    assertThatThrownBy(() -> AnatomyMultiviewGenerator.defaults().generate(
        MultiviewRequest.builder().id("text-only").prompt("lower left first molar").build()))
        .isInstanceOf(GenerationException.class).hasMessageContaining("'text-only'")
        .hasMessageContaining("no");
    assertThatThrownBy(() -> MultiviewRequest.builder().build()).hasMessageContaining("id");
  }
}
