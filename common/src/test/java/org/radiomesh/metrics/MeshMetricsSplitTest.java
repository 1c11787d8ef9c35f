package org.radiomesh.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.radiomesh.mesh.TestMeshes;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.spatial.NeighbourIndex;

/** Splitting the queries of a pair over ranges, threads and merge orders gives bit-for-bit the result of compare. */
class MeshMetricsSplitTest {
  private static final int B = MeshMetrics.BLOCK;

  private static final TriangleMesh PRED = TestMeshes.uvSphere(1, 20, 40);
  /** A point cloud of another size, with normals, near the sphere. */
  private static final TriangleMesh GT = gtCloud();

  private static TriangleMesh gtCloud() {
    float[] xyz = TestMeshes.clusteredCloud(5 * B + 777, 21, 12, 0.3);
    float[] normals = TestMeshes.uniformCloud(5 * B + 777, 22, -1, 1);
    return TriangleMesh.builder().xyz(xyz).normals(normals).build();
  }

  private static MetricOptions options(boolean pointToSurface, int threads) {
    return MetricOptions.builder().samples(3 * B + 1234).thresholds(0.01, 0.02, 0.05, 0.1).seed(3)
        .pointToSurface(pointToSurface).threads(threads).build();
  }

  /** Ranges [cut_k, cut_k+1) over n queries, cut at the given block numbers (those inside [0, n)). */
  private static List<int[]> ranges(int n, int... cutBlocks) {
    List<int[]> out = new ArrayList<>();
    int from = 0;
    for (int c : cutBlocks) {
      if (c * B >= n) {
        break;
      }
      out.add(new int[] {from, c * B});
      from = c * B;
    }
    out.add(new int[] {from, n});
    return out;
  }

  private static DirectionStats split(PreparedPair p, boolean predToGt, NeighbourIndex ref, MetricOptions o,
      List<int[]> ranges, long shuffle) {
    List<DirectionStats> parts = new ArrayList<>();
    for (int[] r : ranges) {
      parts.add(MeshMetrics.direction(p, predToGt, r[0], r[1], ref, o));
    }
    Collections.shuffle(parts, new Random(shuffle));
    // Merge as an unbalanced tree: pairs first, then fold the rest from the right.
    while (parts.size() > 1) {
      DirectionStats a = parts.remove(parts.size() - 1);
      DirectionStats b = parts.remove(parts.size() - 1);
      parts.add(0, shuffle % 2 == 0 ? a.merge(b) : b.merge(a));
    }
    return parts.get(0);
  }

  private static void assertSplitEqualsCompare(boolean pointToSurface) {
    MetricOptions one = options(pointToSurface, 1);
    TriangleMesh gt = pointToSurface ? TestMeshes.uvSphere(1.05f, 20, 40) : GT;
    Map<String, Object> expected = MeshMetrics.compare(PRED, gt, one, "pair").toMap();
    for (int threads : new int[] {2, 3, 0}) {
      assertThat(MeshMetrics.compare(PRED, gt, options(pointToSurface, threads), "pair").toMap())
          .as("compare on %d threads", threads).isEqualTo(expected);
    }
    int[][] predCuts = {{}, {1}, {1, 2, 3}, {3}};
    int[][] gtCuts = {{}, {2}, {1, 2, 3, 4, 5}, {5}};
    for (int threads : new int[] {1, 2}) {
      MetricOptions o = options(pointToSurface, threads);
      PreparedPair p = MeshMetrics.prepare(PRED, gt, o, "pair");
      try (NeighbourIndex gtIndex = MeshMetrics.index(p, true, o);
          NeighbourIndex predIndex = MeshMetrics.index(p, false, o)) {
        for (int layout = 0; layout < predCuts.length; layout++) {
          List<int[]> pr = ranges(p.pred().size(), predCuts[layout]);
          List<int[]> gr = ranges(p.gt().size(), gtCuts[(layout + 1) % gtCuts.length]);
          DirectionStats pg = split(p, true, gtIndex, o, pr, layout);
          DirectionStats gp = split(p, false, predIndex, o, gr, layout + 7);
          assertThat(MeshMetrics.combine(pg, gp, o, p).toMap())
              .as("layout %d on %d threads", layout, threads).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void splitEqualsUnsplitSampleToSample() {
    assertSplitEqualsCompare(false);
  }

  @Test
  void splitEqualsUnsplitPointToSurface() {
    assertSplitEqualsCompare(true);
  }

  @Test
  void incompleteOrMisalignedPartsAreRejected() {
    MetricOptions o = options(false, 1);
    PreparedPair p = MeshMetrics.prepare(PRED, GT, o, "pair");
    try (NeighbourIndex gtIndex = MeshMetrics.index(p, true, o);
        NeighbourIndex predIndex = MeshMetrics.index(p, false, o)) {
      assertThatThrownBy(() -> MeshMetrics.direction(p, true, 1, B, gtIndex, o))
          .hasMessageContaining("multiple of " + B);
      assertThatThrownBy(() -> MeshMetrics.direction(p, true, 0, B + 1, gtIndex, o))
          .hasMessageContaining("multiple of " + B);
      assertThatThrownBy(() -> MeshMetrics.direction(p, true, 0, B, predIndex, o))
          .hasMessageContaining("reference index has");
      DirectionStats first = MeshMetrics.direction(p, true, 0, B, gtIndex, o);
      assertThatThrownBy(() -> first.merge(first)).hasMessageContaining("block 0");
      DirectionStats gp = MeshMetrics.direction(p, false, 0, p.gt().size(), predIndex, o);
      assertThatThrownBy(() -> MeshMetrics.combine(first, gp, o, p)).hasMessageContaining("merge the partials");
      DirectionStats rest = MeshMetrics.direction(p, true, B, p.pred().size(), gtIndex, o);
      assertThat(rest.merge(first).merge(DirectionStats.empty(p.pred().size(), 4)).isComplete()).isTrue();
    }
  }
}
