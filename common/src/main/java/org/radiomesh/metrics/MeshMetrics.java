package org.radiomesh.metrics;

import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.spatial.DjlNearestNeighbours;
import org.radiomesh.spatial.KdTree;
import org.radiomesh.spatial.NeighbourIndex;
import org.radiomesh.spatial.ParallelBlocks;
import org.radiomesh.spatial.TriangleBvh;

/**
 * Chamfer distance, F-score, Hausdorff distances, distance percentiles and normal consistency between a predicted
 * mesh (or point cloud) and a ground truth, with the conventions of {@link MetricOptions} recorded in a
 * {@link MetricCard}.
 *
 * <p>Steps: {@link #prepare} (sample, normalise, Morton-order), {@link #index} (a reference structure per side),
 * {@link #direction} (queries of one side against the other's index, by blocks of {@value #BLOCK}), {@link #combine}.
 * {@link #compare} does all four; the Spark job may split the two directions' query ranges over tasks and
 * {@link DirectionStats#merge} the partials. Splits must fall on multiples of {@value #BLOCK}. Every floating-point
 * total is summed per block and then over blocks in block order, so the result is bit-for-bit identical to
 * {@link #compare} for any split and any thread count.
 *
 * <p>Errors: an empty side, a non-finite coordinate, a surface of zero area, or a GT of zero extent under a
 * normalisation throw {@link IllegalArgumentException} with a message naming the side; no metric is ever NaN.
 *
 * <p>Cost: O((n + m) log(n + m)) expected for n and m points per side with the k-d tree engine, O(n·m) with DJL.
 *
 * <pre>{@code
 * PairMetrics m = MeshMetrics.compare(pred, gt, MetricOptions.defaults(), "case-17");
 * double f = m.fscore()[0];
 * }</pre>
 */
public final class MeshMetrics {
  /** Queries per block: the unit of splitting, of summation order and of search warm starts. */
  public static final int BLOCK = NeighbourIndex.BLOCK;

  private MeshMetrics() {}

  /** Compares pred with gt; {@code pairId} seeds the sampling (see {@link PreparedPair}). */
  public static PairMetrics compare(TriangleMesh pred, TriangleMesh gt, MetricOptions o, String pairId) {
    PreparedPair p = prepare(pred, gt, o, pairId);
    NeighbourIndex[] indexes = new NeighbourIndex[2];
    try {
      int threads = ParallelBlocks.resolve(o.threads());
      if (threads >= 4 || threads == 1) {
        indexes[0] = index(p, true, o);
        indexes[1] = index(p, false, o);
      } else {
        ParallelBlocks.forEach(2, threads, k -> indexes[k] = index(p, k == 0, o));
      }
      DirectionKernel predToGt = new DirectionKernel(p, true, indexes[0], o);
      DirectionKernel gtToPred = new DirectionKernel(p, false, indexes[1], o);
      int a = predToGt.blockCount();
      DirectionKernel.Block[] blocks = new DirectionKernel.Block[a + gtToPred.blockCount()];
      ParallelBlocks.forEach(blocks.length, threads,
          b -> blocks[b] = b < a ? predToGt.run(b) : gtToPred.run(b - a));
      DirectionKernel.Block[] first = java.util.Arrays.copyOfRange(blocks, 0, a);
      DirectionKernel.Block[] second = java.util.Arrays.copyOfRange(blocks, a, blocks.length);
      return combine(predToGt.assemble(0, first), gtToPred.assemble(0, second), o, p);
    } finally {
      for (NeighbourIndex index : indexes) {
        if (index != null) {
          index.close();
        }
      }
    }
  }

  /**
   * Samples meshes (point clouds are used as they are), applies the normalisation derived from gt to both, and puts
   * each side in Morton order.
   *
   * @throws IllegalArgumentException on an empty side, a non-finite coordinate, a zero-area surface, or a GT that
   *     the normalisation cannot scale
   */
  public static PreparedPair prepare(TriangleMesh pred, TriangleMesh gt, MetricOptions o, String pairId) {
    return PreparedPair.of(pred, gt, o, pairId);
  }

