package org.radiomesh.jobs.synth;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.radiomesh.jobs.HadoopFiles;
import org.radiomesh.jobs.JobSummary;
import org.radiomesh.jobs.StageStatus;
import org.radiomesh.jobs.TableCommit;
import org.radiomesh.synth.Modality;
import org.radiomesh.synth.Provenance;
import org.radiomesh.synth.SynthOptions;

/**
 * The synthetic data job: cases {@code start .. start + cases − 1} of master seed {@code seed}, sharded over
 * {@code partitions} contiguous index ranges, each made by {@link CaseTask} under {@code OUT/cases/case-NNNNNN/}; then
 * {@code OUT/manifest/} (Parquet, one row per complete case), {@code OUT/errors/} (one row per failed case) and
 * {@code OUT/summary.json}.
 *
 * <p>Every case of the range lands in exactly one of manifest and errors; the job checks this and fails if not. A rerun
 * with the same seed and out folder skips complete cases, redoes incomplete ones and rewrites the tables. Case outputs
 * depend only on (seed, index) and the options, so they are byte-identical whatever the partition count or executor.
 * Outcome rows are persisted before the tables are written, so no case is generated twice by the job's own actions.
 * Cost: the generator's per case, cases / partitions per task.
 */
public final class SynthJob {
  private static final String JOB = "synth";

  private SynthJob() {}

  /**
   * What to generate.
   *
   * @param cases number of cases (≥ 1)
   * @param seed master seed (any value; 0 is a seed)
   * @param start index of the first case (≥ 0)
   * @param out output folder on any Hadoop file system
   * @param synth modalities and resolutions
   * @param partitions partitions (0: min(cases, Spark's default parallelism))
   */
  public record Options(long cases, long seed, long start, String out, SynthOptions synth, int partitions) {
    public Options {
      if (cases < 1 || start < 0 || partitions < 0) {
        throw new IllegalArgumentException("--cases " + cases + ", --start " + start + ", --partitions " + partitions
            + ": expected cases >= 1, start >= 0, partitions >= 0");
      }
      if (out == null || out.isBlank()) {
        throw new IllegalArgumentException("an output folder is required");
      }
      if (synth == null) {
        throw new IllegalArgumentException("synth options are required");
      }
    }
  }

  /** Counts of a finished run. */
  public record Result(long cases, long complete, long generated, long existing, long regenerated, long errors,
                       Map<String, Long> errorsByReason, long totalBytes) {}

  /** Runs the job with the real generator; tests call this directly with their session. */
  public static Result run(SparkSession spark, Options o) {
    return run(spark, o, CaseWork.generator(o.synth()));
  }

  /** Runs the job with {@code work} making each case (tests inject failures here). */
  static Result run(SparkSession spark, Options o, CaseWork work) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    JobSummary summary = new JobSummary(JOB);
    String casesDir = qualified(HadoopFiles.resolve(o.out(), "cases"), conf);
    summary.put("output", o.out()).put("master_seed", o.seed()).put("first_case", o.start())
        .put("cases", o.cases()).put("modalities", Modality.keys(o.synth().modalities()))
        .put("options", o.synth().toMap()).put("licence", Provenance.LICENCE_STATEMENT)
        .put("provenance", Provenance.PROVENANCE);
    TableCommit.cleanStaging(o.out(), conf);

    int partitions = o.partitions() > 0 ? o.partitions()
        : (int) Math.max(1, Math.min(o.cases(), spark.sparkContext().defaultParallelism()));
    summary.put("partitions", partitions);
    StageStatus generate = StageStatus.start(JOB, "generate " + o.cases() + " case(s) on " + partitions
        + " partition(s)");
    CaseTask task = new CaseTask(casesDir, o.seed(), work, conf);
    Dataset<Row> outcome = spark.range(o.start(), o.start() + o.cases(), 1, partitions).as(Encoders.LONG())
        .mapPartitions((MapPartitionsFunction<Long, Row>) task::run, Encoders.row(ManifestRows.OUTCOME))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long produced = outcome.count();
    generate.done(produced);
    int swept = sweepInProgress(casesDir, conf);

