package org.radiomesh.jobs.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.radiomesh.jobs.HadoopFiles;
import org.radiomesh.report.ReportFormatException;
import org.radiomesh.report.StructuredReport;
import org.radiomesh.report.eval.GroundTruthFindings;
import org.radiomesh.report.eval.ReportEvaluation;

/**
 * {@code radiomesh report-eval}: scores the reports of a report job against the synthetic ground truth of
 * {@code radiomesh synth} ({@code cases/case-NNNNNN/findings.json} and {@code report.txt}). A report is matched to
 * the case whose folder name ({@code case-NNNNNN}) appears in its {@code path}, else in its {@code image_id}; reports
 * of one model are scored (the only one in {@code reports/}, or the one whose content hash starts with the given
 * prefix). Reports without a case and cases without a report are counted, not scored. The reports are collected on
 * the driver: O(reports) memory.
 */
public final class ReportEval {
  private static final Pattern CASE = Pattern.compile("case-[0-9]+");

  private ReportEval() {}

  /** The evaluation and the matching counts. */
  public record Result(ReportEvaluation evaluation, String modelHash, long reports, long cases, long matched,
      long reportsWithoutCase, long casesWithoutReport) {
    /** Every figure and count, for JSON. */
    public Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("model_hash", modelHash);
      m.put("reports", reports);
      m.put("truth_cases", cases);
      m.put("matched", matched);
      m.put("reports_without_case", reportsWithoutCase);
      m.put("cases_without_report", casesWithoutReport);
      m.putAll(evaluation.toMap());
      return m;
    }
  }

  /**
   * Scores {@code reportsDir} (a report job's output folder, or its {@code reports} table) against {@code truthDir}.
   *
   * @param modelHashPrefix null to take the only model present
   */
  public static Result run(SparkSession spark, String reportsDir, String truthDir, String modelHashPrefix)
      throws IOException {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    String table = HadoopFiles.exists(HadoopFiles.resolve(reportsDir, "reports"), conf)
        ? HadoopFiles.resolve(reportsDir, "reports") : reportsDir;
    Dataset<Row> rows = spark.read().parquet(table);
    TreeSet<String> hashes = new TreeSet<>();
    rows.select("model_hash").distinct().collectAsList().forEach(r -> hashes.add(r.getString(0)));
    List<String> chosen = hashes.stream().filter(h -> modelHashPrefix == null || h.startsWith(modelHashPrefix))
        .toList();
    if (chosen.size() != 1) {
      throw new IllegalArgumentException(table + ": " + (chosen.isEmpty() ? "no reports" : "reports of "
          + chosen.size() + " models") + (modelHashPrefix == null ? "" : " with hash prefix " + modelHashPrefix)
          + "; models present: " + hashes + " (choose one with --model-hash)");
    }
    String hash = chosen.get(0);
    Map<String, Path> cases = cases(truthDir, conf);
    ReportEvaluation eval = new ReportEvaluation();
    long total = 0;
    long unmatched = 0;
    TreeSet<String> seen = new TreeSet<>();
    for (Row r : rows.filter(rows.col("model_hash").equalTo(hash)).collectAsList()) {
      total++;
      String id = caseId(r.getAs("path"), r.getAs("image_id"));
      Path dir = id == null ? null : cases.get(id);
      if (dir == null || !seen.add(id)) {
        unmatched++;
        continue;
      }
      StructuredReport report = ReportRows.toReport(r);
      Path findings = new Path(dir, "findings.json");
      GroundTruthFindings.CaseTruth truth = GroundTruthFindings.parse(read(findings, conf), findings.toString());
      String truthText = new String(read(new Path(dir, "report.txt"), conf), StandardCharsets.UTF_8);
      eval.add(report.findings(), report.text(), truth.findings(), truthText);
    }
    return new Result(eval, hash, total, cases.size(), seen.size(), unmatched, cases.size() - seen.size());
  }

  /** The case id in {@code path}, else in {@code imageId}, else null. */
  static String caseId(String path, String imageId) {
    for (String s : new String[] {path, imageId}) {
      if (s != null) {
        Matcher m = CASE.matcher(s);
        String last = null;
        while (m.find()) {
          last = m.group();
        }
        if (last != null) {
          return last;
        }
      }
    }
    return null;
  }

  private static Map<String, Path> cases(String truthDir, Configuration conf) throws IOException {
    Path root = new Path(truthDir);
    FileSystem fs = root.getFileSystem(conf);
    if (fs.exists(new Path(root, "cases"))) {
      root = new Path(root, "cases");
    }
    Map<String, Path> out = new TreeMap<>();
    for (FileStatus s : fs.listStatus(root)) {
      String name = s.getPath().getName();
      if (s.isDirectory() && CASE.matcher(name).matches() && fs.exists(new Path(s.getPath(), "findings.json"))
          && fs.exists(new Path(s.getPath(), "report.txt"))) {
        out.put(name, s.getPath());
      }
    }
    if (out.isEmpty()) {
      throw new ReportFormatException(truthDir, "no case-NNNNNN folders with findings.json and report.txt "
          + "(radiomesh synth output expected)");
    }
    return out;
  }

  private static byte[] read(Path file, Configuration conf) {
    try {
      return HadoopFiles.readAll(file.toString(), conf, 64L << 20);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file, e);
    }
  }
}
