package org.radiomesh.jobs.ctmesh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.imaging.series.PhantomSeries;
import org.radiomesh.jobs.LocalSpark;
import org.radiomesh.jobs.MiniHdfs;
import org.radiomesh.mesh.MeshMeasures;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.mesh.io.MeshFiles;

/**
 * ct-mesh end to end on local[2]: a sphere phantom series (with one truncated slice), an all-air series, an MR series
 * and a junk file, from a folder, from a catalog table and on HDFS.
 */
class CtMeshJobTest {
  private static final double R = 10;
  private static final String SPHERE = "2.25.501";
  private static final String AIR = "2.25.502";
  private static final String MR = "2.25.503";

  @TempDir
  static Path dir;
  private static Path input;
  private final SparkSession spark = LocalSpark.session();

  @BeforeAll
  static void writeArchive() throws Exception {
    input = dir.resolve("archive");
    double[] center = {5, -12, 40};
    double[] origin = {center[0] - 15.5, center[1] - 15.5, center[2] - 14};
    List<Path> sphere = PhantomSeries.builder().field(PhantomSeries.sphere(center, R, 1000, -1000, 1.5))
        .size(32, 32, 29).geometry(origin, new double[] {1, 0, 0, 0, 1, 0}).seriesUid(SPHERE).build()
        .write(input.resolve("patient1/ct"));
    Path cut = sphere.get(14);
    byte[] whole = Files.readAllBytes(cut);
    Files.write(cut, Arrays.copyOf(whole, whole.length - 500));
    PhantomSeries.builder().field((x, y, z) -> -1000).size(16, 16, 4).seriesUid(AIR).build()
        .write(input.resolve("patient2/air"));
    Path mrDir = input.resolve("patient3/mr");
    Files.createDirectories(mrDir);
    byte[] mr = PhantomSeries.builder().field((x, y, z) -> 500).size(8, 8, 2).seriesUid(MR).build().instance(0);
    // Modality (0008,0060) CS "CT" becomes "MR" in place: same length, so the encoding stays valid.
    for (int i = 0; i + 4 < mr.length; i++) {
      if (mr[i] == 0x08 && mr[i + 1] == 0 && mr[i + 2] == 0x60 && mr[i + 3] == 0 && mr[i + 4] == 'C') {
        mr[i + 8] = 'M';
        mr[i + 9] = 'R';
        break;
      }
    }
    Files.write(mrDir.resolve("mr.dcm"), mr);
    byte[] junk = new byte[3000];
    new Random(3).nextBytes(junk);
    junk[0] = 0x77;
    Files.write(input.resolve("notes.bin"), junk);
  }

  @Test
  void folderInputMeshesTheSphereAndReportsEveryOtherFile() throws Exception {
    String out = dir.resolve("out-folder").toUri().toString();

    CtMeshJob.Result r = CtMeshJob.run(spark, CtMeshOptions.builder().input(input.toUri().toString()).out(out)
        .thresholdHu(0).build());

    assertThat(r.series()).isEqualTo(2);
    assertThat(r.meshes()).isEqualTo(1);
    assertThat(r.seriesFailed()).isEqualTo(1);
    assertSphere(out, dir.resolve("out-folder"));
    Map<String, String> errors = errors(out);
    assertThat(errors).containsEntry("notes.bin", "NOT_AN_IMAGE").containsEntry("slice-0014.dcm", "TRUNCATED")
        .containsEntry(AIR, CtMeshTables.EMPTY_SURFACE).hasSize(3);
    String summary = Files.readString(dir.resolve("out-folder/summary.json"));
    assertThat(summary).contains("\"invariant\"").contains("\"meshes\" : 1");
  }

