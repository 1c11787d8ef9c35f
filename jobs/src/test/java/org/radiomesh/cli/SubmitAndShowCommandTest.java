package org.radiomesh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.jobs.LocalSpark;

class SubmitAndShowCommandTest {

  @Test
  void submitPrintsASparkSubmitLineWithTheClusterConf() {
    CliTestRun run = CliTestRun.of("submit", "--master", "yarn", "--deploy-mode", "cluster", "--jar", "/opt/rm.jar",
        "--properties-file", "../conf/spark-cluster.conf", "--", "evaluate", "--pairs", "hdfs:///a b.csv");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().strip()).endsWith("--class org.radiomesh.cli.Radiomesh --master yarn --deploy-mode cluster "
        + "--properties-file ../conf/spark-cluster.conf /opt/rm.jar evaluate --pairs 'hdfs:///a b.csv'");
  }

  @Test
  void submitWithGpuNeedsTheRapidsJar() {
    CliTestRun run = CliTestRun.of("submit", "--gpu", "--rapids-jar", "", "--properties-file",
        "../conf/spark-gpu.conf", "--", "evaluate");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("rapids-4-spark_2.12");
  }

  @Test
  void showPrintsATableAndJsonLines(@TempDir Path dir) {
    SparkSession spark = LocalSpark.session();
    var schema = new StructType().add("id", "string").add("values", "array<double>");
    spark.createDataFrame(List.of(RowFactory.create("a", new Double[] {1.0, 2.0, 3.0, 4.0, 5.0, 6.0}),
        RowFactory.create("b", new Double[] {})), schema).coalesce(1).write().parquet(dir + "/t");

    CliTestRun table = CliTestRun.of("show", dir + "/t");
    assertThat(table.exitCode()).isZero();
    assertThat(table.out()).contains("id  values").contains("[1.0, 2.0, 3.0, 4.0, ... (6 values)]")
        .contains("2 rows in all");

    CliTestRun json = CliTestRun.of("show", dir + "/t", "--json", "--limit", "1", "--columns", "id");
    assertThat(json.out().strip()).isIn("{\"id\":\"a\"}", "{\"id\":\"b\"}");
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : Radiomesh.commandLine().getSubcommands().keySet()) {
      CliTestRun run = CliTestRun.of(command, "--help");
      assertThat(run.exitCode()).as(command).isZero();
      assertThat(run.out()).as(command).contains("Usage: radiomesh " + command);
    }
  }
}
