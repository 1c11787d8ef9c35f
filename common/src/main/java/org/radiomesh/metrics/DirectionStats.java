package org.radiomesh.metrics;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Partial, mergeable statistics of one direction of a comparison (the queries of one side against the other side's
 * reference), for some of its query blocks of {@link MeshMetrics#BLOCK} queries.
 *
 * <p>Held per block: the sum of the unsquared distances d, the sum of d², the sum of |n·n'| over query/reference
 * normal pairs, and the distances themselves (float, for exact percentiles); held as totals (integers or maxima, so
 * exact in any order): the count of normal pairs, the largest d, and per threshold r the counts of d ≤ r and d &lt; r.
 *
 * <p>Exactness: {@link #merge} only unions block sets, and every floating-point total is summed over the blocks in
 * ascending block order, so the statistics of a direction are bit-for-bit the same however its queries were split
 * into ranges (on block boundaries), merged or threaded. Cost: O(blocks) to merge, 4 bytes per query for the distances.
 */
public final class DirectionStats implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int queryCount;
  private final int thresholdCount;
  private final int[] blocks;
  private final double[] sumDistance;
  private final double[] sumSquared;
  private final double[] sumNormalDot;
  private final float[][] distances;
  private final long normalPairs;
  private final double maxDistance;
  private final long[] atMost;
  private final long[] below;

  DirectionStats(int queryCount, int thresholdCount, int[] blocks, double[] sumDistance, double[] sumSquared,
      double[] sumNormalDot, float[][] distances, long normalPairs, double maxDistance, long[] atMost, long[] below) {
    this.queryCount = queryCount;
    this.thresholdCount = thresholdCount;
    this.blocks = blocks;
    this.sumDistance = sumDistance;
    this.sumSquared = sumSquared;
    this.sumNormalDot = sumNormalDot;
    this.distances = distances;
    this.normalPairs = normalPairs;
    this.maxDistance = maxDistance;
    this.atMost = atMost;
    this.below = below;
  }

  /** Statistics of no block, the identity of {@link #merge}. */
  public static DirectionStats empty(int queryCount, int thresholdCount) {
    return new DirectionStats(queryCount, thresholdCount, new int[0], new double[0], new double[0], new double[0],
        new float[0][], 0, 0, new long[thresholdCount], new long[thresholdCount]);
  }

  /**
   * The union of two partials of the same direction.
   *
   * @throws IllegalArgumentException if they belong to different directions (query counts or thresholds differ) or
   *     share a block
   */
  public DirectionStats merge(DirectionStats other) {
    if (other.queryCount != queryCount || other.thresholdCount != thresholdCount) {
      throw new IllegalArgumentException("cannot merge statistics of " + queryCount + " queries / " + thresholdCount
          + " thresholds with " + other.queryCount + " / " + other.thresholdCount);
    }
    int n = blocks.length + other.blocks.length;
    int[] b = new int[n];
    double[] sd = new double[n];
    double[] sq = new double[n];
    double[] sn = new double[n];
    float[][] ds = new float[n][];
    for (int i = 0, j = 0, k = 0; k < n; k++) {
      boolean mine = j >= other.blocks.length || (i < blocks.length && blocks[i] < other.blocks[j]);
      if (i < blocks.length && j < other.blocks.length && blocks[i] == other.blocks[j]) {
        throw new IllegalArgumentException("block " + blocks[i] + " is in both partials: it would count twice");
      }
      DirectionStats from = mine ? this : other;
      int at = mine ? i++ : j++;
      b[k] = from.blocks[at];
      sd[k] = from.sumDistance[at];
      sq[k] = from.sumSquared[at];
      sn[k] = from.sumNormalDot[at];
      ds[k] = from.distances[at];
    }
    long[] le = atMost.clone();
    long[] lt = below.clone();
    for (int t = 0; t < thresholdCount; t++) {
      le[t] += other.atMost[t];
      lt[t] += other.below[t];
    }
    return new DirectionStats(queryCount, thresholdCount, b, sd, sq, sn, ds, normalPairs + other.normalPairs,
        Math.max(maxDistance, other.maxDistance), le, lt);
  }

  /** Number of points on the query side (all blocks, held or not). */
  public int queryCount() {
    return queryCount;
  }

  /** Number of queries held. */
  public long count() {
    long c = 0;
    for (float[] d : distances) {
      c += d.length;
    }
    return c;
  }

  /** Block indices held, ascending. */
  public int[] blocks() {
    return blocks.clone();
  }

  /** True when every block of the query side is held. */
  public boolean isComplete() {
    return count() == queryCount && blocks.length == (queryCount + MeshMetrics.BLOCK - 1) / MeshMetrics.BLOCK;
  }

  /** Σ d over the held queries, summed block by block in ascending block order. */
  public double sumDistance() {
    return ordered(sumDistance);
  }

  /** Σ d² over the held queries, in ascending block order. */
  public double sumSquaredDistance() {
    return ordered(sumSquared);
  }

  /** Σ |n·n'| over the held queries that have a normal pair, in ascending block order. */
  public double sumNormalDot() {
    return ordered(sumNormalDot);
  }

  /** Number of queries whose normal and whose reference's normal are both defined. */
  public long normalPairs() {
    return normalPairs;
  }

  /** Largest d held (0 when empty). */
  public double maxDistance() {
    return maxDistance;
  }

  /** Number of held queries with d ≤ thresholds[t]. */
  public long atMost(int t) {
    return atMost[t];
  }

  /** Number of held queries with d &lt; thresholds[t]. */
  public long below(int t) {
    return below[t];
  }

  public int thresholdCount() {
    return thresholdCount;
  }

  /** The held distances d (float), in block order then query order: a new array. */
  public float[] distances() {
    float[] all = new float[Math.toIntExact(count())];
    int at = 0;
    for (float[] d : distances) {
      System.arraycopy(d, 0, all, at, d.length);
      at += d.length;
    }
    return all;
  }

  private static double ordered(double[] perBlock) {
    double s = 0;
    for (double v : perBlock) {
      s += v;
    }
    return s;
  }

  @Override
  public String toString() {
    return "DirectionStats[queries=" + queryCount + ", blocks=" + Arrays.toString(blocks) + "]";
  }
}
