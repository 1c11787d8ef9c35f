package org.radiomesh.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.radiomesh.mesh.PointSet;
import org.radiomesh.mesh.TestMeshes;
import org.radiomesh.mesh.TriangleMesh;

class MeshMetricsTest {
  private static final MetricOptions RAW = MetricOptions.builder().normalization(Normalization.NONE).build();

  private static TriangleMesh cloud(float... xyz) {
    return TriangleMesh.pointCloud(xyz);
  }

  /**
   * P = (0,0,0), (0,0,0.125), (0,0,0.25), (5,0,0); G = (0,0,0.0625), (10,0,0); all distances exact in binary.
   * d(p,G) = 0.0625, 0.0625, 0.1875, 5 (p3 is 5 from g1, a bit more from g0); d(g,P) = 0.0625, 5.
   */
  private static final TriangleMesh P = cloud(0, 0, 0, 0, 0, 0.125f, 0, 0, 0.25f, 5, 0, 0);
  private static final TriangleMesh G = cloud(0, 0, 0.0625f, 10, 0, 0);

  @Test
  void chamferOfTheHandCase() {
    // Unsquared sum: (0.0625 + 0.0625 + 0.1875 + 5)/4 + (0.0625 + 5)/2 = 1.328125 + 2.53125.
    PairMetrics m = MeshMetrics.compare(P, G, RAW, "hand");
    assertThat(m.chamferPredToGt()).isEqualTo(1.328125);
    assertThat(m.chamferGtToPred()).isEqualTo(2.53125);
    assertThat(m.chamfer()).isEqualTo(3.859375);
    // Squared, halved, weights 2 and 1: ½(2·(0.00390625·2 + 0.03515625 + 25)/4 + (0.00390625 + 25)/2).
    MetricOptions o = RAW.toBuilder().squared(true).reduction(ChamferReduction.HALF).weights(2, 1).build();
    PairMetrics s = MeshMetrics.compare(P, G, o, "hand");
    assertThat(s.chamferPredToGt()).isEqualTo(0.5 * 2 * 25.04296875 / 4);
    assertThat(s.chamferGtToPred()).isEqualTo(0.5 * 25.00390625 / 2);
    assertThat(s.chamfer()).isEqualTo(0.5 * (2 * 6.2607421875 + 12.501953125));
    assertThat(s.meanSquaredDistanceGtToPred()).isEqualTo(12.501953125);
    assertThat(s.hausdorff()).isEqualTo(5.0);
  }

  @Test
  void kaolinRecallMixesCountsOnTheHandCase() {
    // r = 1: fp = #{p: d > 1} = 1 (p3), tp = 4 - 1 = 3, fn = #{g: d > 1} = 1 (g1).
    // Kaolin: precision = 3/(3+1) = 0.75, recall = tp/(tp+fn) = 3/4 = 0.75, F = 2·0.75·0.75/(1.5 + 1e-8).
    // Standard: precision = 3/4, recall = 1/2 (one of two GT points within 1), F = 2·(3/4)(1/2)/(5/4) = 0.6.
    MetricOptions base = RAW.toBuilder().thresholds(1).build();
    PairMetrics k = MeshMetrics.compare(P, G, base.toBuilder().fScoreMode(FScoreMode.KAOLIN).build(), "hand");
    assertThat(k.precision()[0]).isEqualTo(0.75);
    assertThat(k.recall()[0]).isEqualTo(0.75);
    assertThat(k.fscore()[0]).isEqualTo(2 * 0.75 * 0.75 / (0.75 + 0.75 + 1e-8));
    PairMetrics s = MeshMetrics.compare(P, G, base, "hand");
    assertThat(s.precision()[0]).isEqualTo(0.75);
    assertThat(s.recall()[0]).isEqualTo(0.5);
    assertThat(s.fscore()[0]).isCloseTo(0.6, within(1e-15));
  }

