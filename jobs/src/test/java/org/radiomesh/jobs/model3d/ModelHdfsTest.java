package org.radiomesh.jobs.model3d;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.radiomesh.jobs.HadoopFiles;
import org.radiomesh.jobs.LocalSpark;
import org.radiomesh.jobs.MiniHdfs;
import org.radiomesh.mesh.io.MeshFiles;

/** The model job reads its records from, and writes its tables and mesh files to, an in-process HDFS. */
class ModelHdfsTest {
  private final SparkSession spark = LocalSpark.session();

  @Test
  void modelsFromAndToHdfs() throws Exception {
    String root = MiniHdfs.uri() + "/model";
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    HadoopFiles.writeString(root + "/in/records.csv", "id,text\nmolar,lower left first molar\nbad,unicorn\n", conf);

    ModelJob.Result r = ModelJob.run(spark, ModelOptions.builder().input(root + "/in/records.csv")
        .out(root + "/out").formatNames(List.of("stl")).build());

    assertThat(r.modelled()).isEqualTo(1);
    assertThat(r.errorsByReason()).containsOnlyKeys("PARSE_FAILED");
    Row molar = spark.read().parquet(root + "/out/meshes").first();
    String file = molar.<String>getList(molar.fieldIndex("files")).get(0);
    assertThat(file).startsWith("hdfs://").endsWith("/out/files/molar.stl");
    assertThat(MeshFiles.read(file, HadoopFiles.readAll(file, conf, 1 << 26)).faceCount())
        .isEqualTo(molar.<Integer>getAs("face_count"));
    assertThat(new String(HadoopFiles.readAll(root + "/out/summary.json", conf, 1 << 20), StandardCharsets.UTF_8))
        .contains("\"inputs\" : 2");
  }
}
