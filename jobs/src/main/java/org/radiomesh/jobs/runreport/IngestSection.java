package org.radiomesh.jobs.runreport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The ingest stage's part of the run report, from {@code ingest/catalog/}: cataloged images per modality (all runs of
 * the incremental catalog) and previews of the first radiograph-like images (modalities other than CT and MR) by
 * image id, decoded from their {@code path}. Cost: one aggregation over the catalog's modality partition column, one
 * limited read, and the sampled image files.
 */
final class IngestSection {
  private IngestSection() {}

  static String html(SparkSession spark, ReportParts parts) throws Exception {
    if (!parts.run.hasTable("ingest", "catalog")) {
      return "<p class=\"note\">No catalog table (ingest/catalog).</p>";
    }
    Dataset<Row> catalog = spark.read().parquet(parts.run.resolve("ingest", "catalog"));
    Map<String, Long> modalities = new LinkedHashMap<>();
    for (Row r : catalog.groupBy("modality").count().orderBy("modality").collectAsList()) {
      modalities.put(r.isNullAt(0) ? "(no modality)" : r.getString(0), r.getLong(1));
    }
    StringBuilder s = new StringBuilder("<h3>Cataloged images per modality</h3>");
    s.append(modalities.isEmpty() ? "<p class=\"note\">The catalog is empty.</p>" : SvgCharts.bars(modalities));
    if (parts.options.previews() > 0) {
      List<Row> sample = catalog.filter("modality is null or modality not in ('CT', 'MR', 'PT', 'NM')")
          .selectExpr("image_id", "path").orderBy("image_id").limit(parts.options.previews()).collectAsList();
      if (!sample.isEmpty()) {
        s.append("<h3>Sample images</h3><div class=\"thumbs\">");
        for (Row r : sample) {
          s.append(ReportSection.radiograph(parts, r.getString(0), r.getString(1)));
        }
        s.append("</div>");
      }
    }
    return s.toString();
  }
}