  @Test
  void meshRcnnIsStrictAtTheThreshold() {
    // r = 0.0625 exactly: p0, p1 and g0 sit on it. "<=": P = 2/4, R = 1/2; "<": nothing counts.
    MetricOptions base = RAW.toBuilder().thresholds(0.0625).build();
    PairMetrics s = MeshMetrics.compare(P, G, base, "hand");
    assertThat(s.precision()[0]).isEqualTo(0.5);
    assertThat(s.recall()[0]).isEqualTo(0.5);
    assertThat(s.fscore()[0]).isEqualTo(0.5);
    PairMetrics r = MeshMetrics.compare(P, G, base.toBuilder().fScoreMode(FScoreMode.MESHRCNN).build(), "hand");
    assertThat(r.precision()[0]).isEqualTo(0.0);
    assertThat(r.recall()[0]).isEqualTo(0.0);
    assertThat(r.fscore()[0]).isEqualTo(0.0);
    assertThat(r.card().comparison()).isEqualTo("<");
    assertThat(s.card().comparison()).isEqualTo("<=");
  }

  @Test
  void everyOptionMatchesBruteForceOnRandomClouds() {
    float[] pred = TestMeshes.clusteredCloud(7000, 1, 6, 0.05);
    float[] gt = TestMeshes.uniformCloud(5000, 2, 0, 1);
    BruteForceMetrics bf = new BruteForceMetrics(pred, gt);
    double[] thresholds = {0.005, 0.01, 0.02, 0.05};
    for (boolean squared : new boolean[] {false, true}) {
      for (ChamferReduction reduction : ChamferReduction.values()) {
        for (FScoreMode mode : FScoreMode.values()) {
          MetricOptions o = RAW.toBuilder().squared(squared).reduction(reduction).fScoreMode(mode)
              .weights(1.5, 0.5).thresholds(thresholds).threads(2).build();
          PairMetrics m = MeshMetrics.compare(cloud(pred), cloud(gt), o, "random");
          assertThat(m.chamfer()).as("%s %s %s", squared, reduction, mode)
              .isCloseTo(bf.chamfer(o), within(1e-12 * bf.chamfer(o)));
          for (int j = 0; j < thresholds.length; j++) {
            double[] e = bf.fscore(mode, thresholds[j]);
            assertThat(m.precision()[j]).isCloseTo(e[0], within(1e-14));
            assertThat(m.recall()[j]).isCloseTo(e[1], within(1e-14));
            assertThat(m.fscore()[j]).isCloseTo(e[2], within(1e-14));
          }
        }
      }
    }
    PairMetrics m = MeshMetrics.compare(cloud(pred), cloud(gt), RAW, "random");
    assertThat(m.hausdorffPredToGt()).isEqualTo(BruteForceMetrics.max(bf.predToGt));
    assertThat(m.hausdorffGtToPred()).isEqualTo(BruteForceMetrics.max(bf.gtToPred));
    double[] levels = PairMetrics.percentileLevels();
    for (int k = 0; k < levels.length; k++) {
      assertThat(m.percentilesPredToGt()[k]).isEqualTo(BruteForceMetrics.percentile(bf.predToGt, levels[k]));
      assertThat(m.percentilesGtToPred()[k]).isEqualTo(BruteForceMetrics.percentile(bf.gtToPred, levels[k]));
    }
    assertThat(m.hausdorff95()).isEqualTo(Math.max(m.percentilesPredToGt()[2], m.percentilesGtToPred()[2]));
    assertThat(m.meanDistancePredToGt()).isCloseTo(BruteForceMetrics.mean(bf.predToGt, false), within(1e-14));
  }

  @Test
  void normalConsistencyMatchesBruteForce() {
    float[] pred = TestMeshes.uniformCloud(3000, 3, 0, 1);
    float[] gt = TestMeshes.uniformCloud(2000, 4, 0, 1);
    float[] pn = TestMeshes.uniformCloud(3000, 5, -1, 1);
    float[] gn = TestMeshes.uniformCloud(2000, 6, -1, 1);
    BruteForceMetrics bf = new BruteForceMetrics(pred, gt);
    double pg = 0;
    for (int i = 0; i < pred.length / 3; i++) {
      pg += absCos(pn, i, gn, bf.predToGtIndex[i]);
    }
    double gp = 0;
    for (int i = 0; i < gt.length / 3; i++) {
      gp += absCos(gn, i, pn, bf.gtToPredIndex[i]);
    }
    double expected = 0.5 * (pg / (pred.length / 3) + gp / (gt.length / 3));
    TriangleMesh p = TriangleMesh.builder().xyz(pred).normals(pn).build();
    TriangleMesh g = TriangleMesh.builder().xyz(gt).normals(gn).build();
    PairMetrics m = MeshMetrics.compare(p, g, RAW, "normals");
    assertThat(m.normalConsistency().getAsDouble()).isCloseTo(expected, within(1e-6));
    assertThat(MeshMetrics.compare(p, cloud(gt), RAW, "n").normalConsistency()).isEmpty();
    assertThat(MeshMetrics.compare(p, g, RAW.toBuilder().withNormals(false).build(), "n").normalConsistency())
        .isEmpty();
  }

