package org.radiomesh.jobs.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.radiomesh.jobs.JobSummary;
import org.radiomesh.jobs.StageStatus;

/**
 * {@code radiomesh ingest}: catalogs an imaging archive into {@code OUT/catalog/} and {@code OUT/quarantine/}
 * (Parquet), appending only files not seen by an earlier run, and writes {@code OUT/summary.json}.
 *
 * <p>Steps: recover or discard what a dead run left ({@link IngestRun#recover}); list the roots on the executors
 * ({@link ArchiveListing}); drop files whose key (path, size, modification time) is already in either table; catalog
 * the rest on the executors, header only ({@link FileCataloger}); write the new rows to the run's staging folder and
 * commit them as {@code run_id=RUN} partitions ({@link IngestRun}); check that every listed file is in exactly one table
 * once ({@link IngestInvariant}) and fail with {@link IllegalStateException} after writing the summary if not.
 *
 * <p>Tables: {@code catalog/run_id=RUN/modality=M/} ({@link IngestTables#CATALOG}; PNG/JPEG/TIFF under
 * {@code modality=XR-IMAGE}, DICOM without Modality under Spark's null partition) and {@code quarantine/run_id=RUN/}
 * ({@link IngestTables#QUARANTINE}). Read them whole with {@code spark.read.parquet("OUT/catalog")}. A file changed
 * since an earlier run has a new key, so it is cataloged again and its old row stays, under its old run. Cost: one
 * listing, one header read per new file, one pass over the tables' key columns.
 */
public final class IngestJob {
  /** The job's name in status lines and summary.json. */
  public static final String NAME = "ingest";

  private IngestJob() {}

  /** Runs the ingest; returns the summary also written to {@code OUT/summary.json}. */
  public static JobSummary run(SparkSession spark, IngestOptions o) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    JobSummary summary = new JobSummary(NAME);
    try {
      Path outPath = new Path(o.out());
      String out = outPath.getFileSystem(conf).makeQualified(outPath).toString();
      List<String> recovered = IngestRun.recover(out, conf);
      IngestRun run = IngestRun.start(out, conf);
      summary.put("run_id", run.runId()).put("inputs", o.inputs()).put("recovered_runs", recovered);

      StageStatus status = StageStatus.start(NAME, "list files");
      int parallelism = spark.sparkContext().defaultParallelism();
      Dataset<Row> listing = ArchiveListing.list(spark, o.inputs(),
          new ArchiveListing.Globs(o.includes(), o.excludes(), out), 4 * parallelism)
          .persist(StorageLevel.MEMORY_AND_DISK());
      long listed = listing.count();
      status.done(listed);

      Dataset<Row> done = IngestInvariant.keys(spark, out, "catalog")
          .unionByName(IngestInvariant.keys(spark, out, "quarantine"));
      Dataset<Row> todo = listing.join(done, IngestInvariant.scalaKey(), "left_anti");
      long todoCount = todo.count();
      int partitions = o.partitions() > 0 ? o.partitions()
          : (int) Math.max(1, Math.min(todoCount, Math.max(parallelism, (todoCount + 999) / 1000)));

      status = StageStatus.start(NAME, "catalog headers of " + todoCount + " new files");
      Dataset<Row> outcome = todo.repartition(partitions)
          .mapPartitions(new FileCataloger(o.limits(), o.deid(), conf), Encoders.row(IngestTables.OUTCOME))
          .persist(StorageLevel.MEMORY_AND_DISK());
      List<Row> byReason = outcome.groupBy(coalesce(col("reason"), lit("")).as("r"))
          .agg(count(lit(1)), sum("size_bytes"), sum(coalesce(col("header_bytes"), lit(0L)))).collectAsList();
      double seconds = status.done(todoCount);

      Map<String, Long> reasons = new TreeMap<>();
      long cataloged = 0;
      long bytes = 0;
      long headerBytes = 0;
      for (Row r : byReason) {
        if (r.getString(0).isEmpty()) {
          cataloged = r.getLong(1);
        } else {
          reasons.put(r.getString(0), r.getLong(1));
        }
        bytes += r.isNullAt(2) ? 0 : r.getLong(2);
        headerBytes += r.isNullAt(3) ? 0 : r.getLong(3);
      }
      long quarantined = todoCount - cataloged;

      status = StageStatus.start(NAME, "write and commit");
      if (cataloged > 0) {
        outcome.where(col("reason").isNull()).select(IngestTables.CATALOG.fieldNames()[0],
                java.util.Arrays.copyOfRange(IngestTables.CATALOG.fieldNames(), 1, IngestTables.CATALOG.size()))
            .write().partitionBy("modality").parquet(run.stagingTable("catalog"));
      }
      if (quarantined > 0) {
        outcome.where(col("reason").isNotNull()).select(IngestTables.QUARANTINE.fieldNames()[0],
                java.util.Arrays.copyOfRange(IngestTables.QUARANTINE.fieldNames(), 1, IngestTables.QUARANTINE.size()))
            .write().parquet(run.stagingTable("quarantine"));
      }
      run.commit();
      outcome.unpersist();
      status.done("cataloged " + cataloged + ", quarantined " + quarantined);

      status = StageStatus.start(NAME, "check invariant");
      IngestInvariant invariant = IngestInvariant.check(spark, out, listing);
      listing.unpersist();
      status.done(invariant.ok() ? "ok" : "BROKEN " + invariant.asMap());

      summary.put("listed", listed).put("already_done", listed - todoCount).put("new", todoCount)
          .put("cataloged", cataloged).put("quarantined", quarantined).put("quarantine_by_reason", reasons)
          .put("partitions", partitions).put("seconds_cataloging", seconds)
          .put("files_per_second", seconds > 0 ? todoCount / seconds : 0.0)
          .put("mb_per_second", seconds > 0 ? bytes / 1e6 / seconds : 0.0)
          .put("bytes_new", bytes).put("header_bytes_read", headerBytes)
          .put("deid", deidMap(o)).put("limits", limitsMap(o)).put("invariant", invariant.asMap());
      summary.write(out, conf);
      if (!invariant.ok()) {
        throw new IllegalStateException("ingest invariant broken (every listed file must be in exactly one of"
            + " catalog and quarantine, once): " + invariant.asMap() + "; see " + out + "/summary.json");
      }
      return summary;
    } catch (IOException e) {
      throw new UncheckedIOException("ingest into " + o.out(), e);
    }
  }

  private static Map<String, Object> deidMap(IngestOptions o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("profile", o.deid().profile().name().toLowerCase(java.util.Locale.ROOT));
    m.put("retain_longitudinal", o.deid().retainLongitudinal());
    return m;
  }

  private static Map<String, Object> limitsMap(IngestOptions o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("max_header_bytes", o.limits().maxHeaderBytes());
    m.put("max_pixel_bytes", o.limits().maxPixelBytes());
    m.put("max_inline_binary_bytes", o.limits().maxInlineBinaryBytes());
    return m;
  }
}
