package org.radiomesh.jobs.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.radiomesh.metrics.PairMetrics;

/**
 * The row layout of the evaluation's outcome: the pair's identity (id, pred, gt and the manifest's extra columns),
 * a status ({@code ok}, {@code error}, {@code large}), the reason and message of an error, and every metric of a scored
 * pair with its metric card. {@code metrics/} and {@code errors/} are projections of it.
 *
 * <p>Units: distances in the normalised units of the card (millimetres with normalisation none); {@code chamfer*}
 * follow the card (squared or not, sum or half, weights); {@code mean_distance*} are always unsquared means and
 * {@code mean_sq_distance*} squared means, each direction, unweighted.
 */
final class MetricRows {
  static final String STATUS_OK = "ok";
  static final String STATUS_ERROR = "error";
  static final String STATUS_LARGE = "large";
  private static final ArrayType DOUBLES = DataTypes.createArrayType(DataTypes.DoubleType, false);

  /** Metric columns in output order (after the identity columns). */
  static final List<StructField> METRICS = List.of(
      field("n_pred", DataTypes.IntegerType), field("n_gt", DataTypes.IntegerType),
      field("chamfer", DataTypes.DoubleType),
      field("chamfer_pred_to_gt", DataTypes.DoubleType), field("chamfer_gt_to_pred", DataTypes.DoubleType),
      field("mean_distance_pred_to_gt", DataTypes.DoubleType), field("mean_distance_gt_to_pred", DataTypes.DoubleType),
      field("mean_sq_distance_pred_to_gt", DataTypes.DoubleType),
      field("mean_sq_distance_gt_to_pred", DataTypes.DoubleType),
      field("thresholds", DOUBLES), field("precision", DOUBLES), field("recall", DOUBLES), field("f_score", DOUBLES),
      field("hausdorff", DataTypes.DoubleType), field("hausdorff_pred_to_gt", DataTypes.DoubleType),
      field("hausdorff_gt_to_pred", DataTypes.DoubleType), field("hausdorff_95", DataTypes.DoubleType),
      field("percentile_levels", DOUBLES),
      field("percentiles_pred_to_gt", DOUBLES), field("percentiles_gt_to_pred", DOUBLES),
      field("normal_consistency", DataTypes.DoubleType), field("normalization_scale", DataTypes.DoubleType),
      field("card", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true)),
      field("split_tasks", DataTypes.IntegerType), field("seconds", DataTypes.DoubleType));

  private MetricRows() {}

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  /** Identity columns + status, reason, message + metric columns. */
  static StructType outcomeSchema(StructType identity) {
    StructType s = identity.add("status", DataTypes.StringType, false).add("reason", DataTypes.StringType, true)
        .add("message", DataTypes.StringType, true);
    for (StructField f : METRICS) {
      s = s.add(f);
    }
    return s;
  }

  static Row ok(List<Object> identity, PairMetrics m, int splitTasks, double seconds) {
    List<Object> v = new ArrayList<>(identity);
    v.add(STATUS_OK);
    v.add(null);
    v.add(null);
    v.add(m.predPoints());
    v.add(m.gtPoints());
    v.add(m.chamfer());
    v.add(m.chamferPredToGt());
    v.add(m.chamferGtToPred());
    v.add(m.meanDistancePredToGt());
    v.add(m.meanDistanceGtToPred());
    v.add(m.meanSquaredDistancePredToGt());
    v.add(m.meanSquaredDistanceGtToPred());
    v.add(boxed(m.thresholds()));
    v.add(boxed(m.precision()));
    v.add(boxed(m.recall()));
    v.add(boxed(m.fscore()));
    v.add(m.hausdorff());
    v.add(m.hausdorffPredToGt());
    v.add(m.hausdorffGtToPred());
    v.add(m.hausdorff95());
    v.add(boxed(PairMetrics.percentileLevels()));
    v.add(boxed(m.percentilesPredToGt()));
    v.add(boxed(m.percentilesGtToPred()));
    v.add(m.normalConsistency().isPresent() ? m.normalConsistency().getAsDouble() : null);
    v.add(m.normalizationScale());
    v.add(card(m));
    v.add(splitTasks);
    v.add(seconds);
    return RowFactory.create(v.toArray());
  }

  static Row error(List<Object> identity, ErrorReason reason, String message) {
    return status(identity, STATUS_ERROR, reason.name(), message);
  }

  static Row large(List<Object> identity) {
    return status(identity, STATUS_LARGE, null, null);
  }

  private static Row status(List<Object> identity, String status, String reason, String message) {
    List<Object> v = new ArrayList<>(identity);
    v.add(status);
    v.add(reason);
    v.add(message);
    for (int i = 0; i < METRICS.size(); i++) {
      v.add(null);
    }
    return RowFactory.create(v.toArray());
  }

  private static scala.collection.Map<String, String> card(PairMetrics m) {
    Map<String, String> out = new LinkedHashMap<>();
    m.card().toMap().forEach((k, val) -> out.put(k, String.valueOf(val)));
    return scala.collection.JavaConverters.mapAsScalaMap(out);
  }

  private static Double[] boxed(double[] a) {
    Double[] out = new Double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i];
    }
    return out;
  }
}
