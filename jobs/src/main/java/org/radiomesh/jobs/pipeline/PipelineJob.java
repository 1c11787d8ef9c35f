package org.radiomesh.jobs.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.radiomesh.jobs.HadoopFiles;
import org.radiomesh.jobs.JobSummary;
import org.radiomesh.jobs.pipeline.PipelineResult.StageRun;
import org.radiomesh.jobs.pipeline.PipelineResult.State;
import org.radiomesh.jobs.pipeline.PipelineResult.Status;
import org.radiomesh.jobs.runreport.RunReport;

/**
 * {@code radiomesh pipeline}: ingest → report → model → evaluate, each stage's tables the next one's input, under
 * {@code OUT/STAGE/}, then {@code OUT/summary.json} and {@code OUT/report-data/} (see the package documentation for
 * both layouts).
 *
 * <p>Resume: after a stage's own table commit the pipeline writes {@code OUT/STAGE/_STAGE_DONE} ({@link StageMarker})
 * with the stage's {@link InputFingerprint}; a rerun skips a stage whose marker holds the fingerprint of its current
 * inputs and settings, and reruns the others (deleting the marker first), where the jobs' row-level skip keeps
 * finished rows from being recomputed. A stage that throws stops the run: the result names it and why, and the stages
 * after it do not run. Configuration errors ({@link PipelineStage#check}) are thrown as
 * {@link IllegalArgumentException} before any stage runs. Cost: the stages' own, plus one listing of each stage's
 * inputs for its fingerprint.
 *
 * <pre>{@code
 * PipelineResult r = PipelineJob.run(spark, PipelineOptions.builder().input("hdfs://nn/archive")
 *     .out("hdfs://nn/runs/r1").deid(deid).set("report.model", "hdfs://nn/models/findings-v1").build());
 * }</pre>
 */
public final class PipelineJob {
  /** The job's name in status lines and summary.json. */
  public static final String NAME = "pipeline";
  /** summary.json's layout version. */
  public static final int FORMAT_VERSION = 1;

  private PipelineJob() {}

  /** Runs the pipeline with progress lines on stderr. */
  public static PipelineResult run(SparkSession spark, PipelineOptions o) {
    return run(spark, o, System.err);
  }

