package org.radiomesh.spatial;

/**
 * A reference set (points or triangles) that answers exact nearest-element queries for batches of query points.
 *
 * <p>Conventions: queries are float xyz triples; the answer for a query is the squared Euclidean distance to the
 * nearest reference element (double precision) and that element's index in the reference's input order. An
 * implementation processes the queries of one call in order and may use the previous query's answer to start the next
 * search; it must never let that change the distance it returns, and for a given call range its element indices must
 * be a deterministic function of the queries and the reference, so that callers that always cut the same ranges (see
 * {@code org.radiomesh.metrics.MeshMetrics#BLOCK}) get reproducible results.
 *
 * <p>Implementations are safe for concurrent calls unless they say otherwise. {@link #close()} frees native memory
 * where there is any (the DJL engine); for the others it does nothing.
 */
public interface NeighbourIndex extends AutoCloseable {
  /** Queries per block in {@link #nearest(float[], double[], int[], int)}; each block is one in-order call. */
  int BLOCK = 4096;

  /** Number of reference elements (points or triangles). */
  int size();

  /**
   * Nearest reference element of queries {@code from} (inclusive) to {@code to} (exclusive).
   *
   * @param queries query points, xyz triples; all coordinates must be finite
   * @param distanceSquared output: squared distance of query {@code i} at {@code outOffset + i - from}
   * @param index output: reference element index of query {@code i} at {@code outOffset + i - from}
   * @throws IllegalArgumentException if a query has a non-finite coordinate
   */
  void nearest(float[] queries, int from, int to, double[] distanceSquared, int[] index, int outOffset);

  /**
   * Nearest reference elements of all queries, in blocks of {@value #BLOCK} queries on {@code threads} threads
   * (0 = all cores); the results do not depend on the thread count.
   */
  default void nearest(float[] queries, double[] distanceSquared, int[] index, int threads) {
    int n = queries.length / 3;
    int blocks = (n + BLOCK - 1) / BLOCK;
    ParallelBlocks.forEach(blocks, threads, b -> {
      int from = b * BLOCK;
      nearest(queries, from, Math.min(n, from + BLOCK), distanceSquared, index, from);
    });
  }

  @Override
  default void close() {}
}
