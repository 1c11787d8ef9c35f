package org.radiomesh.jobs.model3d;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.radiomesh.jobs.HadoopFiles;

/**
 * {@code pairs.csv}: the manifest of {@code radiomesh evaluate --pairs} ({@code id,pred,gt} and the extra columns
 * {@code generator,kind}) for every {@code meshes/} row with a mesh file and a ground truth: pred its first mesh file,
 * gt its truth file, both relative to the output folder (the manifest's folder, against which evaluate resolves
 * them), so the folder can be moved. Fields holding a comma or a quote are quoted, quotes escaped with a backslash
 * (Spark's CSV reader defaults). Written on the driver; a run without pairs removes a stale file. O(rows).
 */
final class ModelPairs {
  static final String FILE = "pairs.csv";

  private ModelPairs() {}

  /** Writes {@code out/pairs.csv}; returns its row count. */
  static long write(Dataset<Row> meshes, String out, Configuration conf) {
    List<Row> rows = meshes.filter(col("truth").isNotNull().and(size(col("files")).gt(0)))
        .selectExpr("id", "files[0] as pred", "truth as gt", "generator", "kind").orderBy("id").collectAsList();
    String uri = HadoopFiles.resolve(out, FILE);
    try {
      if (rows.isEmpty()) {
        Path p = new Path(uri);
        p.getFileSystem(conf).delete(p, false);
        return 0;
      }
      StringBuilder csv = new StringBuilder("id,pred,gt,generator,kind\n");
      String base = out.endsWith("/") ? out : out + "/";
      for (Row r : rows) {
        csv.append(field(r.getString(0))).append(',').append(field(relative(r.getString(1), base))).append(',')
            .append(field(relative(r.getString(2), base))).append(',').append(field(r.getString(3))).append(',')
            .append(field(r.getString(4))).append('\n');
      }
      HadoopFiles.writeString(uri, csv.toString(), conf);
      return rows.size();
    } catch (IOException e) {
      throw new UncheckedIOException("writing " + uri, e);
    }
  }

  private static String relative(String uri, String base) {
    return uri.startsWith(base) ? uri.substring(base.length()) : uri;
  }

  static String field(String v) {
    if (v == null) {
      return "";
    }
    if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0) {
      return v;
    }
    return '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
