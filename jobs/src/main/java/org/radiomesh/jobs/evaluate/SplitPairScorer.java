package org.radiomesh.jobs.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.metrics.DirectionStats;
import org.radiomesh.metrics.MeshMetrics;
import org.radiomesh.metrics.MetricOptions;
import org.radiomesh.metrics.PairMetrics;
import org.radiomesh.metrics.PreparedPair;
import scala.Tuple3;

/**
 * Scores one pair too large for one task: the driver samples and normalises it once, broadcasts the prepared points,
 * and splits each direction's queries into ranges of whole {@link MeshMetrics#BLOCK}s, one task per range. Each
 * executor builds the reference index once from the broadcast ({@link ExecutorIndexCache}); the partial statistics come
 * back and are merged in block order, so the result equals the single-task one bit for bit.
 */
final class SplitPairScorer {
  private SplitPairScorer() {}

  /** The outcome row of a large pair (scored or failed). */
  static Row score(SparkSession spark, Row pair, int identityColumns, PairReader reader, MetricOptions options,
      int predMeshColumn, int gtMeshColumn, int tasksPerDirection) {
    List<Object> identity = PairScorer.identity(pair, identityColumns);
    String id = pair.getString(0);
    long start = System.nanoTime();
    try {
      TriangleMesh pred = reader.read("pred", pair.getString(1), struct(pair, predMeshColumn));
      TriangleMesh gt = reader.read("gt", pair.getString(2), struct(pair, gtMeshColumn));
      PreparedPair prepared = MeshMetrics.prepare(pred, gt, options, id);
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      Broadcast<PreparedPair> shared = jsc.broadcast(prepared);
      try {
        List<Tuple3<Boolean, Integer, Integer>> ranges = new ArrayList<>();
        ranges.addAll(ranges(true, prepared.queries(true).size(), tasksPerDirection));
        ranges.addAll(ranges(false, prepared.queries(false).size(), tasksPerDirection));
        long broadcastId = shared.id();
        List<Tuple3<Boolean, Integer, DirectionStats>> parts = jsc.parallelize(ranges, ranges.size())
            .map(r -> {
              MetricOptions taskOptions = PairScorer.onTaskDevice(options);
              PreparedPair p = shared.value();
              var index = ExecutorIndexCache.get(broadcastId, r._1(),
                  () -> MeshMetrics.index(p, r._1(), taskOptions));
              return new Tuple3<>(r._1(), r._2(), MeshMetrics.direction(p, r._1(), r._2(), r._3(), index, taskOptions));
            })
            .collect();
        DirectionStats predToGt = merge(parts, true);
        DirectionStats gtToPred = merge(parts, false);
        PairMetrics m = MeshMetrics.combine(predToGt, gtToPred, options, prepared);
        return MetricRows.ok(identity, m, ranges.size(), (System.nanoTime() - start) / 1e9);
      } finally {
        shared.destroy();
      }
    } catch (ScoringException e) {
      return MetricRows.error(identity, e.reason(), e.getMessage());
    } catch (IllegalArgumentException e) {
      return MetricRows.error(identity, PairScorer.classify(e), e.getMessage());
    }
  }

  /** [from, to) query ranges on block boundaries, about {@code tasks} of them. */
  static List<Tuple3<Boolean, Integer, Integer>> ranges(boolean predToGt, int queries, int tasks) {
    int blocks = (queries + MeshMetrics.BLOCK - 1) / MeshMetrics.BLOCK;
    int perTask = Math.max(1, (blocks + tasks - 1) / tasks);
    List<Tuple3<Boolean, Integer, Integer>> out = new ArrayList<>();
    for (int b = 0; b < blocks; b += perTask) {
      int from = b * MeshMetrics.BLOCK;
      int to = Math.min(queries, (b + perTask) * MeshMetrics.BLOCK);
      out.add(new Tuple3<>(predToGt, from, to));
    }
    return out;
  }

  private static DirectionStats merge(List<Tuple3<Boolean, Integer, DirectionStats>> parts, boolean predToGt) {
    DirectionStats merged = null;
    List<Tuple3<Boolean, Integer, DirectionStats>> mine = new ArrayList<>(parts.stream()
        .filter(p -> p._1() == predToGt).toList());
    mine.sort(Comparator.comparing(Tuple3::_2));
    for (var p : mine) {
      merged = merged == null ? p._3() : merged.merge(p._3());
    }
    return merged;
  }

  private static Row struct(Row pair, int column) {
    return column < 0 || pair.isNullAt(column) ? null : pair.getStruct(column);
  }
}
