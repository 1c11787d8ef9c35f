package org.radiomesh.jobs.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

/**
 * The report job's input rows ({@link ReportRows#INPUT}): from an ingest catalog ({@code radiomesh ingest}'s
 * {@code OUT/catalog}, or any Parquet table with at least {@code image_id}, {@code path} and {@code modality}; the
 * optional {@code study_instance_uid}, {@code series_instance_uid}, {@code sop_class_uid}, {@code sop_instance_uid} and
 * {@code patient_id} are carried when present), or from a folder of image files listed recursively on the driver
 * (hidden and {@code _}-prefixed names skipped; the image id is the path relative to the folder until the executor
 * reads a DICOM header, which gives the SOP Instance UID). O(rows) / O(files).
 */
final class ReportInputs {
  private ReportInputs() {}

  /** The rows of catalog {@code catalog}. */
  static Dataset<Row> fromCatalog(SparkSession spark, String catalog) {
    Dataset<Row> t = spark.read().parquet(catalog);
    List<String> columns = Arrays.asList(t.columns());
    for (String required : List.of("image_id", "path", "modality")) {
      if (!columns.contains(required)) {
        throw new IllegalArgumentException(catalog + ": a catalog needs columns image_id, path and modality; it has "
            + columns);
      }
    }
    Column[] select = {
        col("image_id").cast("string"), col("path").cast("string"),
        optional(columns, "study_instance_uid", "study_id"),
        optional(columns, "series_instance_uid", "series_instance_uid"),
        optional(columns, "sop_class_uid", "sop_class_uid"),
        optional(columns, "sop_instance_uid", "sop_instance_uid"),
        optional(columns, "patient_id", "patient_id"),
        col("modality").cast("string")};
    return t.select(select);
  }

  /** The image files under {@code dir} whose name matches the glob {@code pattern} (null: all). */
  static Dataset<Row> fromFolder(SparkSession spark, String dir, String pattern) {
    PathMatcher matcher = pattern == null ? null : FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    Path root = new Path(dir);
    List<Row> rows = new ArrayList<>();
    try {
      FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.getFileStatus(root).isDirectory()) {
        throw new IllegalArgumentException(dir + ": --images expects a folder of DICOM, PNG or JPEG files");
      }
      String prefix = fs.makeQualified(root).toString();
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
      while (it.hasNext()) {
        LocatedFileStatus s = it.next();
        String full = s.getPath().toString();
        String rel = full.substring(Math.min(full.length(), prefix.length())).replaceFirst("^/+", "");
        if (Arrays.stream(rel.split("/")).anyMatch(p -> p.startsWith(".") || p.startsWith("_"))
            || (matcher != null && !matcher.matches(java.nio.file.Path.of(s.getPath().getName())))) {
          continue;
        }
        rows.add(RowFactory.create(rel, full, null, null, null, null, null, null));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("listing " + dir, e);
    }
    rows.sort((a, b) -> a.getString(0).compareTo(b.getString(0)));
    return spark.createDataFrame(rows, ReportRows.INPUT);
  }

  private static Column optional(List<String> columns, String name, String as) {
    return columns.contains(name) ? col(name).cast("string").as(as) : lit(null).cast(DataTypes.StringType).as(as);
  }
}
