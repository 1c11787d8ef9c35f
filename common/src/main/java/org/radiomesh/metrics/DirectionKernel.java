package org.radiomesh.metrics;

import org.radiomesh.mesh.PointSet;
import org.radiomesh.spatial.NeighbourIndex;

/**
 * One direction of a comparison, block by block: queries one block of {@link MeshMetrics#BLOCK} query points against
 * the reference index (one call per block, so a search's warm start never crosses a block boundary) and reduces it to
 * the block's statistics in query order. Blocks are independent, which is what makes results split- and
 * thread-count-invariant.
 */
final class DirectionKernel {
  private final float[] queries;
  private final float[] queryNormals;
  private final float[] referenceNormals;
  private final NeighbourIndex reference;
  private final double[] thresholds;
  private final int queryCount;

  /** The statistics of one block. */
  record Block(double sumDistance, double sumSquared, double sumNormalDot, long normalPairs, double maxDistance,
      long[] atMost, long[] below, float[] distances) {}

  DirectionKernel(PreparedPair p, boolean predToGt, NeighbourIndex reference, MetricOptions o) {
    PointSet q = p.queries(predToGt);
    PointSet r = p.queries(!predToGt);
    PreparedPair.Surface surface = predToGt ? p.gtSurface() : p.predSurface();
    int expected;
    float[] refNormals;
    if (o.pointToSurface()) {
      if (surface == null) {
        throw new IllegalArgumentException("options ask for point-to-surface distances but the prepared pair "
            + p.pairId() + " has no triangles; prepare it with the same options");
      }
      expected = surface.faceCount();
      refNormals = surface.faceNormals();
    } else {
      expected = r.size();
      refNormals = r.normals();
    }
    if (reference.size() != expected) {
      throw new IllegalArgumentException("reference index has " + reference.size() + " elements, expected "
          + expected + " (" + (o.pointToSurface() ? "triangles" : "points") + " of the "
          + (predToGt ? "gt" : "pred") + " side of " + p.pairId() + ")");
    }
    boolean normals = o.withNormals() && q.hasNormals() && refNormals != null;
    this.queries = q.xyz();
    this.queryNormals = normals ? q.normals() : null;
    this.referenceNormals = normals ? refNormals : null;
    this.reference = reference;
    this.thresholds = o.thresholds();
    this.queryCount = q.size();
  }

  int queryCount() {
    return queryCount;
  }

  int blockCount() {
    return (queryCount + MeshMetrics.BLOCK - 1) / MeshMetrics.BLOCK;
  }

  Block run(int block) {
    int from = block * MeshMetrics.BLOCK;
    int to = Math.min(queryCount, from + MeshMetrics.BLOCK);
    int n = to - from;
    double[] d2 = new double[n];
    int[] index = new int[n];
    reference.nearest(queries, from, to, d2, index, 0);
    float[] distances = new float[n];
    double sum = 0;
    double sumSquared = 0;
    double max = 0;
    int t = thresholds.length;
    long[] atMost = new long[t];
    long[] below = new long[t];
    for (int k = 0; k < n; k++) {
      double s = d2[k];
      double d = Math.sqrt(s);
      distances[k] = (float) d;
      sum += d;
      sumSquared += s;
      max = Math.max(max, d);
      for (int j = 0; j < t; j++) {
        double r = thresholds[j];
        if (d <= r) {
          atMost[j]++;
          if (d < r) {
            below[j]++;
          }
        }
      }
    }
    double dots = 0;
    long pairs = 0;
    if (queryNormals != null) {
      for (int k = 0; k < n; k++) {
        int a = 3 * (from + k);
        int b = 3 * index[k];
        double qx = queryNormals[a];
        double qy = queryNormals[a + 1];
        double qz = queryNormals[a + 2];
        double rx = referenceNormals[b];
        double ry = referenceNormals[b + 1];
        double rz = referenceNormals[b + 2];
        if ((qx != 0 || qy != 0 || qz != 0) && (rx != 0 || ry != 0 || rz != 0)) {
          dots += Math.abs(qx * rx + qy * ry + qz * rz);
          pairs++;
        }
      }
    }
    return new Block(sum, sumSquared, dots, pairs, max, atMost, below, distances);
  }

  /** The statistics of consecutive blocks {@code firstBlock, firstBlock + 1, ...}. */
  DirectionStats assemble(int firstBlock, Block[] blocks) {
    int n = blocks.length;
    int[] ids = new int[n];
    double[] sd = new double[n];
    double[] sq = new double[n];
    double[] sn = new double[n];
    float[][] ds = new float[n][];
    long pairs = 0;
    double max = 0;
    long[] atMost = new long[thresholds.length];
    long[] below = new long[thresholds.length];
    for (int k = 0; k < n; k++) {
      Block b = blocks[k];
      ids[k] = firstBlock + k;
      sd[k] = b.sumDistance();
      sq[k] = b.sumSquared();
      sn[k] = b.sumNormalDot();
      ds[k] = b.distances();
      pairs += b.normalPairs();
      max = Math.max(max, b.maxDistance());
      for (int j = 0; j < thresholds.length; j++) {
        atMost[j] += b.atMost()[j];
        below[j] += b.below()[j];
      }
    }
    return new DirectionStats(queryCount, thresholds.length, ids, sd, sq, sn, ds, pairs, max, atMost, below);
  }
}
