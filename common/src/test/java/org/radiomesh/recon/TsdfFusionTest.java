package org.radiomesh.recon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.radiomesh.mesh.MeshMeasures;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.metrics.MeshMetrics;
import org.radiomesh.metrics.MetricOptions;
import org.radiomesh.metrics.Normalization;
import org.radiomesh.metrics.PairMetrics;

/** TSDF fusion of exact depth maps against closed-form surfaces: errors within a fraction of a voxel. */
class TsdfFusionTest {
  private static final ReconstructionOptions RAW = ReconstructionOptions.builder().resolution(64)
      .smoothingIterations(0).targetFaces(0).build();

  private static PairMetrics metrics(TriangleMesh pred, TriangleMesh gt) {
    MetricOptions o = MetricOptions.builder().normalization(Normalization.NONE).samples(20_000).pointToSurface(true)
        .thresholds(0.1).build();
    return MeshMetrics.compare(pred, gt, o, "tsdf");
  }

  @Test
  void sphereFromExactDepthLiesOnTheSphere() throws Exception {
    double r = 4;
    double[] c = {-3, 1, 2};
    TriangleMesh sphere = ReconFixtures.sphere(5, r, c);
    List<CalibratedView> views = ReconFixtures.views(sphere, 6, new double[] {25, -25}, 160);
    Reconstruction rec = new MultiviewReconstructor(RAW).reconstruct(views);
    double h = rec.voxelSize();
    assertThat(MeshMeasures.isWatertight(rec.mesh())).isTrue();
    assertThat(ReconFixtures.maxSphereError(rec.mesh(), r, c)).isLessThan(0.5 * h);
    PairMetrics m = metrics(rec.mesh(), sphere);
    assertThat(m.chamfer()).isLessThan(0.25 * h);  // sum of the two mean distances, mm
  }

  @Test
  void boxFromExactDepthHasItsFacesAndVolume() throws Exception {
    double[] lo = {-6, -4, -3};
    double[] hi = {5, 3, 4};
    TriangleMesh box = ReconFixtures.labelledBox(lo, hi, 8);
    List<CalibratedView> views = ReconFixtures.views(box, 6, new double[] {30, -30}, 160);
    Reconstruction rec = new MultiviewReconstructor(RAW).reconstruct(views);
    double h = rec.voxelSize();
    TriangleMesh m = rec.mesh();
    assertThat(MeshMeasures.isWatertight(m)).isTrue();
    float[] p = m.xyz();
    double sum = 0;
    double worst = 0;
    for (int v = 0; v < m.vertexCount(); v++) {
      double d = ReconFixtures.boxDistance(lo, hi, p[3 * v], p[3 * v + 1], p[3 * v + 2]);
      sum += d;
      worst = Math.max(worst, d);
    }
    assertThat(sum / m.vertexCount()).isLessThan(0.1 * h);
    assertThat(worst).isLessThan(1.5 * h);  // edges and corners are rounded by at most about a voxel
    double volume = 11 * 7 * 7;
    assertThat(MeshMeasures.signedVolume(m)).isCloseTo(volume, org.assertj.core.api.Assertions.within(0.02 * volume));
    assertThat(metrics(m, box).chamfer()).isLessThan(0.25 * h);
  }

  @Test
  void depthRecoversTheConcavityTheHullMisses() throws Exception {
    double[] c = {0, 0, 0};
    TriangleMesh torus = ReconFixtures.torus(6, 2, 96, 48, c);
    List<CalibratedView> views = ReconFixtures.views(torus, 6, new double[] {40, -40}, 160);
    Reconstruction withDepth = new MultiviewReconstructor(RAW).reconstruct(views);
    Reconstruction hull = new MultiviewReconstructor(RAW.toBuilder().useDepth(false).build())
        .reconstruct(ReconFixtures.silhouettesOnly(views));
    double exact = MeshMeasures.signedVolume(torus);
    double depthError = Math.abs(MeshMeasures.signedVolume(withDepth.mesh()) - exact) / exact;
    double hullError = Math.abs(MeshMeasures.signedVolume(hull.mesh()) - exact) / exact;
    assertThat(depthError).isLessThan(0.03);
    assertThat(hullError).isGreaterThan(2 * depthError);
    assertThat(metrics(withDepth.mesh(), torus).fscore()[0]).isGreaterThan(0.95);
  }
}
