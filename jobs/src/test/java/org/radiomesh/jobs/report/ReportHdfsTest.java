package org.radiomesh.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.jobs.LocalSpark;
import org.radiomesh.jobs.MiniHdfs;
import org.radiomesh.model.ModelReference;

/** The report job with its images, its model and its output on HDFS (MiniDFSCluster). */
class ReportHdfsTest {

  @Test
  void imagesModelAndOutputOnHdfs(@TempDir Path local) throws Exception {
    SparkSession spark = LocalSpark.session();
    String hdfs = MiniHdfs.uri();
    ReportFixtures.model(local.resolve("model"));
    ReportFixtures.images(local.resolve("images"));
    FileSystem fs = FileSystem.get(java.net.URI.create(hdfs), new Configuration());
    fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(local.resolve("model").toString()),
        new org.apache.hadoop.fs.Path(hdfs + "/models/toy"));
    fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(local.resolve("images").toString()),
        new org.apache.hadoop.fs.Path(hdfs + "/archive/images"));
    String out = hdfs + "/reports-out";
    ReportOptions o = new ReportOptions(null, hdfs + "/archive/images", null, out,
        ModelReference.builder().setUri(hdfs + "/models/toy").optOption("cacheDir", local.resolve("cache")
            .toString()).build(), 4, 2, 1 << 20, ReportOptions.RADIOGRAPH_MODALITIES, true, true);
    ReportJob.Result r = ReportJob.run(spark, o);
    assertThat(r.inputs()).isEqualTo(5);
    assertThat(r.reported()).isEqualTo(3);
    assertThat(r.errorsByReason()).containsEntry("UNSUPPORTED_MODALITY", 1L).containsEntry("DECODE_FAILED", 1L);
    assertThat(spark.read().parquet(out + "/reports").count()).isEqualTo(3);
    assertThat(r.studiesWritten()).isEqualTo(1);
    assertThat(fs.exists(new org.apache.hadoop.fs.Path(out + "/sr/" + ReportFixtures.STUDY + ".dcm"))).isTrue();
    assertThat(fs.exists(new org.apache.hadoop.fs.Path(out + "/summary.json"))).isTrue();
  }
}
