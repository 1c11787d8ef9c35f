package org.radiomesh.spatial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.Device;
import org.junit.jupiter.api.Test;
import org.radiomesh.mesh.TestMeshes;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.metrics.MeshMetrics;
import org.radiomesh.metrics.MetricOptions;
import org.radiomesh.metrics.NeighbourEngine;
import org.radiomesh.metrics.PairMetrics;

/** The DJL engine on the CPU (libtorch from pytorch-native-cpu, offline) against the k-d tree. */
class DjlNearestNeighboursTest {

  @Test
  void distancesAgreeWithTheKdTree() {
    // More reference points than one device tile, queries not a multiple of the query tile.
    float[] ref = TestMeshes.clusteredCloud(DjlNearestNeighbours.REFERENCE_TILE + 3000, 1, 8, 0.05);
    float[] q = TestMeshes.uniformCloud(2500, 2, -0.1f, 1.1f);
    int n = 2500;
    double[] expected = new double[n];
    int[] expectedIndex = new int[n];
    KdTree.build(ref).nearest(q, 0, n, expected, expectedIndex, 0);
    double[] d2 = new double[n + 5];
    int[] index = new int[n + 5];
    try (DjlNearestNeighbours djl = new DjlNearestNeighbours(ref, Device.cpu())) {
      assertThat(djl.size()).isEqualTo(ref.length / 3);
      djl.nearest(q, 0, n, d2, index, 5);
    }
    int exact = 0;
    for (int i = 0; i < n; i++) {
      double d = d2[5 + i];
      int j = index[5 + i];
      double dx = (double) q[3 * i] - ref[3 * j];
      double dy = (double) q[3 * i + 1] - ref[3 * j + 1];
      double dz = (double) q[3 * i + 2] - ref[3 * j + 2];
      assertThat(dx * dx + dy * dy + dz * dz).as("distance of the returned point").isEqualTo(d);
      assertThat(d).isCloseTo(expected[i], within(1e-6 * (expected[i] + 1e-6)));
      if (d == expected[i]) {
        exact++;
      }
    }
    assertThat(exact).as("queries whose DJL distance is the exact minimum").isGreaterThan(n * 99 / 100);
  }

  @Test
  void metricsAgreeWithTheIndexEngine() {
    float[] pred = TestMeshes.clusteredCloud(4000, 3, 5, 0.08);
    float[] gt = TestMeshes.uniformCloud(3000, 4, 0, 1);
    MetricOptions index = MetricOptions.builder().thresholds(0.01, 0.02, 0.05).build();
    MetricOptions djl = index.toBuilder().engine(NeighbourEngine.DJL).device("cpu").threads(2).build();
    TriangleMesh p = TriangleMesh.pointCloud(pred);
    TriangleMesh g = TriangleMesh.pointCloud(gt);
    PairMetrics a = MeshMetrics.compare(p, g, index, "djl");
    PairMetrics b = MeshMetrics.compare(p, g, djl, "djl");
    assertThat(b.chamfer()).isCloseTo(a.chamfer(), within(1e-5 * a.chamfer()));
    assertThat(b.meanSquaredDistancePredToGt()).isCloseTo(a.meanSquaredDistancePredToGt(),
        within(1e-5 * a.meanSquaredDistancePredToGt()));
    assertThat(b.hausdorff()).isCloseTo(a.hausdorff(), within(1e-5 * a.hausdorff()));
    for (int j = 0; j < 3; j++) {
      assertThat(b.fscore()[j]).isCloseTo(a.fscore()[j], within(1e-5 * a.fscore()[j]));
      assertThat(b.precision()[j]).isCloseTo(a.precision()[j], within(1e-5 * a.precision()[j]));
    }
    assertThat(b.card().engine()).isEqualTo("djl:cpu");
  }

  @Test
  void devicesByName() {
    assertThat(DjlNearestNeighbours.device("cpu")).isEqualTo(Device.cpu());
    assertThat(DjlNearestNeighbours.device("GPU:1")).isEqualTo(Device.gpu(1));
    assertThatThrownBy(() -> DjlNearestNeighbours.device("tpu")).hasMessageContaining("device");
  }
}
