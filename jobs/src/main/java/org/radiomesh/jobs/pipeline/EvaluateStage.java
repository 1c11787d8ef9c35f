package org.radiomesh.jobs.pipeline;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.radiomesh.jobs.HadoopFiles;
import org.radiomesh.jobs.evaluate.EvaluateJob;
import org.radiomesh.metrics.MetricOptions;

/**
 * The {@code evaluate} stage: {@link EvaluateJob} on the pairs manifest that the model stage writes
 * ({@code OUT/model/pairs.csv}: {@code id,pred,gt} and extras, paths relative to {@code OUT/model}; pairs that have
 * ground truth, which synthetic archives do) into {@code OUT/evaluate/} ({@code metrics/}, {@code errors/}, {@code summary/}, {@code summary.json}),
 * with the default metric card. Counts: inputs = pairs, outputs = pairs scored, errors = pairs in {@code errors/} (by
 * reason: unreadable, non-finite or empty meshes and so on). No manifest after a finished model stage means no ground
 * truth: nothing to do.
 * Cost: that of {@link EvaluateJob}.
 */
public final class EvaluateStage implements PipelineStage {
  public static final String NAME = "evaluate";
  /** The stage whose output this one reads. */
  public static final String PAIRS_STAGE = "model";
  static final List<ConfigKey> KEYS = List.of(
      new ConfigKey("evaluate.group-by", ConfigKey.Type.LIST, "", "manifest columns to summarise by"),
      new ConfigKey("evaluate.partitions", ConfigKey.Type.INTEGER, "0", "partitions for the pairs; 0: Spark's "
          + "default parallelism"),
      new ConfigKey("evaluate.max-file-mb", ConfigKey.Type.INTEGER, "1024", "mesh files larger than this are not "
          + "read (TOO_LARGE)"),
      new ConfigKey("evaluate.split-above", ConfigKey.Type.INTEGER, "1000000", "split a pair across tasks when one "
          + "side has more query points than this"));

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<ConfigKey> keys() {
    return KEYS;
  }

  @Override
  public void check(StageContext c) {
    PipelineSettings s = c.settings();
    if (s.integer("evaluate.partitions") < 0 || s.integer("evaluate.max-file-mb") < 1
        || s.integer("evaluate.split-above") < 1) {
      throw new IllegalArgumentException("evaluate.partitions >= 0, evaluate.max-file-mb >= 1 and "
          + "evaluate.split-above >= 1 are required");
    }
  }

  /** Where the model stage leaves the pairs to score. */
  public static String pairs(StageContext c) {
    return c.path(PAIRS_STAGE, "pairs.csv");
  }

  @Override
  public List<String> fingerprintInputs(StageContext c) {
    return List.of(pairs(c));
  }

  @Override
  public StageResult run(SparkSession spark, StageContext c) throws IOException {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    String pairs = pairs(c);
    if (!HadoopFiles.exists(pairs, conf)) {
      if (HadoopFiles.exists(c.path(PAIRS_STAGE, StageMarker.FILE), conf)) {
        return StageResult.nothingToDo("no pairs with ground truth (the model stage wrote no " + pairs + ")");
      }
      throw new IllegalStateException("no pairs manifest at " + pairs + ": run the model stage first");
    }
    PipelineSettings s = c.settings();
    EvaluateJob.Result r = EvaluateJob.run(spark, new EvaluateJob.Options(pairs, null, null, c.dir(NAME),
        MetricOptions.defaults(), s.list("evaluate.group-by"), s.integer("evaluate.split-above"),
        s.integer("evaluate.max-file-mb") * 1024 * 1024, (int) s.integer("evaluate.partitions")));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("split_pairs", r.split());
    details.put("tables", List.of("metrics", "errors", "summary"));
    return new StageResult(r.pairs(), 0, r.scored(), r.errors(), r.errorsByReason(), null, details);
  }

  @Override
  public Map<String, String> sampleTables(StageContext c) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("metrics", c.path(NAME, "metrics"));
    m.put("errors", c.path(NAME, "errors"));
    m.put("summary", c.path(NAME, "summary"));
    return m;
  }
}
