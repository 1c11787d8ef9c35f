package org.radiomesh.recon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.recon.ReconstructionException.Reason;
import org.radiomesh.render.Camera;

class CalibrationErrorsTest {
  private static final TriangleMesh SPHERE = ReconFixtures.sphere(3, 4, new double[] {0, 0, 0});
  private static final MultiviewReconstructor SMALL =
      new MultiviewReconstructor(ReconstructionOptions.builder().resolution(24).build());

  private static List<CalibratedView> views() throws Exception {
    return new ArrayList<>(ReconFixtures.views(SPHERE, 4, new double[] {30, -30}, 48));
  }

  private static ReconstructionException failure(List<CalibratedView> views) {
    try {
      SMALL.reconstruct(views);
    } catch (ReconstructionException e) {
      return e;
    }
    throw new AssertionError("expected a ReconstructionException");
  }

  @Test
  void aViewLookingAwayIsNamed() throws Exception {
    List<CalibratedView> views = views();
    CalibratedView v = views.get(5);
    Camera c = v.camera();
    double[] r = c.rotation();
    double[] flipped = {-r[0], -r[1], -r[2], r[3], r[4], r[5], -r[6], -r[7], -r[8]};  // turned 180° about its y axis
    double[] centre = c.center();  // same place, looking the other way: t = −R·C
    double[] t = new double[3];
    for (int i = 0; i < 3; i++) {
      t[i] = -(flipped[3 * i] * centre[0] + flipped[3 * i + 1] * centre[1] + flipped[3 * i + 2] * centre[2]);
    }
    Camera away = new Camera(c.fx(), c.fy(), c.cx(), c.cy(), c.width(), c.height(), flipped, t);
    views.set(5, CalibratedView.of(v.name(), away, v.mask(), null, null));
    ReconstructionException e = failure(views);
    assertThat(e.reason()).isEqualTo(Reason.NO_OVERLAP);
    assertThat(e.viewName()).isEqualTo(v.name());
    assertThat(e.getMessage()).contains("'" + v.name() + "'").contains("frustum");
  }

  @Test
  void aShiftedViewIsNamed() throws Exception {
    List<CalibratedView> views = views();
    CalibratedView v = views.get(2);
    Camera c = v.camera();
    double[] t = c.translation();
    Camera shifted = new Camera(c.fx(), c.fy(), c.cx(), c.cy(), c.width(), c.height(), c.rotation(),
        new double[] {t[0] + 30, t[1], t[2]});
    views.set(2, CalibratedView.of(v.name(), shifted, v.mask(), null, null));
    ReconstructionException e = failure(views);
    assertThat(e.reason()).isEqualTo(Reason.NO_OVERLAP);
    assertThat(e.viewName()).isEqualTo(v.name());
  }

  @Test
  void mapSizesMustMatchTheCamera() throws Exception {
    CalibratedView v = views().get(0);
    assertThatThrownBy(() -> CalibratedView.of("front", v.camera(), new boolean[10], null, null))
        .isInstanceOf(ReconstructionException.class)
        .hasMessageContaining("view 'front'").hasMessageContaining("mask has 10 pixels")
        .hasMessageContaining("48x48");
    assertThatThrownBy(() -> CalibratedView.of("front", v.camera(), v.mask(), new float[7], null))
        .hasMessageContaining("depth map has 7 pixels");
    assertThatThrownBy(() -> CalibratedView.of("front", v.camera(), v.mask(), null, new int[3]))
        .satisfies(e -> assertThat(((ReconstructionException) e).reason()).isEqualTo(Reason.SIZE_MISMATCH));
  }

  @Test
  void emptyMasksAndDepthOutsideTheMaskAreNamed() throws Exception {
    CalibratedView v = views().get(0);
    assertThatThrownBy(() -> CalibratedView.of("top", v.camera(), new boolean[48 * 48], null, null))
        .hasMessageContaining("view 'top'").hasMessageContaining("empty")
        .satisfies(e -> assertThat(((ReconstructionException) e).reason()).isEqualTo(Reason.EMPTY_MASK));
    float[] depth = v.depth().clone();
    depth[0] = 50;  // a corner pixel, outside the sphere's silhouette
    assertThatThrownBy(() -> CalibratedView.of("top", v.camera(), v.mask(), depth, null))
        .hasMessageContaining("view 'top'").hasMessageContaining("pixel (0, 0)")
        .hasMessageContaining("outside the silhouette");
    depth[0] = Float.NaN;
    assertThatThrownBy(() -> CalibratedView.of("top", v.camera(), v.mask(), depth, null))
        .hasMessageContaining("not a depth");
  }

  @Test
  void tooFewViewsDuplicateNamesAndUnboundedVolumes() throws Exception {
    List<CalibratedView> views = views();
    assertThat(failure(views.subList(0, 1)).reason()).isEqualTo(Reason.TOO_FEW_VIEWS);
    List<CalibratedView> twice = new ArrayList<>(views);
    twice.add(views.get(3));
    ReconstructionException dup = failure(twice);
    assertThat(dup.reason()).isEqualTo(Reason.DUPLICATE_VIEW);
    assertThat(dup.viewName()).isEqualTo(views.get(3).name());
    CalibratedView a = views.get(0);
    CalibratedView same = CalibratedView.of("copy", a.camera(), a.mask(), null, null);
    ReconstructionException unbounded = failure(List.of(a.withoutDepth(), same));
    assertThat(unbounded.reason()).isEqualTo(Reason.UNBOUNDED);
    assertThat(unbounded.getMessage()).contains("do not bound a finite volume");
  }

  @Test
  void nonRotationsAreRejectedWhereCamerasAreMade() {
    double[] notRotation = {1, 0, 0, 0, 1, 0, 0, 0, 2};
    assertThatThrownBy(() -> new Camera(100, 100, 32, 32, 64, 64, notRotation, new double[] {0, 0, 50}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a rotation");
  }
}