  @Test
  void catalogInputGivesTheSameMeshAndHonoursTheSeriesFilter() throws Exception {
    List<Row> rows = new ArrayList<>();
    try (var files = Files.walk(input)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        String series = p.toString().contains("/ct/") ? SPHERE : p.toString().contains("/air/") ? AIR : MR;
        rows.add(RowFactory.create(p.toUri().toString(), series, series.equals(MR) ? "MR" : "CT", 1L));
      }
    }
    StructType schema = new StructType().add("path", "string").add("series_instance_uid", "string")
        .add("modality", "string").add("size_bytes", "long");
    String catalog = dir.resolve("catalog").toUri().toString();
    spark.createDataFrame(rows, schema).write().mode("overwrite").partitionBy("modality").parquet(catalog);
    String out = dir.resolve("out-catalog").toUri().toString();

    CtMeshJob.Result r = CtMeshJob.run(spark, CtMeshOptions.builder().catalog(catalog).out(out).thresholdHu(0)
        .series(List.of(SPHERE)).build());

    assertThat(r.series()).isEqualTo(1);
    assertThat(r.meshes()).isEqualTo(1);
    assertSphere(out, dir.resolve("out-catalog"));
    assertThat(errors(out)).containsOnly(Map.entry("slice-0014.dcm", "TRUNCATED"));
  }

  @Test
  void readsFromAndWritesToHdfs() throws Exception {
    String hdfs = MiniHdfs.uri();
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    FileSystem fs = new org.apache.hadoop.fs.Path(hdfs).getFileSystem(conf);
    fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(input.resolve("patient1").toUri()),
        new org.apache.hadoop.fs.Path(hdfs + "/archive/patient1"));
    String out = hdfs + "/ct-mesh-out";

    CtMeshJob.Result r = CtMeshJob.run(spark, CtMeshOptions.builder().input(hdfs + "/archive").out(out)
        .thresholdHu(0).build());

    assertThat(r.meshes()).isEqualTo(1);
    Row row = spark.read().parquet(out + "/meshes").collectAsList().get(0);
    assertThat(row.<Double>getAs("volume_mm3")).isCloseTo(4 / 3.0 * Math.PI * R * R * R,
        within(0.03 * 4 / 3.0 * Math.PI * R * R * R));
    assertThat(fs.exists(new org.apache.hadoop.fs.Path(out + "/obj/" + SPHERE + ".obj"))).isTrue();
    assertThat(fs.exists(new org.apache.hadoop.fs.Path(out + "/summary.json"))).isTrue();
  }

  private void assertSphere(String out, Path local) throws Exception {
    List<Row> meshes = spark.read().parquet(out + "/meshes").collectAsList();
    assertThat(meshes).hasSize(1);
    Row m = meshes.get(0);
    assertThat(m.<String>getAs("id")).isEqualTo(SPHERE);
    double area = m.getAs("surface_area_mm2");
    double volume = m.getAs("volume_mm3");
    assertThat(area).isCloseTo(4 * Math.PI * R * R, within(0.03 * 4 * Math.PI * R * R));
    assertThat(volume).isCloseTo(4 / 3.0 * Math.PI * R * R * R, within(0.03 * 4 / 3.0 * Math.PI * R * R * R));
    assertThat(m.<Boolean>getAs("watertight")).isTrue();
    assertThat(m.<Integer>getAs("files")).isEqualTo(29);
    assertThat(m.<Integer>getAs("failed_files")).isEqualTo(1);
    assertThat(m.<Integer>getAs("missing_slices")).isEqualTo(1);
    assertThat(m.<Boolean>getAs("resampled")).isTrue();
    TriangleMesh obj = MeshFiles.read(local.resolve("obj/" + SPHERE + ".obj"));
    assertThat(obj.vertexCount()).isEqualTo(m.<Integer>getAs("vertex_count"));
    assertThat(MeshMeasures.surfaceArea(obj)).isCloseTo(area, within(1e-3 * area));
  }

  private Map<String, String> errors(String out) {
    return spark.read().parquet(out + "/errors").collectAsList().stream().collect(Collectors.toMap(
        r -> r.isNullAt(1) ? r.getString(0) : r.getString(1).substring(r.getString(1).lastIndexOf('/') + 1),
        r -> r.getString(2)));
  }
}