  /**
   * The reference structure of one side, which answers the queries of the other side: a k-d tree over its points,
   * a triangle BVH over its triangles when point to surface, or the DJL engine on {@link MetricOptions#device()}.
   * Close it when done (it matters for DJL only).
   *
   * @param gtSide true for the GT side (the reference of pred → gt), false for pred
   */
  public static NeighbourIndex index(PreparedPair p, boolean gtSide, MetricOptions o) {
    if (o.pointToSurface()) {
      PreparedPair.Surface s = gtSide ? p.gtSurface() : p.predSurface();
      if (s == null) {
        throw new IllegalArgumentException("point-to-surface needs triangles, but pair " + p.pairId()
            + " was prepared without them; prepare it with the same options");
      }
      return TriangleBvh.build(s.xyz(), s.faces(), o.threads());
    }
    float[] xyz = (gtSide ? p.gt() : p.pred()).xyz();
    return o.engine() == NeighbourEngine.DJL
        ? new DjlNearestNeighbours(xyz, DjlNearestNeighbours.device(o.device()))
        : KdTree.build(xyz, o.threads());
  }

  /**
   * Statistics of queries [fromQuery, toQuery) of one direction against the other side's reference.
   *
   * @param predToGt true: pred points query the GT reference; false: GT points query the pred reference
   * @param reference {@link #index}(p, predToGt, o)
   * @throws IllegalArgumentException if the range is outside the side, does not start on a multiple of
   *     {@value #BLOCK}, or ends elsewhere than on a multiple of it or at the end of the side; or if the reference does
   *     not match the pair
   */
  public static DirectionStats direction(PreparedPair p, boolean predToGt, int fromQuery, int toQuery,
      NeighbourIndex reference, MetricOptions o) {
    DirectionKernel kernel = new DirectionKernel(p, predToGt, reference, o);
    int n = kernel.queryCount();
    if (fromQuery < 0 || toQuery > n || fromQuery > toQuery) {
      throw new IllegalArgumentException("query range [" + fromQuery + ", " + toQuery + ") is outside [0, " + n + ")");
    }
    if (fromQuery % BLOCK != 0 || (toQuery % BLOCK != 0 && toQuery != n)) {
      throw new IllegalArgumentException("query range [" + fromQuery + ", " + toQuery + ") must start on a multiple of "
          + BLOCK + " and end on one or at " + n);
    }
    int first = fromQuery / BLOCK;
    DirectionKernel.Block[] blocks = new DirectionKernel.Block[(toQuery - fromQuery + BLOCK - 1) / BLOCK];
    ParallelBlocks.forEach(blocks.length, o.threads(), b -> blocks[b] = kernel.run(first + b));
    return kernel.assemble(first, blocks);
  }

  /**
   * The metrics of complete directional statistics.
   *
   * @throws IllegalArgumentException if a direction is missing blocks or does not match the pair or the options
   */
  public static PairMetrics combine(DirectionStats predToGt, DirectionStats gtToPred, MetricOptions o,
      PreparedPair p) {
    check("pred -> gt", predToGt, p.pred().size(), o);
    check("gt -> pred", gtToPred, p.gt().size(), o);
    double[][] percentiles = new double[2][];
    ParallelBlocks.forEach(2, o.threads(),
        k -> percentiles[k] = Percentiles.of((k == 0 ? predToGt : gtToPred).distances(), PairMetrics.levels()));
    return new PairMetrics(p.pairId(), predToGt, gtToPred, percentiles[0], percentiles[1], o,
        p.transform().scale());
  }

  private static void check(String name, DirectionStats s, int points, MetricOptions o) {
    if (s.queryCount() != points || s.thresholdCount() != o.thresholds().length) {
      throw new IllegalArgumentException(name + " statistics are of " + s.queryCount() + " queries and "
          + s.thresholdCount() + " thresholds, expected " + points + " and " + o.thresholds().length);
    }
    if (!s.isComplete()) {
      throw new IllegalArgumentException(name + " statistics hold " + s.count() + " of " + points
          + " queries: merge the partials of every block first");
    }
  }
}
