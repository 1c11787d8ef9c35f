package org.radiomesh.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.radiomesh.jobs.SparkRuntime;
import org.radiomesh.jobs.evaluate.EvaluateJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code radiomesh evaluate}: the distributed Chamfer / F-score evaluation stage. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Score predicted meshes against ground truth on Spark: Chamfer distance, F-score, Hausdorff, normal "
        + "consistency, with a metric card on every row.",
        "Writes OUT/metrics (one row per pair), OUT/errors (pairs that could not be scored, with a reason code), "
        + "OUT/summary (count, mean, median, p90, p95 per group and metric) and OUT/summary.json."})
public final class EvaluateCommand implements Callable<Integer> {

  @Option(names = "--pairs", paramLabel = "MANIFEST",
      description = "CSV (with header) or Parquet manifest with columns id, pred, gt (mesh files: OBJ, PLY, STL; paths "
          + "relative to the manifest's folder, or URIs on any Hadoop file system) and optional extra columns.")
  String pairs;

  @Option(names = "--pred-table", paramLabel = "DIR", description = "Instead of --pairs: Parquet mesh table (id, vertices, faces) of predictions...")
  String predTable;

  @Option(names = "--gt-table", paramLabel = "DIR", description = "... and of ground truth, joined on id.")
  String gtTable;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (file:, hdfs:, ...).")
  String out;

  @Option(names = "--group-by", split = ",", paramLabel = "COL", description = "Manifest columns to summarise by.")
  List<String> groupBy = new ArrayList<>();

  @Option(names = "--split-above", paramLabel = "N", defaultValue = "1000000",
      description = "Split a pair across tasks when one side has more query points than this. Default: ${DEFAULT-VALUE}.")
  long splitAbove;

  @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "1024",
      description = "Mesh files larger than this are not read (TOO_LARGE). Default: ${DEFAULT-VALUE}.")
  long maxFileMb;

  @Option(names = "--partitions", paramLabel = "P", defaultValue = "0",
      description = "Partitions for the pairs (0: Spark's default parallelism).")
  int partitions;

  @Mixin
  MetricFlags metricFlags = new MetricFlags();

  @Mixin
  SparkOptions spark = new SparkOptions();

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    EvaluateJob.Options options = new EvaluateJob.Options(pairs, predTable, gtTable, out, metricFlags.toOptions(),
        groupBy, splitAbove, maxFileMb * 1024 * 1024, partitions);
    SparkSession session = SparkRuntime.session("evaluate", spark);
    SparkRuntime.attachProgress(session);
    EvaluateJob.Result r = EvaluateJob.run(session, options);
    var w = spec.commandLine().getOut();
    w.printf("evaluate: %d pairs, %d scored, %d errors%s -> %s%n", r.pairs(), r.scored(), r.errors(),
        r.errorsByReason().isEmpty() ? "" : " " + r.errorsByReason(), out);
    w.flush();
    return ExitCodes.OK;
  }
}
