package org.radiomesh.jobs.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.radiomesh.jobs.HadoopFiles;
import org.radiomesh.jobs.JobSummary;
import org.radiomesh.jobs.StageStatus;
import org.radiomesh.jobs.TableCommit;
import org.radiomesh.jobs.model.ModelFetcher;
import org.radiomesh.model.ModelDirectory;
import org.radiomesh.model.ModelFormatException;
import org.radiomesh.model.ModelIdentity;
import org.radiomesh.model.ModelManifest;

/**
 * {@code radiomesh report}: a structured report per image of an ingest catalog (or a folder of images) with a model
 * on the executors, written as {@code reports/} (Parquet, {@link ReportRows#REPORTS}), {@code errors/}
 * ({@link ReportRows#ERRORS}, reasons {@link ReportErrorReason}), {@code summary.json}, and on request
 * {@code reports.jsonl/} (JSON lines, {@link org.radiomesh.report.ReportJson}) and {@code sr/STUDY.dcm} (one DICOM
 * Basic Text SR per study, {@link StudySrWriter}).
 *
 * <p>The model directory is of kind {@code findings} (the built-in network: per-label scores thresholded into
 * findings) or {@code vlm} (a vision-language model: the options' prompt and generation settings, findings read from
 * the generated text, which is kept in {@code generated_text}); other kinds are refused before any image is read.
 *
 * <p>Every input row lands in exactly one of {@code reports} (with this model's identity) and {@code errors}; the job
 * checks this and fails if it does not hold. A rerun skips the images (paths) that {@code reports/} already holds for
 * the same model identity (name, version and content hash) and keeps the reports of other models. Cost: one file read, one
 * decode and a share of a forward pass (or of a generation loop) per image; the model loads once per executor JVM.
 */
public final class ReportJob {
  private static final String JOB = "report";

  private ReportJob() {}

  /** The job's result: input rows, rows skipped as already reported, new reports, errors by reason. */
  public record Result(long inputs, long skipped, long reported, long errors, Map<String, Long> errorsByReason,
      ModelIdentity model, long studiesWritten) {}

  /** Runs the job; tests call this directly with their session. */
  public static Result run(SparkSession spark, ReportOptions o) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    JobSummary summary = new JobSummary(JOB);
    summary.put("input", o.catalog() != null ? "catalog " + o.catalog() : "folder " + o.images()
        + (o.pattern() == null ? "" : " (" + o.pattern() + ")"));
    summary.put("output", o.out());
    TableCommit.cleanStaging(o.out(), hadoop);
    LocalDateTime started = LocalDateTime.now();

