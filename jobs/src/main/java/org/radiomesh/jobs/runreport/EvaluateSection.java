package org.radiomesh.jobs.runreport;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.mesh.io.MeshFiles;

/**
 * The evaluate stage's part of the run report, from {@code evaluate/metrics/}: mean Chamfer and mean F-score per
 * threshold, histograms of Chamfer and of the F-score at each threshold, the mean F-score against the threshold, and
 * the predicted and ground-truth meshes of the first pairs (by id) for the 3D viewer when they are mesh files.
 * Means are over scored pairs (rows of {@code metrics/}), in the units of the metric card. Cost: three aggregations
 * over the metrics table (Spark), plus reading the sampled mesh files.
 */
final class EvaluateSection {
  private EvaluateSection() {}

  static String html(SparkSession spark, ReportParts parts) throws Exception {
    if (!parts.run.hasTable("evaluate", "metrics")) {
      return "<p class=\"note\">No metrics table (evaluate/metrics).</p>";
    }
    Dataset<Row> metrics = spark.read().parquet(parts.run.resolve("evaluate", "metrics"));
    Row agg = metrics.agg(count("*"), avg("chamfer"), min("chamfer"), max("chamfer")).first();
    long n = agg.getLong(0);
    StringBuilder s = new StringBuilder();
    if (n == 0) {
      return "<p class=\"note\">No pair was scored (the metrics table is empty).</p>";
    }
    List<Row> first = metrics.select("thresholds").limit(1).collectAsList();
    double[] thresholds = first.get(0).isNullAt(0) ? new double[0]
        : first.get(0).<Double>getList(0).stream().mapToDouble(Double::doubleValue).toArray();
    double[] meanF = new double[thresholds.length];
    for (Row r : metrics.selectExpr("posexplode(f_score) as (i, f)").groupBy("i").agg(avg("f"))
        .collectAsList()) {
      if (r.getInt(0) < meanF.length) {
        meanF[r.getInt(0)] = r.isNullAt(1) ? Double.NaN : r.getDouble(1);
      }
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"pairs scored", HtmlText.count(n)});
    rows.add(new String[] {"mean Chamfer", ReportParts.fixed(agg.getDouble(1))});
    for (int i = 0; i < thresholds.length; i++) {
      rows.add(new String[] {"mean F-score@" + SvgCharts.number(thresholds[i]), ReportParts.fixed(meanF[i])});
    }
    s.append("<h3>Metrics</h3>").append(ReportParts.keyValues(rows));
    s.append("<p class=\"note\">Chamfer as the metric card of each row says (squared or not, sum or mean); "
        + "F-score thresholds in the card's normalised units.</p>");

    s.append("<div class=\"charts\">");
    int bins = parts.options.bins();
    double lo = agg.getDouble(2);
    double hi = agg.getDouble(3);
    s.append(figure("Chamfer distance over pairs", SvgCharts.histogram("Chamfer",
        edges(lo, hi, bins), histogram(metrics.selectExpr("cast(chamfer as double) as v"), lo, hi, bins))));
    for (int i = 0; i < thresholds.length; i++) {
      String t = SvgCharts.number(thresholds[i]);
      s.append(figure("F-score@" + t + " over pairs", SvgCharts.histogram("F-score@" + t, edges(0, 1, bins),
          histogram(metrics.selectExpr("cast(element_at(f_score, " + (i + 1) + ") as double) as v"), 0, 1, bins))));
    }
    if (thresholds.length > 0) {
      s.append(figure("Mean F-score against threshold",
          SvgCharts.line("threshold", "mean F-score", thresholds, meanF, true)));
    }
    s.append("</div>");
    sampleMeshes(metrics, parts);
    return s.toString();
  }

  private static String figure(String caption, String svg) {
    return "<figure>" + svg + "<figcaption>" + HtmlText.escape(caption) + "</figcaption></figure>";
  }

  static double[] edges(double lo, double hi, int bins) {
    double[] e = new double[bins + 1];
    double w = hi > lo ? (hi - lo) / bins : 1.0 / bins;
    for (int i = 0; i <= bins; i++) {
      e[i] = lo + i * w;
    }
    return e;
  }

  /** Counts of the non-null values of column {@code v} in [lo, hi] in {@code bins} equal bins, the last closed. */
  static long[] histogram(Dataset<Row> values, double lo, double hi, int bins) {
    double w = hi > lo ? (hi - lo) / bins : 1.0 / bins;
    String bin = String.format(Locale.ROOT, "least(%d, greatest(0, cast(floor((v - (%s)) / %s) as int)))", bins - 1,
        Double.toString(lo), Double.toString(w));
    long[] counts = new long[bins];
    for (Row r : values.filter(col("v").isNotNull()).selectExpr(bin + " as b").groupBy("b").count().collectAsList()) {
      counts[r.getInt(0)] = r.getLong(1);
    }
    return counts;
  }

  private static void sampleMeshes(Dataset<Row> metrics, ReportParts parts) {
    if (parts.viewerFull() || !Arrays.asList(metrics.columns()).containsAll(List.of("pred", "gt"))) {
      return;
    }
    int want = parts.options.viewerMeshes() - parts.viewer.size();
    for (Row r : metrics.select("id", "pred", "gt").orderBy("id").limit(want).collectAsList()) {
      for (int side = 1; side <= 2 && !parts.viewerFull(); side++) {
        String path = r.getString(side);
        if (path == null || !path.toLowerCase(Locale.ROOT).matches(".*\\.(obj|ply|stl)$")) {
          continue;
        }
        String label = "evaluate " + r.getString(0) + (side == 1 ? ": prediction" : ": ground truth");
        try {
          TriangleMesh m = MeshFiles.read(path, parts.run.read(path, parts.options.maxFileBytes()));
          if (m.faces() != null && m.faces().length > 0) {
            parts.viewer.add(ViewerMesh.of(r.getString(0) + (side == 1 ? "-pred" : "-gt"), label, m.xyz(),
                m.faces(), parts.options.viewerFaces()));
          }
        } catch (Exception e) {
          parts.problem("3D viewer, " + label, e);
        }
      }
    }
  }
}
