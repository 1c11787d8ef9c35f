package org.radiomesh.recon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.radiomesh.mesh.MeshMeasures;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.render.Camera;
import org.radiomesh.render.Rasterizer;
import org.radiomesh.render.RenderedView;

class MultiviewReconstructorTest {
  private static final TriangleMesh TORUS = ReconFixtures.torus(5, 2, 64, 32, new double[] {2, 1, -1});

  @Test
  void deterministicWatertightAndTimed() throws Exception {
    List<CalibratedView> views = ReconFixtures.views(TORUS, 6, new double[] {40, -40}, 96);
    ReconstructionOptions o = ReconstructionOptions.builder().resolution(48).targetFaces(2000).build();
    Reconstruction a = new MultiviewReconstructor(o).reconstruct(views);
    Reconstruction b = new MultiviewReconstructor(o).reconstruct(views);
    assertThat(b.mesh()).isEqualTo(a.mesh());
    assertThat(a.mesh().faceCount()).isLessThanOrEqualTo(2000);
    assertThat(MeshMeasures.isWatertight(a.mesh())).isTrue();
    assertThat(MeshMeasures.componentCount(a.mesh())).isEqualTo(1);
    assertThat(a.rawFaces()).isGreaterThan(2000);
    assertThat(a.seconds().keySet()).containsExactly("volume", "fusion", "marching_cubes", "components", "holes",
        "smoothing", "decimation", "labels");
    assertThat(a.grid()[0]).isLessThanOrEqualTo(48);
    assertThat(a.voxelSize()).isPositive();
  }

  @Test
  void largestComponentOrAllAboveASize() throws Exception {
    TriangleMesh big = ReconFixtures.sphere(3, 4, new double[] {0, 0, 0});
    TriangleMesh small = ReconFixtures.sphere(3, 1.5, new double[] {8, 0, 0});
    TriangleMesh both = union(big, small);
    List<CalibratedView> views = ReconFixtures.views(both, 6, new double[] {30, -30}, 96);
    ReconstructionOptions o = ReconstructionOptions.builder().resolution(48).build();
    assertThat(MeshMeasures.componentCount(new MultiviewReconstructor(o).reconstruct(views).mesh())).isEqualTo(1);
    Reconstruction all = new MultiviewReconstructor(o.toBuilder().minComponentFaces(50).build()).reconstruct(views);
    assertThat(MeshMeasures.componentCount(all.mesh())).isEqualTo(2);
    assertThat(MeshMeasures.isWatertight(all.mesh())).isTrue();
    Reconstruction raw = new MultiviewReconstructor(o.withoutCleanup()).reconstruct(views);
    assertThat(raw.mesh().faceCount()).isEqualTo(raw.rawFaces());
  }

  @Test
  void aViewThatCutsTheObjectAtItsBorderDoesNotCutTheReconstruction() throws Exception {
    double[] c = {0, 0, 0};
    TriangleMesh sphere = ReconFixtures.sphere(4, 4, c);
    List<CalibratedView> views = new java.util.ArrayList<>(ReconFixtures.views(sphere, 6, new double[] {30, -30}, 96));
    Camera wide = views.get(0).camera();
    Camera close = new Camera(3 * wide.fx(), 3 * wide.fy(), wide.cx() + 40, wide.cy(), wide.width(), wide.height(),
        wide.rotation(), wide.translation());  // zoomed in and off-centre: the sphere overflows the image
    RenderedView zoomed = Rasterizer.defaults().render(sphere, close);
    assertThat(zoomed.mask()[0] || zoomed.mask()[zoomed.width() - 1]).isTrue();
    views.set(0, CalibratedView.of("zoomed", zoomed).withoutDepth());
    Reconstruction r = new MultiviewReconstructor(ReconstructionOptions.builder().resolution(48).build())
        .reconstruct(views);
    assertThat(ReconFixtures.maxSphereError(r.mesh(), 4, c)).isLessThan(2 * r.voxelSize());
  }

  @Test
  void optionsAreValidated() {
    assertThatThrownBy(() -> ReconstructionOptions.builder().resolution(4).build())
        .hasMessageContaining("resolution 4");
    assertThatThrownBy(() -> ReconstructionOptions.builder().targetFaces(2).build())
        .hasMessageContaining("target face count 2");
    assertThatThrownBy(() -> ReconstructionOptions.builder().truncationVoxels(0).build())
        .hasMessageContaining("truncation");
    assertThat(ReconstructionOptions.defaults().resolution()).isEqualTo(128);
  }

  private static TriangleMesh union(TriangleMesh a, TriangleMesh b) {
    float[] xyz = new float[a.xyz().length + b.xyz().length];
    System.arraycopy(a.xyz(), 0, xyz, 0, a.xyz().length);
    System.arraycopy(b.xyz(), 0, xyz, a.xyz().length, b.xyz().length);
    int[] f = new int[a.faces().length + b.faces().length];
    System.arraycopy(a.faces(), 0, f, 0, a.faces().length);
    for (int i = 0; i < b.faces().length; i++) {
      f[a.faces().length + i] = b.faces()[i] + a.vertexCount();
    }
    return TriangleMesh.of(xyz, f);
  }
}