  private static double absCos(float[] a, int i, float[] b, int j) {
    double ax = a[3 * i];
    double ay = a[3 * i + 1];
    double az = a[3 * i + 2];
    double bx = b[3 * j];
    double by = b[3 * j + 1];
    double bz = b[3 * j + 2];
    return Math.abs(ax * bx + ay * by + az * bz) / Math.sqrt((ax * ax + ay * ay + az * az) * (bx * bx + by * by
        + bz * bz));
  }

  @Test
  void meshAgainstItselfHasNormalConsistencyNearOne() {
    TriangleMesh sphere = TestMeshes.uvSphere(1, 32, 64);
    PairMetrics m = MeshMetrics.compare(sphere, sphere, MetricOptions.builder().samples(20_000).build(), "self");
    assertThat(m.normalConsistency().getAsDouble()).isGreaterThan(0.99);
    assertThat(m.predPoints()).isEqualTo(20_000);
  }

  @Test
  void pointToSurfaceMatchesBruteForceOverTriangles() {
    TriangleMesh gt = TestMeshes.uvSphere(1, 12, 24);
    TriangleMesh pred = TestMeshes.cube(-0.8f, 1.6f);
    MetricOptions o = RAW.toBuilder().samples(3000).pointToSurface(true).build();
    PreparedPair p = MeshMetrics.prepare(pred, gt, o, "p2s");
    PairMetrics m = MeshMetrics.compare(pred, gt, o, "p2s");
    double sumPg = 0;
    for (int i = 0; i < p.pred().size(); i++) {
      sumPg += Math.sqrt(toTriangles(p.pred().xyz(), i, gt));
    }
    double sumGp = 0;
    for (int i = 0; i < p.gt().size(); i++) {
      sumGp += Math.sqrt(toTriangles(p.gt().xyz(), i, pred));
    }
    assertThat(m.meanDistancePredToGt()).isCloseTo(sumPg / 3000, within(1e-12));
    assertThat(m.meanDistanceGtToPred()).isCloseTo(sumGp / 3000, within(1e-12));
    assertThat(m.card().distance()).isEqualTo("point-to-surface");
    // Point to surface is never farther than point to samples.
    PairMetrics samples = MeshMetrics.compare(pred, gt, o.toBuilder().pointToSurface(false).build(), "p2s");
    assertThat(m.chamfer()).isLessThan(samples.chamfer());
  }

  private static double toTriangles(float[] q, int i, TriangleMesh mesh) {
    double best = Double.POSITIVE_INFINITY;
    float[] tri = new float[9];
    for (int f = 0; f < mesh.faceCount(); f++) {
      for (int k = 0; k < 3; k++) {
        System.arraycopy(mesh.xyz(), 3 * mesh.faces()[3 * f + k], tri, 3 * k, 3);
      }
      best = Math.min(best, org.radiomesh.spatial.ClosestPointOnTriangle.distanceSquared(q[3 * i], q[3 * i + 1],
          q[3 * i + 2], tri, 0, null));
    }
    return best;
  }

  @Test
  void normalisationDerivesFromGtAndScalesDistances() {
    TriangleMesh gt = TestMeshes.cube(2, 4);
    TriangleMesh pred = cloud(0, 0, 0, 8, 8, 8);
    SimilarityTransform cube = MeshMetrics.prepare(pred, gt, MetricOptions.defaults(), "n").transform();
    assertThat(cube).isEqualTo(new SimilarityTransform(4, 4, 4, 0.25));
    SimilarityTransform sphere = MeshMetrics.prepare(pred, gt,
        MetricOptions.builder().normalization(Normalization.UNIT_SPHERE).build(), "n").transform();
    assertThat(sphere.scale()).isCloseTo(1 / Math.sqrt(12), within(1e-15));
    SimilarityTransform fixed = MeshMetrics.prepare(pred, gt,
        MetricOptions.builder().normalization(Normalization.FIXED_SCALE).fixedScale(10).build(), "n").transform();
    assertThat(fixed.scale()).isEqualTo(2.5);
    // The same pair in mesh units and in unit-cube units: distances differ by the factor 1/4 (up to float rounding).
    PairMetrics mm = MeshMetrics.compare(pred, gt, RAW.toBuilder().samples(2000).build(), "n");
    PairMetrics unit = MeshMetrics.compare(pred, gt, MetricOptions.builder().samples(2000).build(), "n");
    assertThat(unit.chamfer()).isCloseTo(mm.chamfer() * 0.25, within(1e-6));
    assertThat(unit.normalizationScale()).isEqualTo(0.25);
    PreparedPair p = MeshMetrics.prepare(pred, gt, MetricOptions.defaults(), "n");
    assertThat(p.pred().xyz()).containsExactlyInAnyOrder(-1, -1, -1, 1, 1, 1);
  }

