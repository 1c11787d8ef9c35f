package org.radiomesh.jobs.runreport;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.radiomesh.jobs.HadoopFiles;

/**
 * Writes {@code DIR/report.html}, a self-contained static page about a pipeline run: per stage (ingest, report, model,
 * evaluate) the counts in and out, errors by reason, seconds and throughput from the stage's {@code summary.json};
 * the metric distributions of evaluate as inline SVG (Chamfer and F-score histograms, mean F-score against
 * threshold); downscaled radiographs and mesh renderings as {@code data:} URIs; a few report texts; and a 3D viewer of
 * a few meshes with three.js embedded in the page. Nothing is fetched when the page is viewed.
 *
 * <p>Any subset of stages works: a missing stage folder is shown as "not run", a stage folder without summary.json as
 * such, and the pipeline's own {@code DIR/summary.json} (optional) is shown as is; a {@code stages} object in it
 * ({@code {"model": {"status": "failed", "error": "..."}}}) or array of {@code {stage (or name), status, error}} (the
 * pipeline's layout) sets a stage's status. A part that cannot be read (a broken table, an undecodable image) becomes a
 * visible problem on the page and in {@link Result#problems()}, and the rest of the page is still written. Cost: a few
 * aggregations per stage table (Spark), plus the sampled files; the page is about 0.7 MB (three.js) plus the previews
 * and meshes.
 *
 * <pre>{@code RunReport.Result r = RunReport.write(spark, "hdfs:///runs/2025-06-01"); }</pre>
 */
public final class RunReport {
  /** The stage folders, in pipeline order. */
  public static final List<String> STAGES = List.of("ingest", "report", "model", "evaluate");
  /** The page's file name under the run folder. */
  public static final String FILE = "report.html";

  private RunReport() {}

  /**
   * What was written.
   *
   * @param path the page's URI
   * @param stages one line per stage, in {@link #STAGES} order
   * @param viewerMeshes meshes in the 3D viewer
   * @param problems parts that could not be shown, with the reason (empty when all went well)
   * @param bytes size of the page
   */
  public record Result(String path, List<StageFacts> stages, int viewerMeshes, List<String> problems, long bytes) {}

  /** {@link #write(SparkSession, String, RunReportOptions)} with {@link RunReportOptions#defaults()}. */
  public static Result write(SparkSession spark, String runDir) throws IOException {
    return write(spark, runDir, RunReportOptions.defaults());
  }

  /**
   * Reads the run at {@code runDir} (any Hadoop file system) and writes {@code runDir/report.html}.
   *
   * @throws IOException when {@code runDir} is not a folder, or the page cannot be written
   */
  public static Result write(SparkSession spark, String runDir, RunReportOptions options) throws IOException {
    RunFolder run = RunFolder.open(runDir, spark.sparkContext().hadoopConfiguration());
    ReportParts parts = new ReportParts(run, options);
    JsonNode pipeline = null;
    String pipelineProblem = null;
    try {
      pipeline = run.json("summary.json");
    } catch (IOException e) {
      pipelineProblem = parts.problem("run summary.json", e);
    }
    Map<String, String> pipelineStatus = PipelineSummary.stageStatus(pipeline);

    List<StageFacts> facts = new ArrayList<>();
    Map<String, String> stageProblems = new LinkedHashMap<>();
    for (String stage : STAGES) {
      String given = pipelineStatus.get(stage);
      if (!run.exists(stage)) {
        facts.add(StageFacts.notRun(stage, given));
        continue;
      }
      try {
        facts.add(StageFacts.of(stage, run.json(stage, "summary.json"), given));
      } catch (IOException e) {
        stageProblems.put(stage, parts.problem(stage + "/summary.json", e));
        facts.add(StageFacts.notRun(stage, "unreadable summary.json"));
      }
    }

    ReportPage page = new ReportPage("radiomesh run report", run.root());
    StringBuilder overview = new StringBuilder();
    if (pipelineProblem != null) {
      overview.append(pipelineProblem);
    }
    stageProblems.values().forEach(overview::append);
    overview.append(Overview.stagesTable(facts)).append(Overview.errorsByReason(facts));
    overview.append(PipelineSummary.html(pipeline));
    page.section("overview", "Stages", overview.toString());
    for (String stage : STAGES) {
      if (!run.exists(stage)) {
        continue;
      }
      String body;
      try {
        body = switch (stage) {
          case "ingest" -> IngestSection.html(spark, parts);
          case "report" -> ReportSection.html(spark, parts);
          case "model" -> ModelSection.html(spark, parts);
          case "evaluate" -> EvaluateSection.html(spark, parts);
          default -> throw new IllegalStateException("no section for stage " + stage);
        };
      } catch (Exception e) {
        body = parts.problem("stage " + stage, e);
      }
      page.section(stage, "Stage: " + stage, body);
    }
    String html = page.html(parts.viewer);
    String path = run.resolve(FILE);
    HadoopFiles.writeString(path, html, run.conf());
    return new Result(path, List.copyOf(facts), parts.viewer.size(), List.copyOf(parts.problems),
        html.getBytes(StandardCharsets.UTF_8).length);
  }
}
