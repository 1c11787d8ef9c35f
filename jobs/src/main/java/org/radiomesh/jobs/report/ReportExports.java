package org.radiomesh.jobs.report;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.radiomesh.report.ReportJson;

/**
 * The JSON-lines export of the report job: one {@link ReportJson} line per report of {@code reports/} rows, written
 * as Spark text files under one folder (replaced on each run). O(reports).
 */
final class ReportExports {
  private ReportExports() {}

  /** Writes {@code reports} ({@link ReportRows#REPORTS} rows) as JSON lines under {@code dir}. */
  static void jsonLines(Dataset<Row> reports, String dir) {
    reports.map((MapFunction<Row, String>) r -> ReportJson.toLine(ReportRows.toReport(r)), Encoders.STRING())
        .write().mode(SaveMode.Overwrite).text(dir);
  }
}
