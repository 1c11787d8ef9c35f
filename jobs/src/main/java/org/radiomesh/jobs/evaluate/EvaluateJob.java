package org.radiomesh.jobs.evaluate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.row_number;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.radiomesh.jobs.JobSummary;
import org.radiomesh.jobs.StageStatus;
import org.radiomesh.jobs.TableCommit;
import org.radiomesh.metrics.MetricOptions;

/**
 * The distributed evaluation stage: scores every (pred, gt) pair of a manifest with Chamfer distance, F-score and the
 * other metrics of {@link org.radiomesh.metrics.MeshMetrics}, and writes {@code metrics/}, {@code errors/},
 * {@code summary/} and {@code summary.json} under the output folder.
 *
 * <p>Every input pair lands in exactly one of {@code metrics} and {@code errors}; the job checks this and fails if it
 * does not hold. A bad pair never fails the job. Pairs with more query points than {@link Options#splitAbove()} are
 * split across tasks ({@link SplitPairScorer}) with results equal to a single task's. Sampling seeds derive from the
 * job seed and the pair id, so retries and repartitioning give identical numbers. Cost: one nearest-neighbour pass each
 * way per pair, O((n + m) log(n + m)) with the index engine.
 */
public final class EvaluateJob {
  private static final String JOB = "evaluate";

  private EvaluateJob() {}

  /**
   * What to evaluate and how.
   *
   * @param pairs CSV or Parquet manifest (id, pred, gt, extra columns), or null with mesh tables
   * @param predTable Parquet mesh table (id, vertices, faces) of predictions, with {@code gtTable}
   * @param gtTable Parquet mesh table of ground truth
   * @param out output folder on any Hadoop file system
   * @param metrics metric conventions
   * @param groupBy extra manifest columns to summarise by (the overall summary is always written)
   * @param splitAbove a pair with more query points on one side than this is split across tasks
   * @param maxFileBytes mesh files above this size are not read (TOO_LARGE)
   * @param partitions partitions for the pairs; 0 = Spark's default parallelism
   */
  public record Options(String pairs, String predTable, String gtTable, String out, MetricOptions metrics,
      List<String> groupBy, long splitAbove, long maxFileBytes, int partitions) {
    public Options {
      if ((pairs == null) == (predTable == null || gtTable == null)) {
        throw new IllegalArgumentException("give either a pairs manifest or both a pred and a gt mesh table");
      }
      if (out == null || out.isBlank()) {
        throw new IllegalArgumentException("an output folder is required");
      }
      if (splitAbove < 1 || maxFileBytes < 1 || partitions < 0) {
        throw new IllegalArgumentException("split limit and file size limit must be positive, partitions >= 0");
      }
      groupBy = List.copyOf(groupBy);
    }
  }

  /** Counts of a finished run. */
  public record Result(long pairs, long scored, long errors, long split, Map<String, Long> errorsByReason) {}