    StageStatus write = StageStatus.start(JOB, "write manifest, errors, summary");
    Dataset<Row> ok = outcome.filter(col("status").equalTo(ManifestRows.STATUS_OK));
    Dataset<Row> failed = outcome.filter(col("status").equalTo(ManifestRows.STATUS_ERROR));
    TableCommit.writeParquet(ok.selectExpr(ManifestRows.MANIFEST_COLUMNS.toArray(String[]::new)), o.out(),
        "manifest");
    TableCommit.writeParquet(failed.selectExpr(ManifestRows.ERROR_COLUMNS.toArray(String[]::new)), o.out(), "errors");
    outcome.unpersist();

    Dataset<Row> manifest = spark.read().parquet(HadoopFiles.resolve(o.out(), "manifest"));
    Dataset<Row> errors = spark.read().parquet(HadoopFiles.resolve(o.out(), "errors"));
    checkInvariant(o, manifest, errors);
    Map<String, Long> byOrigin = counts(manifest, "origin");
    Map<String, Long> byReason = counts(errors, "reason");
    long complete = manifest.count();
    long errorCount = errors.count();
    Row totals = manifest.selectExpr("coalesce(sum(total_bytes), 0L)", "coalesce(sum(file_count), 0L)").first();
    write.done(complete + errorCount);

    summary.put("complete", complete).put("origin", byOrigin).put("errors", errorCount)
        .put("errors_by_reason", byReason).put("total_bytes", totals.getLong(0)).put("files", totals.getLong(1))
        .put("swept_in_progress_folders", swept)
        .put("invariant", "every case in exactly one of manifest and errors, once: checked")
        .put("seconds", Map.of("generate", generate.elapsedSeconds(), "write", write.elapsedSeconds()));
    summary.write(o.out(), conf);
    return new Result(o.cases(), complete, byOrigin.getOrDefault("generated", 0L),
        byOrigin.getOrDefault("existing", 0L), byOrigin.getOrDefault("regenerated", 0L), errorCount, byReason,
        totals.getLong(0));
  }

  /** Each requested index appears exactly once across manifest and errors. */
  private static void checkInvariant(Options o, Dataset<Row> manifest, Dataset<Row> errors) {
    Dataset<Row> all = manifest.select("case_index").union(errors.select("case_index"));
    long total = all.count();
    long distinct = all.distinct().count();
    Row range = all.selectExpr("min(case_index)", "max(case_index)").first();
    if (total != o.cases() || distinct != o.cases() || range.getLong(0) != o.start()
        || range.getLong(1) != o.start() + o.cases() - 1) {
      throw new IllegalStateException("synth lost or duplicated cases: " + o.cases() + " requested, " + total
          + " rows, " + distinct + " distinct indices");
    }
  }

  private static Map<String, Long> counts(Dataset<Row> rows, String column) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (Row r : rows.groupBy(column).count().orderBy(column).collectAsList()) {
      out.put(r.getString(0), r.getLong(1));
    }
    return out;
  }

  /** Deletes {@code _inprogress-*} folders that dead attempts left; returns how many. */
  private static int sweepInProgress(String casesDir, Configuration conf) {
    try {
      Path dir = new Path(casesDir);
      FileSystem fs = HadoopCaseSink.fileSystem(dir, conf);
      if (!fs.exists(dir)) {
        return 0;
      }
      int n = 0;
      for (FileStatus s : fs.listStatus(dir)) {
        if (s.getPath().getName().startsWith(CaseTask.IN_PROGRESS)) {
          if (!fs.delete(s.getPath(), true)) {
            throw new IOException("cannot delete " + s.getPath());
          }
          n++;
        }
      }
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException("sweeping in-progress folders under " + casesDir, e);
    }
  }

  private static String qualified(String uri, Configuration conf) {
    try {
      Path p = new Path(uri);
      return p.getFileSystem(conf).makeQualified(p).toString();
    } catch (IOException e) {
      throw new UncheckedIOException("resolving " + uri, e);
    }
  }
}
