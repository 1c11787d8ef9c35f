package org.radiomesh.jobs.evaluate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.resource.ResourceInformation;
import org.apache.spark.sql.Row;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.metrics.MeshMetrics;
import org.radiomesh.metrics.MetricOptions;
import org.radiomesh.metrics.NeighbourEngine;
import org.radiomesh.metrics.PairMetrics;

/**
 * Scores the pairs of one partition on an executor: each pair becomes exactly one outcome row, scored ({@code ok}),
 * failed ({@code error} with a reason) or, when one side has more query points than the split limit, marked
 * {@code large} for the driver to split across tasks. A bad pair never fails the task.
 */
final class PairScorer implements Serializable {
  private static final long serialVersionUID = 1L;
  private final PairReader reader;
  private final MetricOptions options;
  private final long splitAbove;
  private final int identityColumns;
  private final int predMeshColumn;
  private final int gtMeshColumn;
  private final int duplicateColumn;

  PairScorer(PairReader reader, MetricOptions options, long splitAbove, int identityColumns, int predMeshColumn,
      int gtMeshColumn, int duplicateColumn) {
    this.reader = reader;
    this.options = options;
    this.splitAbove = splitAbove;
    this.identityColumns = identityColumns;
    this.predMeshColumn = predMeshColumn;
    this.gtMeshColumn = gtMeshColumn;
    this.duplicateColumn = duplicateColumn;
  }

  Iterator<Row> scorePartition(Iterator<Row> pairs) {
    org.radiomesh.jobs.TaskFaults.check("evaluate");
    MetricOptions taskOptions = onTaskDevice(options);
    List<Row> out = new ArrayList<>();
    while (pairs.hasNext()) {
      out.add(score(pairs.next(), taskOptions));
    }
    return out.iterator();
  }

  private Row score(Row pair, MetricOptions taskOptions) {
    List<Object> identity = identity(pair, identityColumns);
    String id = pair.getString(0);
    if (pair.getBoolean(duplicateColumn)) {
      return MetricRows.error(identity, ErrorReason.DUPLICATE_ID, "id " + id
          + " appears more than once in the manifest; its first occurrence is scored");
    }
    if (id == null || id.isBlank()) {
      return MetricRows.error(identity, ErrorReason.MISSING_PATH, "the pair has no id");
    }
    long start = System.nanoTime();
    try {
      TriangleMesh pred = reader.read("pred", pair.getString(1), meshStruct(pair, predMeshColumn));
      TriangleMesh gt = reader.read("gt", pair.getString(2), meshStruct(pair, gtMeshColumn));
      if (Math.max(queryCount(pred), queryCount(gt)) > splitAbove) {
        return MetricRows.large(identity);
      }
      PairMetrics m = MeshMetrics.compare(pred, gt, taskOptions, id);
      return MetricRows.ok(identity, m, 1, (System.nanoTime() - start) / 1e9);
    } catch (ScoringException e) {
      return MetricRows.error(identity, e.reason(), e.getMessage());
    } catch (IllegalArgumentException e) {
      return MetricRows.error(identity, classify(e), e.getMessage());
    } catch (RuntimeException e) {
      return MetricRows.error(identity, ErrorReason.METRIC_FAILED, e.toString());
    }
  }

  /** Points a side contributes as queries: its vertices for a point cloud, the sample count for a surface. */
  int queryCount(TriangleMesh mesh) {
    return mesh.isPointCloud() ? mesh.vertexCount() : options.samples();
  }

  /** The metrics library reports empty and non-finite inputs as IllegalArgumentException; keep their codes apart. */
  static ErrorReason classify(IllegalArgumentException e) {
    String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
    if (m.contains("empty") || m.contains("no vertices") || m.contains("zero area") || m.contains("no triangle")) {
      return ErrorReason.EMPTY_MESH;
    }
    if (m.contains("finite") || m.contains("nan")) {
      return ErrorReason.NON_FINITE;
    }
    return ErrorReason.METRIC_FAILED;
  }

  static List<Object> identity(Row pair, int columns) {
    List<Object> v = new ArrayList<>(columns);
    for (int i = 0; i < columns; i++) {
      v.add(pair.get(i));
    }
    return v;
  }

  private static Row meshStruct(Row pair, int column) {
    return column < 0 || pair.isNullAt(column) ? null : pair.getStruct(column);
  }

  /** With the DJL engine, use the GPU Spark assigned to this task (spark.task.resource.gpu.amount), else the CPU. */
  static MetricOptions onTaskDevice(MetricOptions options) {
    if (options.engine() != NeighbourEngine.DJL) {
      return options;
    }
    TaskContext task = TaskContext.get();
    if (task == null) {
      return options;
    }
    ResourceInformation gpu = task.resources().get("gpu").getOrElse(() -> null);
    if (gpu == null || gpu.addresses().length == 0) {
      return options.toBuilder().device("cpu").build();
    }
    return options.toBuilder().device("gpu:" + gpu.addresses()[0]).build();
  }
}
