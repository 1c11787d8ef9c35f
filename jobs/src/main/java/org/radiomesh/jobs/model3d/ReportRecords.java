package org.radiomesh.jobs.model3d;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.radiomesh.anatomy.DentitionSpecJson;
import org.radiomesh.anatomy.records.ReportSpecException;
import org.radiomesh.anatomy.records.ReportSpecOptions;
import org.radiomesh.anatomy.records.ReportSpecs;
import org.radiomesh.jobs.report.ReportRows;
import org.radiomesh.report.StructuredReport;

/**
 * Records from the {@code reports/} table of {@code radiomesh report} ({@link ReportRows#REPORTS}): one record per
 * report, id = its {@code image_id}, text = its report text, spec = the whole-dentition spec that {@link
 * ReportSpecs#toSpec} makes of its findings (default options), or a problem naming the finding that could not be
 * placed. A report whose path is {@code .../case-000042/panoramic/panoramic.dcm} comes from a synthetic case (the
 * {@code synth} job's layout); the case folder is recorded as its ground truth (its {@code mesh/arch/} meshes).
 * Cost O(findings) per report.
 */
final class ReportRecords {
  /** A synthetic case's panoramic radiograph: group 1 is the case folder, group 2 its id. */
  static final Pattern CASE_PANORAMIC = Pattern.compile("^(.*/(case-[^/]+))/panoramic/panoramic\\.dcm$");

  private ReportRecords() {}

  static Dataset<Row> records(Dataset<Row> reports) {
    MapPartitionsFunction<Row, Row> convert = ReportRecords::convert;
    return reports.mapPartitions(convert, Encoders.row(ModelInputs.RECORDS));
  }

  private static Iterator<Row> convert(Iterator<Row> rows) {
    List<Row> out = new ArrayList<>();
    ReportSpecOptions options = ReportSpecOptions.defaults();
    while (rows.hasNext()) {
      Row r = rows.next();
      String path = r.getAs("path");
      String id = r.getAs("image_id");
      String spec = null;
      String problem = null;
      try {
        StructuredReport report = ReportRows.toReport(r);
        spec = DentitionSpecJson.toJson(ReportSpecs.toSpec(report, options));
      } catch (ReportSpecException | RuntimeException e) {
        // a malformed report row (a null required field included) is this record's error, never the job's
        problem = "report " + id + " (" + path + "): " + e;
      }
      out.add(RowFactory.create(id, "report", r.getAs("text"), spec, path, caseFolder(path), problem));
    }
    return out.iterator();
  }

  /** The synthetic case folder of a report's image path, or null. */
  static String caseFolder(String path) {
    if (path == null) {
      return null;
    }
    Matcher m = CASE_PANORAMIC.matcher(path);
    return m.matches() ? m.group(1) : null;
  }
}