    StageStatus read = StageStatus.start(JOB, "read inputs and model");
    ModelIdentity model;
    String kind;
    try {
      ModelDirectory dir = ModelDirectory.open(ModelFetcher.localDirectory(o.model(), hadoop));
      model = dir.identity();
      kind = reportingKind(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("opening model " + o.model().uri(), e);
    }
    Dataset<Row> inputs = o.catalog() != null ? ReportInputs.fromCatalog(spark, o.catalog())
        : ReportInputs.fromFolder(spark, o.images(), o.pattern());
    Dataset<Row> marked = inputs.withColumn("_order", monotonically_increasing_id())
        .withColumn("_n", row_number().over(Window.partitionBy("path").orderBy("_order")))
        .drop("_order").persist(StorageLevel.MEMORY_AND_DISK());
    long inputCount = marked.count();
    String reportsDir = HadoopFiles.resolve(o.out(), "reports");
    Dataset<Row> existing = exists(reportsDir, hadoop) ? withGeneratedText(spark.read().parquet(reportsDir))
        : spark.createDataFrame(List.of(), ReportRows.REPORTS);
    // Skip by path: the input's image id may still be a file name that the executor replaces by the SOP Instance UID.
    Dataset<Row> done = existing.filter(col("model_hash").equalTo(model.contentHash())).select("path").distinct();
    Dataset<Row> valid = marked.filter(col("path").isNotNull().and(col("_n").equalTo(1))).drop("_n");
    Dataset<Row> todo = valid.join(done, valid.col("path").equalTo(done.col("path")), "left_anti");
    long validCount = valid.count();
    double readSeconds = read.done(inputCount);

    StageStatus report = StageStatus.start(JOB, "decode and report");
    int partitions = o.partitions() > 0 ? o.partitions() : spark.sparkContext().defaultParallelism();
    ReportPartition fn = new ReportPartition(o.model(), o.batchSize(), o.maxFileBytes(), o.modalities(),
        o.images() != null, new SerializableConfiguration(hadoop), o.generation(), o.prompt());
    Dataset<Row> outcome = todo.repartition(partitions)
        .mapPartitions(fn, Encoders.row(ReportRows.OUTCOME)).persist(StorageLevel.MEMORY_AND_DISK());
    long processed = outcome.count();
    long skipped = validCount - processed;
    double reportSeconds = report.done(processed);

    StageStatus write = StageStatus.start(JOB, "write reports and errors");
    String[] reportCols = ReportRows.REPORTS.fieldNames();
    Dataset<Row> fresh = outcome.filter(col("status").equalTo(ReportRows.STATUS_OK)).selectExpr(reportCols);
    long reported = fresh.count();
    TableCommit.writeParquet(existing.selectExpr(reportCols).union(fresh), o.out(), "reports");
    Dataset<Row> pathErrors = marked.filter(col("path").isNull().or(col("_n").gt(1)))
        .withColumn("model_hash", lit(model.contentHash()))
        .withColumn("reason", when(col("path").isNull(),
            lit(ReportErrorReason.MISSING_PATH.name())).otherwise(lit(ReportErrorReason.DUPLICATE_PATH.name())))
        .withColumn("message", lit("the first row with this path is reported; empty paths are not"));
    Dataset<Row> errors = outcome.filter(col("status").equalTo(ReportRows.STATUS_ERROR))
        .selectExpr(ReportRows.ERRORS.fieldNames()).union(pathErrors.selectExpr(ReportRows.ERRORS.fieldNames()));
    TableCommit.writeParquet(errors, o.out(), "errors");
    Row times = outcome.agg(sum("decode_ns"), sum("inference_ns")).first();
    Dataset<Row> reports = spark.read().parquet(reportsDir).filter(col("model_hash").equalTo(model.contentHash()));
    Dataset<Row> writtenErrors = spark.read().parquet(HadoopFiles.resolve(o.out(), "errors"));
    long errorCount = writtenErrors.count();
    Map<String, Long> byReason = new LinkedHashMap<>();
    for (Row r : writtenErrors.groupBy("reason").count().orderBy("reason").collectAsList()) {
      byReason.put(r.getString(0), r.getLong(1));
    }
    checkInvariant(marked, reports, writtenErrors, inputCount);
    double writeSeconds = write.done(processed);
    outcome.unpersist();

    double extrasSeconds = 0;
    long studies = 0;
    if (o.jsonLines() || o.sr()) {
      StageStatus extras = StageStatus.start(JOB, "write" + (o.jsonLines() ? " JSON lines" : "")
          + (o.sr() ? " SR per study" : ""));
      Dataset<Row> reportedInputs = reports.join(marked.filter(col("_n").equalTo(1)).select("path"), "path");
      if (o.jsonLines()) {
        ReportExports.jsonLines(reportedInputs, HadoopFiles.resolve(o.out(), "reports.jsonl"));
      }
      if (o.sr()) {
        studies = StudySrWriter.write(reportedInputs, HadoopFiles.resolve(o.out(), "sr"), model, started,
            new SerializableConfiguration(hadoop));
      }
      extrasSeconds = extras.done(studies);
    }
    marked.unpersist();
    double decodeSeconds = times.isNullAt(0) ? 0 : times.getLong(0) / 1e9;
    double inferenceSeconds = times.isNullAt(1) ? 0 : times.getLong(1) / 1e9;
    Map<String, Object> seconds = new LinkedHashMap<>();
    seconds.put("read", readSeconds);
    seconds.put("report", reportSeconds);
    seconds.put("write", writeSeconds);
    seconds.put("exports", extrasSeconds);
    Map<String, Object> modelEntry = new LinkedHashMap<>();
    modelEntry.put("name", model.name());
    modelEntry.put("version", model.version());
    modelEntry.put("content_hash", model.contentHash());
    modelEntry.put("kind", kind);
    if (ModelManifest.KIND_VLM.equals(kind)) {
      modelEntry.put("prompt", o.prompt());
      modelEntry.put("generation", Map.of("max_new_tokens", o.generation().maxNewTokens(), "temperature",
          o.generation().temperature(), "top_p", o.generation().topP(), "seed", o.generation().seed()));
    }
    summary.put("model", modelEntry)
        .put("inputs", inputCount).put("skipped_already_reported", skipped).put("reported", reported)
        .put("errors", errorCount).put("errors_by_reason", byReason).put("studies_with_sr", studies)
        .put("batch_size", o.batchSize()).put("partitions", partitions)
        .put("images_per_second", reportSeconds > 0 ? processed / reportSeconds : 0)
        .put("seconds", seconds)
        .put("task_seconds", Map.of("read_and_decode", decodeSeconds, "inference", inferenceSeconds))
        .put("invariant", "every input row in exactly one of reports (this model) and errors: checked");
    summary.write(o.out(), hadoop);
    return new Result(inputCount, skipped, reported, errorCount, byReason, model, studies);
  }

