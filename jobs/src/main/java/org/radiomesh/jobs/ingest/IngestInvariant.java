package org.radiomesh.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The ingest's invariant, checked on the committed tables after every run: every listed file (by path, size and
 * modification time) appears in exactly one of {@code catalog} and {@code quarantine}, exactly once, and no key appears
 * twice anywhere in the two tables. Two joins and an aggregation over the listing and the tables' key columns.
 *
 * @param listed files listed in this run
 * @param inCatalog listed files found once, in the catalog
 * @param inQuarantine listed files found once, in the quarantine
 * @param missing listed files in neither table
 * @param duplicated keys (listed or not) that appear more than once across the two tables
 */
record IngestInvariant(long listed, long inCatalog, long inQuarantine, long missing, long duplicated) {

  /** True when the invariant holds. */
  boolean ok() {
    return missing == 0 && duplicated == 0 && inCatalog + inQuarantine == listed;
  }

  Map<String, Object> asMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ok", ok());
    m.put("rule", "every listed file in exactly one of catalog and quarantine, once");
    m.put("listed", listed);
    m.put("in_catalog", inCatalog);
    m.put("in_quarantine", inQuarantine);
    m.put("missing", missing);
    m.put("duplicated_keys", duplicated);
    return m;
  }

  /** Checks the committed tables under {@code outDir} against {@code listing} (path, size_bytes, modification_time_ms). */
  static IngestInvariant check(SparkSession spark, String outDir, Dataset<Row> listing) {
    Dataset<Row> keys = keys(spark, outDir, "catalog").withColumn("in_c", lit(1)).withColumn("in_q", lit(0))
        .unionByName(keys(spark, outDir, "quarantine").withColumn("in_c", lit(0)).withColumn("in_q", lit(1)));
    Column[] key = java.util.Arrays.stream(IngestTables.KEY).map(org.apache.spark.sql.functions::col)
        .toArray(Column[]::new);
    Dataset<Row> counts = keys.groupBy(key).agg(count(lit(1)).as("n"), sum("in_c").as("c"), sum("in_q").as("q"));
    long duplicated = counts.where(col("n").gt(1)).count();
    Row r = listing.join(counts, scalaKey(), "left").agg(
        count(lit(1)),
        sum(when(col("n").equalTo(1).and(col("c").equalTo(1)), 1).otherwise(0)),
        sum(when(col("n").equalTo(1).and(col("q").equalTo(1)), 1).otherwise(0)),
        sum(when(col("n").isNull(), 1).otherwise(0))).first();
    return new IngestInvariant(r.getLong(0), nullToZero(r, 1), nullToZero(r, 2), nullToZero(r, 3), duplicated);
  }

  /** The key columns of a committed table, or an empty frame when the table does not exist yet. */
  static Dataset<Row> keys(SparkSession spark, String outDir, String table) {
    String path = new Path(outDir, table).toString();
    try {
      Path p = new Path(path);
      var fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(p)) {
        return spark.createDataFrame(java.util.List.of(), ArchiveListing.SCHEMA);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + path, e);
    }
    return spark.read().parquet(path).select(IngestTables.KEY[0], IngestTables.KEY[1], IngestTables.KEY[2]);
  }

  /** The key column names as the Scala sequence that {@code Dataset.join(..., usingColumns, ...)} takes. */
  static scala.collection.Seq<String> scalaKey() {
    return scala.collection.JavaConverters.asScalaBuffer(java.util.List.of(IngestTables.KEY)).toSeq();
  }

  private static long nullToZero(Row r, int i) {
    return r.isNullAt(i) ? 0 : r.getLong(i);
  }
}
