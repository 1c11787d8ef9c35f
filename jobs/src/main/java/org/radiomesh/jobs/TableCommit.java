package org.radiomesh.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Writes a job's output table so that readers never see half of it: the rows go to a staging folder
 * {@code OUT/_staging/NAME-RUNID}, which is renamed to {@code OUT/NAME} only once Spark's commit has finished. A run
 * that dies leaves at most a staging folder, which the next run deletes. Spark's own output committer already makes
 * each file atomic; the rename makes the whole table atomic.
 *
 * <p>A rename of a folder is atomic on HDFS and on local file systems; on object stores it is a copy, which still
 * never exposes a partial table under the final name because the copy target only appears when complete there.
 */
public final class TableCommit {
  private TableCommit() {}

  /** Writes {@code rows} as Parquet to {@code outDir/name}, replacing what was there, atomically. */
  public static void writeParquet(Dataset<Row> rows, String outDir, String name, String... partitionBy) {
    write(rows.write().mode(SaveMode.Overwrite), rows, outDir, name, partitionBy);
  }

  private static void write(DataFrameWriter<Row> writer, Dataset<Row> rows, String outDir, String name,
      String... partitionBy) {
    Configuration conf = rows.sparkSession().sparkContext().hadoopConfiguration();
    Path target = new Path(HadoopFiles.resolve(outDir, name));
    Path staging = new Path(HadoopFiles.resolve(outDir, "_staging/" + name + "-" + UUID.randomUUID()));
    if (partitionBy.length > 0) {
      writer = writer.partitionBy(partitionBy);
    }
    writer.parquet(staging.toString());
    try {
      FileSystem fs = target.getFileSystem(conf);
      if (fs.exists(target) && !fs.delete(target, true)) {
        throw new IOException("cannot replace " + target);
      }
      fs.mkdirs(target.getParent());
      if (!fs.rename(staging, target)) {
        throw new IOException("cannot rename " + staging + " to " + target);
      }
      Path stagingRoot = staging.getParent();
      if (fs.exists(stagingRoot) && fs.listStatus(stagingRoot).length == 0) {
        fs.delete(stagingRoot, false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("committing table " + name + " under " + outDir, e);
    }
  }

  /** Deletes staging folders a dead run left under {@code outDir}. */
  public static void cleanStaging(String outDir, Configuration conf) {
    Path staging = new Path(HadoopFiles.resolve(outDir, "_staging"));
    try {
      FileSystem fs = staging.getFileSystem(conf);
      if (fs.exists(staging)) {
        fs.delete(staging, true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cleaning " + staging, e);
    }
  }
}
