package org.radiomesh.jobs.pipeline;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.radiomesh.jobs.HadoopFiles;

/**
 * Writes {@code OUT/report-data/}, what the HTML run report reads besides summary.json: for every output table of a
 * finished stage ({@link PipelineStage#sampleTables}), {@code STAGE.TABLE.json} with {@code stage}, {@code table},
 * {@code path}, {@code rows} (the table's row count, from the Parquet footers), {@code columns} (names and Spark SQL types) and {@code sample}
 * (up to N rows as JSON objects, Spark's {@code toJSON} layout), and {@code index.json} listing those files. A table
 * that does not exist (no errors, say) gets {@code rows: 0} and an empty sample. Cost: a footer read per data file
 * and one small Spark read per table.
 */
final class RunReportData {
  static final String DIR = "report-data";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private RunReportData() {}

  /** Writes the samples of {@code stages}' tables; returns the files written, relative to {@code OUT/report-data}. */
  static List<String> write(SparkSession spark, StageContext c, List<PipelineStage> stages, int sampleRows)
      throws IOException {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    String dir = HadoopFiles.resolve(c.out(), DIR);
    List<String> files = new ArrayList<>();
    List<Map<String, Object>> index = new ArrayList<>();
    for (PipelineStage stage : stages) {
      for (Map.Entry<String, String> t : stage.sampleTables(c).entrySet()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stage", stage.name());
        m.put("table", t.getKey());
        m.put("path", t.getValue());
        List<Map<String, String>> columns = new ArrayList<>();
        List<Object> sample = new ArrayList<>();
        long rows = 0;
        if (HadoopFiles.exists(t.getValue(), conf)) {
          Dataset<Row> table = spark.read().parquet(t.getValue());
          rows = rowCount(t.getValue(), conf);
          for (var f : table.schema().fields()) {
            columns.add(Map.of("name", f.name(), "type", f.dataType().simpleString()));
          }
          for (String line : table.limit(sampleRows).toJSON().collectAsList()) {
            sample.add(JSON.readValue(line, new TypeReference<Map<String, Object>>() { }));
          }
        }
        m.put("rows", rows);
        m.put("columns", columns);
        m.put("sample", sample);
        String name = stage.name() + "." + t.getKey() + ".json";
        HadoopFiles.writeString(HadoopFiles.resolve(dir, name), JSON.writeValueAsString(m) + "\n", conf);
        files.add(name);
        index.add(Map.of("stage", stage.name(), "table", t.getKey(), "file", name, "rows", rows));
      }
    }
    HadoopFiles.writeString(HadoopFiles.resolve(dir, "index.json"), JSON.writeValueAsString(index) + "\n", conf);
    return files;
  }

  /**
   * The rows of a Parquet table folder from its files' footers, without a Spark job: the data files are those that
   * Spark reads (names not starting with {@code _} or {@code .}, in any partition folder). Cost: one footer read per
   * file, on the driver.
   */
  static long rowCount(String table, Configuration conf) throws IOException {
    Path root = new Path(table);
    FileSystem fs = root.getFileSystem(conf);
    long rows = 0;
    for (Iterator<FileStatus> it = HadoopFiles.files(fs, root); it.hasNext(); ) {
      FileStatus st = it.next();
      if (!dataFile(root, st.getPath())) {
        continue;
      }
      try (ParquetFileReader r = ParquetFileReader.open(HadoopInputFile.fromStatus(st, conf))) {
        rows += r.getRecordCount();
      }
    }
    return rows;
  }

  /** Whether no path element below the table root starts with {@code _} or {@code .} (Spark's hidden files). */
  private static boolean dataFile(Path root, Path file) {
    String rel = file.toUri().getPath().substring(root.toUri().getPath().length());
    for (String part : rel.split("/")) {
      if (part.startsWith("_") || part.startsWith(".")) {
        return false;
      }
    }
    return true;
  }
}
