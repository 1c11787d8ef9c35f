package org.radiomesh.jobs.evaluate;

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
import org.radiomesh.mesh.io.MeshFormat;
import org.radiomesh.metrics.MetricOptions;

/** The evaluation stage reads its manifest and meshes from, and writes its tables to, an in-process HDFS. */
class EvaluateHdfsTest {
  private final SparkSession spark = LocalSpark.session();

  @Test
  void evaluatesFromAndToHdfs() throws Exception {
    String root = MiniHdfs.uri() + "/evaluate";
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    HadoopFiles.write(root + "/in/a.ply", bytes(TestMeshes.box(0, 0, 0, 1, 1, 1), MeshFormat.PLY), conf);
    HadoopFiles.write(root + "/in/b.obj", bytes(TestMeshes.box(0.1f, 0, 0, 1, 1, 1), MeshFormat.OBJ), conf);
    HadoopFiles.writeString(root + "/in/pairs.csv", "id,pred,gt\nab,b.obj,a.ply\nlost,c.obj,a.ply\n", conf);

    EvaluateJob.Result r = EvaluateJob.run(spark, new EvaluateJob.Options(root + "/in/pairs.csv", null, null,
        root + "/out", MetricOptions.builder().samples(2000).build(), List.of(), 1_000_000, 1 << 20, 2));

    assertThat(r.scored()).isEqualTo(1);
    assertThat(r.errorsByReason()).containsOnlyKeys("READ_FAILED");
    Row ab = spark.read().parquet(root + "/out/metrics").first();
    assertThat(ab.<String>getAs("pred")).startsWith("hdfs://");
    assertThat(ab.<Double>getAs("mean_distance_pred_to_gt")).isGreaterThan(0);
    String summary = new String(HadoopFiles.readAll(root + "/out/summary.json", conf, 1 << 20),
        StandardCharsets.UTF_8);
    assertThat(summary).contains("\"pairs\" : 2");
  }

  private static byte[] bytes(org.radiomesh.mesh.TriangleMesh mesh, MeshFormat format) throws Exception {
    var out = new java.io.ByteArrayOutputStream();
    MeshFiles.write(mesh, out, format);
    return out.toByteArray();
  }
}
