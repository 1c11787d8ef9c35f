package org.radiomesh.jobs.evaluate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * Reads the pairs to evaluate into one Dataset with columns {@code id, pred, gt} (strings: file paths or URIs on any
 * Hadoop file system), {@code pred_mesh, gt_mesh} (structs of vertices and faces, or null) and the manifest's extra
 * columns (kept for grouping).
 *
 * <p>Three inputs: a CSV manifest (header line, columns {@code id,pred,gt,...}), a Parquet manifest with the same
 * columns, or two mesh tables (Parquet with {@code id}, {@code vertices} array&lt;float&gt; and {@code faces}
 * array&lt;int&gt;) joined on {@code id}; an id present in one table only becomes an error row (MISSING_PAIR) later.
 * Relative paths in a manifest resolve against the manifest's folder.
 */
public final class PairManifest {
  static final List<String> REQUIRED = List.of("id", "pred", "gt");

  private PairManifest() {}

  /** The pairs of a CSV or Parquet manifest (by extension: {@code .csv}, else Parquet). */
  public static Dataset<Row> read(SparkSession spark, String manifest) {
    boolean csv = manifest.toLowerCase(Locale.ROOT).endsWith(".csv");
    Dataset<Row> rows = csv
        ? spark.read().option("header", "true").option("inferSchema", "false").option("mode", "FAILFAST")
            .csv(manifest)
        : spark.read().parquet(manifest);
    List<String> names = Arrays.asList(rows.columns());
    List<String> missing = REQUIRED.stream().filter(c -> !names.contains(c)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(manifest + ": missing column(s) " + missing + "; expected id, pred, gt "
          + "(and optional extra columns), found " + names);
    }
    String base = parentOf(manifest);
    Column pred = resolve(col("pred").cast(DataTypes.StringType), base);
    Column gt = resolve(col("gt").cast(DataTypes.StringType), base);
    List<Column> out = new ArrayList<>();
    out.add(col("id").cast(DataTypes.StringType).as("id"));
    out.add(pred.as("pred"));
    out.add(gt.as("gt"));
    out.add(lit(null).cast(MeshColumns.MESH).as("pred_mesh"));
    out.add(lit(null).cast(MeshColumns.MESH).as("gt_mesh"));
    for (String c : names) {
      if (!REQUIRED.contains(c)) {
        out.add(col("`" + c + "`"));
      }
    }
    return rows.select(out.toArray(Column[]::new));
  }

  /** Pairs from two mesh tables joined on id (full outer join: unmatched ids surface as errors). */
  public static Dataset<Row> readMeshTables(SparkSession spark, String predTable, String gtTable) {
    Dataset<Row> pred = MeshColumns.meshTable(spark, predTable).selectExpr("id", "mesh as pred_mesh");
    Dataset<Row> gt = MeshColumns.meshTable(spark, gtTable).selectExpr("id as gt_id", "mesh as gt_mesh");
    return pred.join(gt, pred.col("id").equalTo(gt.col("gt_id")), "full_outer")
        .select(
            org.apache.spark.sql.functions.coalesce(col("id"), col("gt_id")).as("id"),
            org.apache.spark.sql.functions.when(col("pred_mesh").isNotNull(), lit(predTable)).as("pred"),
            org.apache.spark.sql.functions.when(col("gt_mesh").isNotNull(), lit(gtTable)).as("gt"),
            col("pred_mesh"), col("gt_mesh"));
  }

  private static Column resolve(Column path, String base) {
    if (base == null) {
      return path;
    }
    // Absolute paths and URIs (scheme:) stay as they are; relative ones resolve against the manifest's folder.
    return org.apache.spark.sql.functions.when(path.rlike("^(/|[A-Za-z][A-Za-z0-9+.-]*:)"), path)
        .otherwise(org.apache.spark.sql.functions.concat(lit(base + "/"), path));
  }

  private static String parentOf(String manifest) {
    int slash = manifest.lastIndexOf('/');
    return slash > 0 ? manifest.substring(0, slash) : null;
  }
}
