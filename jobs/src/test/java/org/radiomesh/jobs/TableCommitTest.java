package org.radiomesh.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableCommitTest {
  private final SparkSession spark = LocalSpark.session();

  @Test
  void replacesTheTableAndLeavesNoStaging(@TempDir Path dir) throws Exception {
    String out = dir.toUri().toString();
    TableCommit.writeParquet(spark.range(10).toDF("id"), out, "t");
    TableCommit.writeParquet(spark.range(3).toDF("id"), out, "t");
    assertThat(spark.read().parquet(out + "/t").count()).isEqualTo(3);
    assertThat(Files.exists(dir.resolve("_staging"))).isFalse();
  }

  @Test
  void cleanStagingRemovesWhatADeadRunLeft(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("_staging/t-dead"));
    Files.writeString(dir.resolve("_staging/t-dead/part-0.parquet"), "half");
    TableCommit.cleanStaging(dir.toUri().toString(), spark.sparkContext().hadoopConfiguration());
    assertThat(Files.exists(dir.resolve("_staging"))).isFalse();
  }

  @Test
  void writesAndReadsOnHdfs() throws Exception {
    String out = MiniHdfs.uri() + "/tables";
    Dataset<Row> rows = spark.createDataFrame(List.of(Row.class.cast(org.apache.spark.sql.RowFactory.create(1L, "a"))),
        new org.apache.spark.sql.types.StructType().add("id", "long").add("name", "string"));
    TableCommit.writeParquet(rows, out, "names");
    List<Row> back = spark.read().parquet(out + "/names").collectAsList();
    assertThat(back).hasSize(1);
    assertThat(back.get(0).getString(1)).isEqualTo("a");
    assertThat(HadoopFiles.exists(out + "/_staging", spark.sparkContext().hadoopConfiguration())).isFalse();
  }
}