  /** Every input path is in exactly one of this model's reports and the errors, and no report path twice. */
  private static void checkInvariant(Dataset<Row> marked, Dataset<Row> reports, Dataset<Row> errors, long inputs) {
    Dataset<Row> firstPaths = marked.filter(col("_n").equalTo(1).and(col("path").isNotNull())).select("path");
    long reportedRows = reports.join(firstPaths, "path").count();
    long reportedPaths = reports.join(firstPaths, "path").select("path").distinct().count();
    long total = reportedRows + errors.count();
    if (total != inputs || reportedPaths != reportedRows) {
      throw new IllegalStateException("report lost or duplicated images: " + inputs + " in, " + reportedRows
          + " reports (" + reportedPaths + " distinct paths) and " + errors.count() + " errors out");
    }
  }

  /** The kind of a model that writes reports, {@code findings} (built in Java) or {@code vlm}. */
  private static String reportingKind(ModelDirectory dir) throws ModelFormatException {
    ModelManifest m = dir.manifest();
    boolean findings = ModelManifest.KIND_FINDINGS.equals(m.kind()) && m.architecture() != null;
    if (!findings && !ModelManifest.KIND_VLM.equals(m.kind())) {
      throw new ModelFormatException(dir.manifestFile(), "kind '" + m.kind() + "'"
          + (ModelManifest.KIND_FINDINGS.equals(m.kind()) ? " without an architecture" : "")
          + ": reports are written by findings models built in Java (with an architecture) and by vlm models");
    }
    return m.kind();
  }

  /** {@code reports} with a null {@code generated_text} when it was written before that column existed. */
  private static Dataset<Row> withGeneratedText(Dataset<Row> reports) {
    return List.of(reports.columns()).contains(ReportRows.GENERATED_TEXT) ? reports
        : reports.withColumn(ReportRows.GENERATED_TEXT, lit(null).cast("string"));
  }

  private static boolean exists(String dir, Configuration conf) {
    try {
      return HadoopFiles.exists(dir, conf);
    } catch (IOException e) {
      throw new UncheckedIOException("checking " + dir, e);
    }
  }
}
