package org.radiomesh.recon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radiomesh.anatomy.DentitionSpec;
import org.radiomesh.anatomy.PlacedTooth;
import org.radiomesh.anatomy.ToothMesher;
import org.radiomesh.anatomy.ToothSpec;
import org.radiomesh.anatomy.VirtualPatient;
import org.radiomesh.mesh.MeshMeasures;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.metrics.MeshMetrics;
import org.radiomesh.metrics.MetricOptions;
import org.radiomesh.metrics.Normalization;
import org.radiomesh.metrics.PairMetrics;

/** End to end on a parametric tooth: anatomy mesher → anatomy engine → reconstruction, scored against the mesh. */
class ToothReconstructionTest {

  @Test
  void lowerFirstMolarFromTwelveViews() throws Exception {
    VirtualPatient patient = VirtualPatient.build(new DentitionSpec(List.of(ToothSpec.sound(36))), 5);
    PlacedTooth tooth = patient.teeth().get(0);
    TriangleMesh exact = new ToothMesher(0.2).mesh(tooth);
    int[] fdi = new int[exact.vertexCount()];
    Arrays.fill(fdi, 36);
    exact = exact.toBuilder().labels(fdi).build();
    List<CalibratedView> views = ReconFixtures.views(exact, 6, new double[] {20, -20}, 128);
    Reconstruction r = new MultiviewReconstructor(ReconstructionOptions.builder().resolution(64).build())
        .reconstruct(views);
    assertThat(MeshMeasures.isWatertight(r.mesh())).isTrue();
    assertThat(r.mesh().labels()).containsOnly(36);
    double diag = MeshMeasures.bounds(exact).diagonal();
    MetricOptions o = MetricOptions.builder().normalization(Normalization.NONE).pointToSurface(true)
        .samples(10_000).thresholds(0.01 * diag).build();
    PairMetrics m = MeshMetrics.compare(r.mesh(), exact, o, "36");
    assertThat(m.fscore()[0]).isGreaterThan(0.95);
    PairMetrics hull = MeshMetrics.compare(new MultiviewReconstructor(ReconstructionOptions.builder().resolution(64)
        .useDepth(false).build()).reconstruct(ReconFixtures.silhouettesOnly(views)).mesh(), exact, o, "36");
    assertThat(hull.fscore()[0]).isLessThan(m.fscore()[0]);  // the occlusal fossa and the furcation need depth
  }
}
