package org.radiomesh.jobs.model3d;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.radiomesh.jobs.HadoopFiles;
import org.radiomesh.jobs.JobSummary;
import org.radiomesh.jobs.StageStatus;
import org.radiomesh.jobs.TableCommit;
import org.radiomesh.jobs.model.ModelFetcher;
import org.radiomesh.model.ModelDirectory;
import org.radiomesh.model.ModelIdentity;

/**
 * {@code radiomesh model}: text records, dentition specs or structured reports → 3D dental meshes on Spark, written
 * as {@code meshes/} (Parquet, {@link ModelTables#MESHES}), {@code errors/} ({@link ModelTables#ERRORS}, reasons
 * {@link ModelErrorReason}), on request {@code files/ID.obj|ply|stl}, {@code previews/ID.png} and {@code views/ID/},
 * and {@code pairs.csv} (the {@code evaluate} manifest: {@code id,pred,gt,generator,kind}, paths relative to the
 * output folder) for the records that have a ground truth and a mesh file, and {@code summary.json}.
 *
 * <p>Every input record lands in exactly one of {@code meshes} (with this run's parameters and input) and
 * {@code errors}; the job checks this and fails if it does not hold. A rerun skips the records whose id and input
 * (hash of kind, text, spec, source) {@code meshes/} already holds with the same parameters (hash of the generator
 * settings and, for diffusion, the model's content hash), keeps the rows of ids this run does not touch, and replaces
 * the others. Cost per record: parsing (linear in the text), the direct mesh (tens of ms for a tooth, seconds for two
 * arches), and for the multiview generators K renders or K·steps denoiser rows plus a reconstruction of
 * O(resolution³·K).
 */
public final class ModelJob {
  private static final String JOB = "model";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ModelJob() {}

  /**
   * Counts of a finished run.
   *
   * @param inputs input records
   * @param skipped records already in {@code meshes/} with the same parameters and input
   * @param modelled records meshed by this run
   * @param errors error rows
   * @param pairs rows of {@code pairs.csv} (0 when it was not written)
   * @param paramsHash the run's parameter hash (the {@code params_hash} column)
   */
  public record Result(long inputs, long skipped, long modelled, long errors, Map<String, Long> errorsByReason,
      long pairs, String paramsHash) {}

  /** Runs the job and writes summary.json; tests call this directly with their session. */
  public static Result run(SparkSession spark, ModelOptions o) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    String out = qualified(o.out(), hadoop);
    TableCommit.cleanStaging(out, hadoop);
    Map<String, String> parameters = parameters(o, hadoop);
    String paramsHash = sha256(json(parameters));
    JobSummary summary = new JobSummary(JOB).put("input", o.text() != null ? "text" : o.input()).put("output", out)
        .put("generator", o.generator().code()).put("parameters", parameters).put("params_hash", paramsHash);

    StageStatus read = StageStatus.start(JOB, "read records");
    Column inputHash = sha2(concat_ws("\u0001", col("kind"), coalesce(col("text"), lit("")),
        coalesce(col("spec"), lit("")), coalesce(col("source"), lit(""))), 256);
    Dataset<Row> marked = ModelInputs.read(spark, o).withColumn("input_hash", inputHash)
        .withColumn("_order", monotonically_increasing_id())
        .withColumn("_n", row_number().over(Window.partitionBy("id").orderBy("_order")))
        .drop("_order").persist(StorageLevel.MEMORY_AND_DISK());
    long inputs = marked.count();
    Column missing = col("id").isNull().or(trim(col("id")).equalTo(""))
        .or(col("text").isNull().and(col("spec").isNull()).and(col("problem").isNull()));
    Dataset<Row> valid = marked.filter(missing.unary_$bang().and(col("_n").equalTo(1))).drop("_n");
    String meshesDir = HadoopFiles.resolve(out, "meshes");
    Dataset<Row> existing = exists(meshesDir, hadoop) ? spark.read().parquet(meshesDir)
        .selectExpr(ModelTables.MESHES.fieldNames()) : spark.createDataFrame(List.of(), ModelTables.MESHES);
    Dataset<Row> done = existing.filter(col("params_hash").equalTo(paramsHash)).select("id", "input_hash");
    Dataset<Row> todo = valid.join(done, valid.col("id").equalTo(done.col("id"))
        .and(valid.col("input_hash").equalTo(done.col("input_hash"))), "left_anti");
    long validCount = valid.count();
    double readSeconds = read.done(inputs);

    StageStatus model = StageStatus.start(JOB, "model records (" + o.generator().code() + ")");
    int partitions = o.partitions() > 0 ? o.partitions() : spark.sparkContext().defaultParallelism();
    RecordModeller modeller = new RecordModeller(o, out, parameters, paramsHash, hadoop);
    // The outcome rows carry whole meshes (megabytes each for arches): cache them on disk, never in the heap, so the
    // executor's heap stays flat as the number of records grows.
    Dataset<Row> outcome = todo.repartition(partitions).mapPartitions(modeller, Encoders.row(ModelTables.OUTCOME))
        .persist(StorageLevel.DISK_ONLY());
    long processed = outcome.count();
    long meshed = outcome.filter(col("status").equalTo(ModelTables.OK)).count();
    double modelSeconds = model.done(processed);