  /** Runs the pipeline, printing one line per stage as it starts and ends on {@code progress}. */
  public static PipelineResult run(SparkSession spark, PipelineOptions o, PrintStream progress) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    String out = qualify(o.out(), conf);
    List<String> inputs = o.inputs().stream().map(i -> qualify(i, conf)).toList();
    for (String input : inputs) {
      if (out.equals(input) || out.startsWith(input.endsWith("/") ? input : input + "/")) {
        throw new IllegalArgumentException("--out " + o.out() + " lies inside the input root " + input
            + ": choose an output folder outside the archive");
      }
    }
    StageContext c = new StageContext(out, inputs, o.settings(), o.deid());
    Map<String, PipelineStage> available = PipelineStages.available();
    List<PipelineStage> stages = o.stages().stream().map(available::get).toList();
    for (PipelineStage s : stages) {
      s.check(c);
    }
    JobSummary summary = new JobSummary(NAME);
    List<StageRun> runs = new ArrayList<>();
    String failed = null;
    String message = null;
    try {
      for (int i = 0; i < stages.size(); i++) {
        PipelineStage stage = stages.get(i);
        String label = String.format(Locale.ROOT, "[%s %d/%d] %s", NAME, i + 1, stages.size(), stage.name());
        StageRun run = runStage(spark, stage, c, conf, label, progress);
        runs.add(run);
        if (run.state() == State.FAILED) {
          failed = stage.name();
          message = "stage " + stage.name() + " failed: " + run.error();
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("pipeline into " + o.out(), e);
    }
    List<String> over = new ArrayList<>();
    for (StageRun r : runs) {
      if (r.result() != null && r.result().errorRate() > o.maxErrorRate()) {
        over.add(r.stage());
      }
    }
    Status status = failed != null ? Status.FAILED : over.isEmpty() ? Status.OK : Status.ERROR_RATE;
    if (status == Status.ERROR_RATE) {
      message = "error rate above " + o.maxErrorRate() + " in " + String.join(", ", over);
    }
    List<PipelineStage> finished = new ArrayList<>();
    for (StageRun r : runs) {
      if (r.state() != State.FAILED) {
        finished.add(available.get(r.stage()));
      }
    }
    List<String> samples;
    try {
      samples = RunReportData.write(spark, c, finished, o.sampleRows());
    } catch (IOException e) {
      throw new UncheckedIOException("writing " + RunReportData.DIR + " under " + out, e);
    }
    String summaryPath = HadoopFiles.resolve(out, "summary.json");
    writeSummary(summary, o, c, runs, status, failed, message, over, samples, conf);
    String runReport = null;
    try {
      RunReport.Result page = RunReport.write(spark, out);
      runReport = page.path();
      for (String problem : page.problems()) {
        progress.println("[" + NAME + "] run report: " + problem);
      }
    } catch (IOException | RuntimeException e) {
      progress.println("[" + NAME + "] run report not written: " + e.getMessage());
    }
    return new PipelineResult(status, runs, failed, message, over, summaryPath, runReport);
  }

  private static StageRun runStage(SparkSession spark, PipelineStage stage, StageContext c, Configuration conf,
      String label, PrintStream progress) throws IOException {
    String dir = c.dir(stage.name());
    String fingerprint = InputFingerprint.of(stage.name(), c.settings().describe(stage.keys()),
        stage.fingerprintInputs(c), c.out(), conf);
    StageMarker marker = StageMarker.read(dir, conf);
    if (marker != null && fingerprint.equals(marker.fingerprint())) {
      progress.printf(Locale.ROOT, "%s: unchanged since %s, skipped (%s)%n", label, marker.finished(),
          counts(marker.result()));
      return new StageRun(stage.name(), State.UNCHANGED, marker.result(), marker.seconds(), fingerprint, null);
    }
    StageMarker.delete(dir, conf);
    progress.printf(Locale.ROOT, "%s: running%s%n", label, marker != null ? " (inputs or settings changed)" : "");
    long start = System.nanoTime();
    StageResult result;
    try {
      result = stage.run(spark, c);
    } catch (Exception e) {
      double seconds = (System.nanoTime() - start) / 1e9;
      String why = describe(e);
      progress.printf(Locale.ROOT, "%s: FAILED after %.1f s: %s%n", label, seconds, why);
      return new StageRun(stage.name(), State.FAILED, null, seconds, fingerprint, why);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    StageMarker.now(stage.name(), fingerprint, seconds, result).write(dir, conf);
    StageRun run = new StageRun(stage.name(), State.RAN, result, seconds, fingerprint, null);
    progress.printf(Locale.ROOT, "%s: %s in %.1f s (%.1f rows/s)%n", label, counts(result), seconds,
        run.rowsPerSecond());
    return run;
  }

  private static String counts(StageResult r) {
    return String.format(Locale.ROOT, "%d in, %d already done, %d out, %d errors%s%s", r.inputs(), r.skipped(),
        r.outputs(), r.errors(), r.errorsByReason().isEmpty() ? "" : " " + r.errorsByReason(),
        r.note() == null ? "" : "; " + r.note());
  }

  private static void writeSummary(JobSummary summary, PipelineOptions o, StageContext c, List<StageRun> runs,
      Status status, String failed, String message, List<String> over, List<String> samples, Configuration conf) {
    List<Map<String, Object>> stageMaps = new ArrayList<>();
    double seconds = 0;
    for (StageRun r : runs) {
      stageMaps.add(r.toMap(c.dir(r.stage())));
      seconds += r.state() == State.UNCHANGED ? 0 : r.seconds();
    }
    List<String> notReached = new ArrayList<>(o.stages());
    runs.forEach(r -> notReached.remove(r.stage()));
    Map<String, Object> totals = new LinkedHashMap<>();
    totals.put("seconds", seconds);
    totals.put("errors", runs.stream().filter(r -> r.result() != null).mapToLong(r -> r.result().errors()).sum());
    summary.put("format_version", FORMAT_VERSION)
        .put("status", status.label())
        .put("exit_code", switch (status) {
          case OK -> 0;
          case FAILED -> 1;
          case ERROR_RATE -> 4;
        })
        .put("message", message)
        .put("failed_stage", failed)
        .put("out", c.out())
        .put("inputs", c.inputs())
        .put("stages_requested", o.stages())
        .put("stages_not_reached", notReached)
        .put("max_error_rate", o.maxErrorRate())
        .put("over_error_rate", over)
        .put("stages", stageMaps)
        .put("totals", totals)
        .put("settings", o.settings().asMap())
        .put("report_data", Map.of("dir", HadoopFiles.resolve(c.out(), RunReportData.DIR), "files", samples));
    summary.write(c.out(), conf);
  }

  /** The exception's message and its root cause's, first lines only: enough to say why without a stack trace. */
  static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String top = firstLine(e.getClass().getSimpleName() + ": " + e.getMessage());
    return root == e ? top : top + " (cause: " + firstLine(root.getClass().getSimpleName() + ": "
        + root.getMessage()) + ")";
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() > 500 ? line.substring(0, 497) + "..." : line;
  }

  private static String qualify(String path, Configuration conf) {
    try {
      Path p = new Path(path);
      return p.getFileSystem(conf).makeQualified(p).toString();
    } catch (IOException e) {
      throw new UncheckedIOException("resolving " + path, e);
    }
  }
}
