package org.radiomesh.jobs.runreport;

import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The report stage's part of the run report, from {@code report/reports/}: the number of reports, the findings per
 * code (bars), and the first reports by image id with a downscaled preview of their radiograph (read from the row's
 * {@code path}: DICOM, PNG, JPEG or TIFF) and their text as written. Cost: one aggregation over the reports table,
 * one limited read, and the sampled image files.
 */
final class ReportSection {
  private ReportSection() {}

  static String html(SparkSession spark, ReportParts parts) throws Exception {
    if (!parts.run.hasTable("report", "reports")) {
      return "<p class=\"note\">No reports table (report/reports).</p>";
    }
    Dataset<Row> reports = spark.read().parquet(parts.run.resolve("report", "reports"));
    List<String> cols = Arrays.asList(reports.columns());
    StringBuilder s = new StringBuilder();
    s.append(ReportParts.keyValues(List.<String[]>of(new String[] {"reports", HtmlText.count(reports.count())})));
    if (cols.contains("findings")) {
      Map<String, Long> codes = new LinkedHashMap<>();
      for (Row r : reports.selectExpr("explode(findings.code) as code").groupBy("code").count()
          .orderBy(col("count").desc(), col("code")).limit(20).collectAsList()) {
        codes.put(r.isNullAt(0) ? "(none)" : r.getString(0), r.getLong(1));
      }
      if (!codes.isEmpty()) {
        s.append("<h3>Findings per code</h3>").append(SvgCharts.bars(codes));
      }
    }
    int n = Math.max(parts.options.reports(), parts.options.previews());
    if (n == 0 || !cols.contains("image_id")) {
      return s.toString();
    }
    String text = cols.contains("text") ? "text" : "cast(null as string) as text";
    String path = cols.contains("path") ? "path" : "cast(null as string) as path";
    List<Row> sample = reports.selectExpr("image_id", path, text).orderBy("image_id").limit(n).collectAsList();
    s.append("<h3>Sample reports</h3><div class=\"thumbs\">");
    for (int i = 0; i < sample.size() && i < parts.options.previews(); i++) {
      Row r = sample.get(i);
      s.append(radiograph(parts, r.getString(0), r.getString(1)));
    }
    s.append("</div>");
    for (int i = 0; i < sample.size() && i < parts.options.reports(); i++) {
      Row r = sample.get(i);
      s.append("<details").append(i == 0 ? " open" : "").append("><summary>")
          .append(HtmlText.escape(r.getString(0))).append("</summary><pre class=\"report\">")
          .append(HtmlText.escape(r.getString(2))).append("</pre></details>");
    }
    return s.toString();
  }

  static String radiograph(ReportParts parts, String id, String path) {
    if (path == null) {
      return "";
    }
    try {
      String uri = Thumbnails.radiograph(parts.run.read(path, parts.options.maxFileBytes()), path,
          parts.options.previewPixels());
      return "<figure><img alt=\"" + HtmlText.escape(id) + "\" src=\"" + uri + "\"><figcaption>"
          + HtmlText.escape(id) + "</figcaption></figure>";
    } catch (Exception e) {
      return parts.problem("radiograph preview " + path, e);
    }
  }
}