    StageStatus write = StageStatus.start(JOB, "write tables");
    String[] meshCols = ModelTables.MESHES.fieldNames();
    Dataset<Row> fresh = outcome.filter(col("status").equalTo(ModelTables.OK)).selectExpr(meshCols);
    Dataset<Row> kept = existing.join(todo.select("id"), existing.col("id").equalTo(todo.col("id")), "left_anti");
    TableCommit.writeParquet(kept.union(fresh), out, "meshes");
    Dataset<Row> recordErrors = marked.filter(missing.or(col("_n").gt(1)))
        .withColumn("params_hash", lit(paramsHash))
        .withColumn("reason", when(missing, lit(ModelErrorReason.MISSING_INPUT.name()))
            .otherwise(lit(ModelErrorReason.DUPLICATE_ID.name())))
        .withColumn("message", when(missing, lit("a record needs an id and a text or a spec"))
            .otherwise(lit("the id appears more than once; the first record is modelled")));
    String[] errorCols = ModelTables.ERRORS.fieldNames();
    TableCommit.writeParquet(outcome.filter(col("status").equalTo(ModelTables.ERROR)).selectExpr(errorCols)
        .union(recordErrors.selectExpr(errorCols)), out, "errors");
    outcome.unpersist();
    Dataset<Row> meshes = spark.read().parquet(meshesDir);
    Dataset<Row> errors = spark.read().parquet(HadoopFiles.resolve(out, "errors"));
    long errorCount = errors.count();
    Map<String, Long> byReason = new LinkedHashMap<>();
    for (Row r : errors.groupBy("reason").count().orderBy("reason").collectAsList()) {
      byReason.put(r.getString(0), r.getLong(1));
    }
    long modelled = checkInvariant(valid, meshes, errors, inputs, paramsHash);
    long pairs = ModelPairs.write(meshes, out, hadoop);
    double writeSeconds = write.done(modelled);
    marked.unpersist();

    Map<String, Object> seconds = new LinkedHashMap<>();
    seconds.put("read", readSeconds);
    seconds.put("model", modelSeconds);
    seconds.put("write", writeSeconds);
    summary.put("inputs", inputs).put("skipped_already_modelled", validCount - processed)
        .put("modelled", meshed).put("meshes_for_inputs", modelled).put("errors", errorCount)
        .put("errors_by_reason", byReason).put("pairs", pairs).put("partitions", partitions)
        .put("seconds", seconds)
        .put("invariant", "every input record in exactly one of meshes (these parameters and input) and errors: "
            + "checked");
    summary.write(out, hadoop);
    return new Result(inputs, validCount - processed, meshed, errorCount, byReason, pairs, paramsHash);
  }

  /**
   * Every valid record is in exactly one of meshes (same id, input and parameters) and errors, no mesh id twice, and
   * the error rows make up the rest of the input. Returns the number of valid records with a mesh.
   */
  private static long checkInvariant(Dataset<Row> valid, Dataset<Row> meshes, Dataset<Row> errors, long inputs,
      String paramsHash) {
    Dataset<Row> keys = valid.select("id", "input_hash");
    Dataset<Row> matched = meshes.filter(col("params_hash").equalTo(paramsHash)).select("id", "input_hash")
        .join(keys, List.of("id", "input_hash").toArray(new String[0]));
    long matchedRows = matched.count();
    long matchedIds = matched.select("id").distinct().count();
    long errorRows = errors.count();
    Dataset<Row> validErrors = errors.filter(col("reason").notEqual(ModelErrorReason.DUPLICATE_ID.name()))
        .select("id").join(matched.select("id"), "id");
    long both = validErrors.count();
    if (matchedRows != matchedIds || both != 0 || matchedRows + errorRows != inputs) {
      throw new IllegalStateException("model lost or duplicated records: " + inputs + " in, " + matchedRows
          + " mesh rows (" + matchedIds + " distinct ids), " + errorRows + " error rows, " + both
          + " records in both");
    }
    return matchedRows;
  }

  /** The mesh parameters and, for diffusion, the model's identity (read from its directory on the driver). */
  private static Map<String, String> parameters(ModelOptions o, Configuration hadoop) {
    Map<String, String> p = new LinkedHashMap<>(o.meshParameters());
    if (o.model() != null) {
      try {
        ModelIdentity id = ModelDirectory.open(ModelFetcher.localDirectory(o.model(), hadoop)).identity();
        p.put("model_name", id.name());
        p.put("model_version", id.version());
        p.put("model_hash", id.contentHash());
      } catch (IOException e) {
        throw new UncheckedIOException("opening model " + o.model().uri(), e);
      }
    }
    return p;
  }

  private static String qualified(String dir, Configuration conf) {
    try {
      Path p = new Path(dir);
      return p.getFileSystem(conf).makeQualified(p).toString();
    } catch (IOException e) {
      throw new UncheckedIOException("resolving " + dir, e);
    }
  }

  private static boolean exists(String dir, Configuration conf) {
    try {
      return HadoopFiles.exists(dir, conf);
    } catch (IOException e) {
      throw new UncheckedIOException("checking " + dir, e);
    }
  }

  private static String json(Map<String, String> map) {
    try {
      return JSON.writeValueAsString(map);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("parameters are not serialisable", e);
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