  /** Runs the evaluation; tests call this directly with their session. */
  public static Result run(SparkSession spark, Options o) {
    JobSummary summary = new JobSummary(JOB);
    summary.put("input", o.pairs() != null ? o.pairs() : o.predTable() + " x " + o.gtTable());
    summary.put("output", o.out());
    TableCommit.cleanStaging(o.out(), spark.sparkContext().hadoopConfiguration());

    StageStatus read = StageStatus.start(JOB, "read pairs");
    Dataset<Row> pairs = o.pairs() != null ? PairManifest.read(spark, o.pairs())
        : PairManifest.readMeshTables(spark, o.predTable(), o.gtTable());
    for (String g : o.groupBy()) {
      if (!Arrays.asList(pairs.columns()).contains(g)) {
        throw new IllegalArgumentException("--group-by " + g + ": no such column in " + o.pairs() + "; columns are "
            + Arrays.toString(pairs.columns()));
      }
    }
    // Mark repeated ids: the first occurrence in manifest order is scored, the rest become DUPLICATE_ID errors.
    Dataset<Row> ordered = pairs.withColumn("_order", monotonically_increasing_id());
    Dataset<Row> marked = ordered
        .withColumn("_duplicate", row_number().over(Window.partitionBy("id").orderBy("_order")).gt(1))
        .drop("_order");
    int partitions = o.partitions() > 0 ? o.partitions() : spark.sparkContext().defaultParallelism();
    marked = marked.repartition(partitions);
    long inputCount = marked.count();
    read.done(inputCount);

    List<String> identityNames = new ArrayList<>();
    for (String c : marked.columns()) {
      if (!c.equals("pred_mesh") && !c.equals("gt_mesh") && !c.equals("_duplicate")) {
        identityNames.add(c);
      }
    }
    List<String> inputOrder = new ArrayList<>(identityNames);
    inputOrder.addAll(List.of("pred_mesh", "gt_mesh", "_duplicate"));
    Dataset<Row> input = marked.selectExpr(inputOrder.stream().map(c -> "`" + c + "`").toArray(String[]::new));
    StructType identity = new StructType(Arrays.copyOf(input.schema().fields(), identityNames.size()));
    int n = identityNames.size();
    PairReader reader = new PairReader(spark.sparkContext().hadoopConfiguration(), o.maxFileBytes(),
        o.pairs() == null);
    PairScorer scorer = new PairScorer(reader, o.metrics(), o.splitAbove(), n, n, n + 1, n + 2);
    StructType outcomeSchema = MetricRows.outcomeSchema(identity);

    StageStatus score = StageStatus.start(JOB, "score pairs");
    Dataset<Row> outcome = input.mapPartitions((MapPartitionsFunction<Row, Row>) scorer::scorePartition,
        Encoders.row(outcomeSchema)).persist(StorageLevel.MEMORY_AND_DISK());
    List<Row> large = outcome.filter(col("status").equalTo(MetricRows.STATUS_LARGE)).collectAsList();
    score.done(outcome.count() - large.size());

    Dataset<Row> scored = outcome.filter(col("status").notEqual(MetricRows.STATUS_LARGE));
    if (!large.isEmpty()) {
      StageStatus split = StageStatus.start(JOB, "score " + large.size() + " large pair(s) split across tasks");
      Map<String, Row> ids = new LinkedHashMap<>();
      for (Row r : large) {
        ids.put(r.getString(0), r);
      }
      List<Row> largeInputs = input.filter(col("id").isin(ids.keySet().toArray())).filter(col("_duplicate").equalTo(false))
          .collectAsList();
      List<Row> rows = new ArrayList<>();
      int tasks = Math.max(1, spark.sparkContext().defaultParallelism());
      for (Row pair : largeInputs) {
        rows.add(SplitPairScorer.score(spark, pair, n, reader, o.metrics(), n, n + 1, tasks));
      }
      scored = scored.union(spark.createDataFrame(rows, outcomeSchema));
      split.done(rows.size());
    }

    StageStatus write = StageStatus.start(JOB, "write metrics, errors, summary");
    List<String> metricCols = new ArrayList<>(identityNames);
    MetricRows.METRICS.forEach(f -> metricCols.add(f.name()));
    Dataset<Row> metrics = scored.filter(col("status").equalTo(MetricRows.STATUS_OK))
        .selectExpr(metricCols.stream().map(c -> "`" + c + "`").toArray(String[]::new));
    List<String> errorCols = new ArrayList<>(identityNames);
    errorCols.addAll(List.of("reason", "message"));
    Dataset<Row> errors = scored.filter(col("status").equalTo(MetricRows.STATUS_ERROR))
        .selectExpr(errorCols.stream().map(c -> "`" + c + "`").toArray(String[]::new));
    TableCommit.writeParquet(metrics, o.out(), "metrics");
    TableCommit.writeParquet(errors, o.out(), "errors");
    outcome.unpersist();

    Dataset<Row> written = spark.read().parquet(o.out() + "/metrics");
    Dataset<Row> writtenErrors = spark.read().parquet(o.out() + "/errors");
    long scoredCount = written.count();
    long errorCount = writtenErrors.count();
    Map<String, Long> byReason = new LinkedHashMap<>();
    for (Row r : writtenErrors.groupBy("reason").count().orderBy("reason").collectAsList()) {
      byReason.put(r.getString(0), r.getLong(1));
    }
    checkInvariant(inputCount, written, writtenErrors);
    Dataset<Row> groups = GroupSummary.of(written, o.groupBy(), o.metrics().thresholds());
    TableCommit.writeParquet(groups, o.out(), "summary");
    write.done(scoredCount + errorCount);

    summary.put("pairs", inputCount).put("scored", scoredCount).put("errors", errorCount)
        .put("errors_by_reason", byReason).put("split_pairs", (long) large.size())
        .put("invariant", "every pair in exactly one of metrics and errors: checked")
        .put("overall", GroupSummary.overallMeans(groups))
        .put("card", o.metrics().card(o.metrics().samples(), o.metrics().samples()).toMap())
        .put("seconds", Map.of("read", read.elapsedSeconds(), "score", score.elapsedSeconds(),
            "write", write.elapsedSeconds()));
    summary.write(o.out(), spark.sparkContext().hadoopConfiguration());
    return new Result(inputCount, scoredCount, errorCount, large.size(), byReason);
  }

  /** Every input pair is in exactly one of metrics and errors, once. */
  private static void checkInvariant(long inputCount, Dataset<Row> metrics, Dataset<Row> errors) {
    Dataset<Row> all = metrics.select("id").union(errors.select("id"));
    long total = all.count();
    if (total != inputCount) {
      throw new IllegalStateException("evaluate lost or duplicated pairs: " + inputCount + " in, " + total + " out");
    }
    long scoredIds = metrics.select("id").distinct().count();
    if (scoredIds != metrics.count()) {
      throw new IllegalStateException("evaluate scored an id twice");
    }
  }
}
