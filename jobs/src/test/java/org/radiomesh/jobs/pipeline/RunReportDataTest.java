package org.radiomesh.jobs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.jobs.LocalSpark;

class RunReportDataTest {
  private final SparkSession spark = LocalSpark.session();

  @Test
  void rowCountFromFootersMatchesSparkOnAPartitionedTableWithHiddenFiles(@TempDir Path dir) throws Exception {
    String table = dir.resolve("t").toUri().toString();
    spark.range(0, 1234, 1, 5).selectExpr("id", "id % 3 as part").write().partitionBy("part").parquet(table);
    // What Spark skips must be skipped here too: a Parquet copy under a hidden name, and a staging folder.
    Path part = Files.list(dir.resolve("t/part=0")).filter(p -> p.toString().endsWith(".parquet")).findFirst()
        .orElseThrow();
    Files.copy(part, dir.resolve("t/part=0/.hidden.parquet"));
    Files.createDirectories(dir.resolve("t/_temporary/0"));
    Files.copy(part, dir.resolve("t/_temporary/0/part-x.parquet"));

    long footers = RunReportData.rowCount(table, spark.sparkContext().hadoopConfiguration());
    assertThat(footers).isEqualTo(spark.read().parquet(table).count()).isEqualTo(1234);
  }
}
