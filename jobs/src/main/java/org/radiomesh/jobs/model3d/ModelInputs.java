package org.radiomesh.jobs.model3d;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_extract;
import static org.apache.spark.sql.functions.when;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The records of a model run as rows {@link #RECORDS}: {@code id, kind, text, spec, source, truth}, where kind is
 * {@code text} (free text for {@link org.radiomesh.anatomy.prompt.PromptParser}), {@code spec} (a
 * {@link org.radiomesh.anatomy.DentitionSpecJson} document) or {@code report} (a report row converted to a spec), and
 * truth the folder of a synthetic case whose arch meshes are the record's ground truth (or null).
 *
 * <p>Inputs, chosen by what the path is:
 * <ul>
 *   <li>free text (the job's {@code text} option): one record, id {@code text-} + the first 12 hex digits of the
 *       text's SHA-256;</li>
 *   <li>{@code .csv} (header line) or {@code .jsonl} (JSON lines) file, or a Parquet table (a {@code .parquet} file or
 *       a folder holding Parquet files): columns {@code id} and {@code text} (or {@code prompt}) and/or {@code spec}
 *       (spec JSON text); a row with a spec is a spec record, its text (if any) the diffusion prompt; a table with
 *       the columns of the report job's {@code reports/} ({@code image_id}, {@code findings}, ...) is a report
 *       table ({@link ReportRecords});</li>
 *   <li>a {@code .json} file, or a folder of them (recursively): one spec per file, id = the file's stem, or the name
 *       of its folder for a file named {@code spec.json} (the synthetic case layout {@code case-000042/spec.json}).</li>
 * </ul>
 */
final class ModelInputs {
  static final StructType RECORDS = new StructType()
      .add("id", DataTypes.StringType, true)
      .add("kind", DataTypes.StringType, false)
      .add("text", DataTypes.StringType, true)
      .add("spec", DataTypes.StringType, true)
      .add("source", DataTypes.StringType, true)
      .add("truth", DataTypes.StringType, true)
      .add("problem", DataTypes.StringType, true);

  private ModelInputs() {}

  /** The records of the job's input. */
  static Dataset<Row> read(SparkSession spark, ModelOptions o) {
    if (o.text() != null) {
      return spark.createDataFrame(List.of(RowFactory.create(textId(o.text()), "text", o.text(), null, "text", null, null)),
          RECORDS);
    }
    String input = o.input();
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    try {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus status;
      try {
        status = fs.getFileStatus(path);
      } catch (FileNotFoundException e) {
        throw new FileNotFoundException(input + ": no such file or folder (expected a CSV, JSON-lines or Parquet "
            + "table, a spec .json file or a folder of them)");
      }
      String name = path.getName().toLowerCase(Locale.ROOT);
      if (status.isFile()) {
        if (name.endsWith(".csv")) {
          return fromTable(spark.read().option("header", "true").option("mode", "FAILFAST").csv(input), input);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
          return fromTable(spark.read().option("mode", "FAILFAST").json(input), input);
        }
        if (name.endsWith(".parquet")) {
          return fromTable(spark.read().parquet(input), input);
        }
        if (name.endsWith(".json")) {
          return specFiles(spark, input);
        }
        throw new IllegalArgumentException(input + ": expected a .csv, .jsonl, .parquet or spec .json file");
      }
      switch (folderKind(fs, path)) {
        case "parquet":
          return fromTable(spark.read().parquet(input), input);
        case "json":
          return specFiles(spark, input);
        default:
          throw new IllegalArgumentException(input + ": the folder holds no Parquet table and no spec .json file");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The id of a free-text record: {@code text-} and 12 hex digits of the SHA-256 of its UTF-8 bytes. */
  static String textId(String text) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "text-" + HexFormat.of().formatHex(h).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** "parquet" when a Parquet file lies under {@code dir}, else "json" when a .json file does, else "". */
  private static String folderKind(FileSystem fs, Path dir) throws IOException {
    boolean json = false;
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
    while (it.hasNext()) {
      String n = it.next().getPath().getName().toLowerCase(Locale.ROOT);
      if (n.endsWith(".parquet")) {
        return "parquet";
      }
      json |= n.endsWith(".json");
    }
    return json ? "json" : "";
  }

  /** Spec files: one record per .json file under {@code input} (or the file itself). */
  private static Dataset<Row> specFiles(SparkSession spark, String input) {
    Dataset<Row> files = spark.read().option("wholetext", "true").option("recursiveFileLookup", "true")
        .option("pathGlobFilter", "*.json").text(input).withColumn("source", input_file_name());
    Column source = col("source");
    Column id = when(source.endsWith("/spec.json"), regexp_extract(source, "([^/]+)/spec\\.json$", 1))
        .otherwise(regexp_extract(source, "([^/]+)\\.json$", 1));
    return files.select(id.as("id"), lit("spec").as("kind"), lit(null).cast("string").as("text"),
        col("value").as("spec"), source, lit(null).cast("string").as("truth"),
        lit(null).cast("string").as("problem"));
  }

  /** A table of records: id plus text (or prompt) and/or spec columns. */
  static Dataset<Row> fromTable(Dataset<Row> t, String source) {
    List<String> names = Arrays.asList(t.columns());
    if (names.contains("findings") && names.contains("image_id")) {
      return ReportRecords.records(t);
    }
    String textCol = names.contains("text") ? "text" : names.contains("prompt") ? "prompt" : null;
    boolean spec = names.contains("spec");
    if (!names.contains("id") || (textCol == null && !spec)) {
      throw new IllegalArgumentException(source + ": a record table needs an id column and a text (or prompt) "
          + "and/or spec column; found " + names);
    }
    Column text = textCol == null ? lit(null).cast("string") : col(textCol).cast("string");
    Column specText = spec ? col("spec").cast("string") : lit(null).cast("string");
    return t.select(col("id").cast("string").as("id"),
        when(specText.isNotNull(), lit("spec")).otherwise(lit("text")).as("kind"), text.as("text"),
        specText.as("spec"), lit(source).as("source"), lit(null).cast("string").as("truth"),
        lit(null).cast("string").as("problem"));
  }
}
