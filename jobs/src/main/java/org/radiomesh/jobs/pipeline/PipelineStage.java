package org.radiomesh.jobs.pipeline;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * One stage of {@link PipelineJob}: reads the tables of the stage before it (or the archive, for the first), writes
 * its own under {@link StageContext#dir(String) OUT/NAME/} through the job's table commit, and returns its counts.
 *
 * <p>The built-in stages are {@code ingest}, {@code report}, {@code model} and {@code evaluate}; others plug in through
 * {@link java.util.ServiceLoader} (a {@code META-INF/services/org.radiomesh.jobs.pipeline.PipelineStage} entry). The
 * {@code model} stage ({@link ModelStage}) reads {@code OUT/report/reports} and writes {@code OUT/model/pairs.csv}
 * (columns {@code id,pred,gt} and optional extras, paths relative to {@code OUT/model} or absolute; only pairs that
 * have ground truth; no file when there are none), which the {@code evaluate} stage scores. A stage's configuration keys start with its
 * name and a dot.
 *
 * <p>Contract: {@link #run} is idempotent given its inputs (a rerun after a crash must give the same tables, with no
 * row twice); work already committed by an earlier, unfinished run may be reused (the jobs' row-level skip).
 */
public interface PipelineStage {
  /** The stage's name: its folder under OUT, its {@code --stages} name and its key prefix. */
  String name();

  /** The configuration keys the stage reads, with defaults. */
  List<ConfigKey> keys();

  /**
   * Checks the configuration before anything runs (a model folder that exists, say); throws
   * {@link IllegalArgumentException} naming the key and the problem. The default checks nothing.
   */
  default void check(StageContext context) {}

  /**
   * The files and folders whose content decides whether a committed run of this stage is still current; the
   * pipeline fingerprints them (paths, sizes, modification times) together with the stage's settings.
   */
  List<String> fingerprintInputs(StageContext context);

  /** Runs the stage; a thrown exception is the stage's failure (the pipeline reports it with the stage's name). */
  StageResult run(SparkSession spark, StageContext context) throws Exception;

  /** Output tables (name to folder) of which the run report gets sample rows; the default has none. */
  default Map<String, String> sampleTables(StageContext context) {
    return Map.of();
  }
}
