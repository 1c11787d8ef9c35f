package org.radiomesh.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.dicom.CorpusExpectation;
import org.radiomesh.dicom.DeidOptions;
import org.radiomesh.dicom.DicomTestCorpus;
import org.radiomesh.jobs.JobSummary;
import org.radiomesh.jobs.LocalSpark;
import org.radiomesh.jobs.MiniHdfs;

/** {@link IngestJob} reading its archive from and writing its tables to an in-process HDFS. */
class IngestHdfsTest {
  final SparkSession spark = LocalSpark.session();

  @Test
  void ingestsFromAndWritesToHdfs(@TempDir Path dir) throws Exception {
    List<CorpusExpectation> corpus = DicomTestCorpus.write(dir, 9);
    String hdfs = MiniHdfs.uri();
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    FileSystem fs = new org.apache.hadoop.fs.Path(hdfs).getFileSystem(conf);
    org.apache.hadoop.fs.Path archive = new org.apache.hadoop.fs.Path(hdfs + "/archive/a/b");
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(f.toUri()), new org.apache.hadoop.fs.Path(archive,
            f.getFileName().toString()));
      }
    }
    JobSummary s = IngestJob.run(spark, IngestOptions.builder().input(hdfs + "/archive").out(hdfs + "/out")
        .deid(DeidOptions.none()).limits(DicomTestCorpus.LIMITS).include("*.dcm").include("*.png").build());
    long dcmOrPng = corpus.stream().filter(e -> e.file().endsWith(".dcm") || e.file().endsWith(".png")).count();
    assertThat(s.get("listed")).isEqualTo(dcmOrPng);
    @SuppressWarnings("unchecked")
    Map<String, Object> invariant = (Map<String, Object>) s.get("invariant");
    assertThat(invariant.get("ok")).isEqualTo(true);
    long cataloged = corpus.stream().filter(e -> e.cataloged()
        && (e.file().endsWith(".dcm") || e.file().endsWith(".png"))).count();
    assertThat(spark.read().parquet(hdfs + "/out/catalog").count()).isEqualTo(cataloged);
    assertThat(spark.read().parquet(hdfs + "/out/catalog").where("path LIKE 'hdfs://%/archive/a/b/%'").count())
        .isEqualTo(cataloged);
    assertThat(spark.read().parquet(hdfs + "/out/quarantine").count()).isEqualTo(dcmOrPng - cataloged);
    assertThat(fs.exists(new org.apache.hadoop.fs.Path(hdfs + "/out/summary.json"))).isTrue();
  }
}
