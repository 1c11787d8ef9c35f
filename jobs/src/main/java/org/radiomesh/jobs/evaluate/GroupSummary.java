package org.radiomesh.jobs.evaluate;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.radiomesh.metrics.PairMetrics;

/**
 * The {@code summary/} table: for each group (the values of the --group-by columns, plus one overall group whose
 * group columns are null and whose {@code scope} is "all") and each metric, the count, mean, median, 90th and 95th
 * percentile over pairs. Percentiles are exact (Spark's {@code percentile}, linear interpolation between order
 * statistics), not approximate. One row per (group, metric): the long layout keeps per-threshold F-scores readable.
 */
final class GroupSummary {
  private GroupSummary() {}

  /** Metric name → SQL expression over {@code metrics/}. */
  static Map<String, String> metricColumns(double[] thresholds) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("chamfer", "chamfer");
    m.put("chamfer_pred_to_gt", "chamfer_pred_to_gt");
    m.put("chamfer_gt_to_pred", "chamfer_gt_to_pred");
    for (int i = 0; i < thresholds.length; i++) {
      String t = PairMetrics.thresholdKey(thresholds[i]);
      m.put("f_score@" + t, "element_at(f_score, " + (i + 1) + ")");
      m.put("precision@" + t, "element_at(precision, " + (i + 1) + ")");
      m.put("recall@" + t, "element_at(recall, " + (i + 1) + ")");
    }
    m.put("hausdorff", "hausdorff");
    m.put("hausdorff_95", "hausdorff_95");
    m.put("normal_consistency", "normal_consistency");
    return m;
  }

  static Dataset<Row> of(Dataset<Row> metrics, List<String> groupBy, double[] thresholds) {
    // One pass: unpivot every metric with stack(), then aggregate per (group, metric).
    StringBuilder stack = new StringBuilder("stack(").append(metricColumns(thresholds).size());
    metricColumns(thresholds).forEach((name, sql) -> stack.append(", '").append(name).append("', cast(")
        .append(sql).append(" as double)"));
    stack.append(") as (metric, value)");
    List<Column> cols = new ArrayList<>();
    for (String g : groupBy) {
      cols.add(col("`" + g + "`").cast("string").as(g));
    }
    cols.add(expr(stack.toString()));
    Dataset<Row> longForm = metrics.select(cols.toArray(Column[]::new));
    List<Column> keys = new ArrayList<>();
    groupBy.forEach(g -> keys.add(col("`" + g + "`")));
    keys.add(col("metric"));
    Dataset<Row> grouped = aggregate(longForm.groupBy(keys.toArray(Column[]::new)), "group");
    if (groupBy.isEmpty()) {
      return grouped.withColumn("scope", lit("all"));
    }
    Dataset<Row> overall = aggregate(longForm.groupBy(col("metric")), "all");
    for (String g : groupBy) {
      overall = overall.withColumn(g, lit(null).cast("string"));
    }
    return grouped.unionByName(overall);
  }

  private static Dataset<Row> aggregate(org.apache.spark.sql.RelationalGroupedDataset g, String scope) {
    return g.agg(count(col("value")).as("count"), avg(col("value")).as("mean"),
            expr("percentile(value, 0.5)").as("median"), expr("percentile(value, 0.9)").as("p90"),
            expr("percentile(value, 0.95)").as("p95"))
        .withColumn("scope", lit(scope));
  }

  /** Overall mean of each metric, for summary.json. */
  static Map<String, Object> overallMeans(Dataset<Row> summary) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Row r : summary.filter(col("scope").equalTo("all")).orderBy("metric")
        .select("metric", "count", "mean", "median")
        .collectAsList()) {
      if (r.getLong(1) > 0) {
        out.put(r.getString(0), Map.of("mean", r.getDouble(2), "median", r.getDouble(3), "count", r.getLong(1)));
      }
    }
    return out;
  }
}