  @Test
  void emptyAndNonFiniteInputsAreRejected() {
    TriangleMesh empty = cloud();
    assertThatThrownBy(() -> MeshMetrics.compare(empty, G, RAW, "e")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pred is empty");
    assertThatThrownBy(() -> MeshMetrics.compare(P, empty, RAW, "e")).hasMessageContaining("gt is empty");
    assertThatThrownBy(() -> MeshMetrics.compare(cloud(0, Float.NaN, 0), G, RAW, "e"))
        .hasMessageContaining("pred vertex 0 has a non-finite coordinate");
    assertThatThrownBy(() -> MeshMetrics.compare(P, cloud(1, 1, 1), MetricOptions.defaults(), "e"))
        .hasMessageContaining("zero extent");
    assertThatThrownBy(() -> MeshMetrics.compare(P, TestMeshes.unitCube(), RAW.toBuilder().pointToSurface(true)
        .build(), "e")).hasMessageContaining("pred is a point cloud");
  }

  @Test
  void optionsAreValidated() {
    assertThatThrownBy(() -> MetricOptions.builder().samples(0).build()).hasMessageContaining("samples");
    assertThatThrownBy(() -> MetricOptions.builder().thresholds(0.01, -1).build()).hasMessageContaining("thresholds");
    assertThatThrownBy(() -> MetricOptions.builder().thresholds(Double.NaN).build()).hasMessageContaining("finite");
    assertThatThrownBy(() -> MetricOptions.builder().weights(-1, 1).build()).hasMessageContaining("weights");
    assertThatThrownBy(() -> MetricOptions.builder().device("tpu").build()).hasMessageContaining("device");
    assertThatThrownBy(() -> MetricOptions.builder().engine(NeighbourEngine.DJL).pointToSurface(true).build())
        .hasMessageContaining("point-to-point");
    MetricOptions d = MetricOptions.defaults();
    assertThat(d.samples()).isEqualTo(100_000);
    assertThat(d.thresholds()).containsExactly(0.01, 0.05);
    assertThat(d.toBuilder().build()).isEqualTo(d);
  }

  @Test
  void cardAndMapsCarryTheConventions() {
    MetricOptions o = MetricOptions.builder().squared(true).fScoreMode(FScoreMode.KAOLIN).thresholds(0.01, 0.05)
        .normalization(Normalization.FIXED_SCALE).fixedScale(10).seed(7).build();
    PairMetrics m = MeshMetrics.compare(cloud(0, 0, 0, 1, 0, 0), TestMeshes.unitCube(), o, "card");
    MetricCard c = m.card();
    assertThat(c.squared()).isTrue();
    assertThat(c.normalization()).isEqualTo("scale:10.0");
    assertThat(c.predPoints()).isEqualTo(2);
    assertThat(c.gtPoints()).isEqualTo(100_000);
    assertThat(c.seed()).isEqualTo(7);
    assertThat(c.fScoreMode()).isEqualTo("kaolin");
    assertThat(m.toMap()).containsKeys("chamfer", "fscore@0.01", "precision@0.05", "p95GtToPred", "card.seed")
        .doesNotContainKey("normalConsistency");
    assertThat(c.toStringMap()).containsEntry("thresholds", "0.01,0.05").containsEntry("squared", "true");
    assertThat(m.toJson()).contains("\"card\":{").contains("\"fscore@0.05\":");
    assertThat(PointSet.of(TestMeshes.unitCube()).size()).isEqualTo(8);
  }
}
