package org.radiomesh.jobs.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.radiomesh.jobs.HadoopFiles;
import org.radiomesh.jobs.LocalSpark;
import org.radiomesh.jobs.MiniHdfs;
import org.radiomesh.synth.ChecksumSink;
import org.radiomesh.synth.Modality;
import org.radiomesh.synth.SynthOptions;

/** The synth job writes its case folders and tables to an in-process HDFS, and resumes there. */
class SynthHdfsTest {
  private final SparkSession spark = LocalSpark.session();

  @Test
  void generatesOnHdfsAndSkipsCompleteCasesOnARerun() throws Exception {
    String out = MiniHdfs.uri() + "/synth";
    SynthOptions meshOnly = SynthOptions.builder().optModalities(EnumSet.of(Modality.MESH))
        .optMeshVoxels(1.0, 3.0, 2.0).optPreviewSize(64, 48).build();
    SynthJob.Result first = SynthJob.run(spark, new SynthJob.Options(2, 3, 0, out, meshOnly, 2));
    assertThat(first.generated()).isEqualTo(2);

    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<Row> rows = spark.read().parquet(out + "/manifest").orderBy("case_index").collectAsList();
    assertThat(rows).hasSize(2);
    for (Row r : rows) {
      String caseDir = r.getAs("case_dir");
      assertThat(caseDir).startsWith("hdfs://");
      for (Row f : r.<Row>getList(r.fieldIndex("files"))) {
        byte[] bytes = HadoopFiles.readAll(caseDir + "/" + f.getString(0), conf, 1 << 26);
        assertThat((long) bytes.length).isEqualTo(f.getLong(1));
        assertThat(ChecksumSink.sha256(bytes)).isEqualTo(f.getString(2));
      }
    }
    SynthJob.Result again = SynthJob.run(spark, new SynthJob.Options(2, 3, 0, out, meshOnly, 1));
    assertThat(again.existing()).isEqualTo(2);
    assertThat(HadoopFiles.exists(out + "/summary.json", conf)).isTrue();
  }
}
