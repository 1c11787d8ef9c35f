package org.radiomesh.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.jobs.LocalSpark;
import org.radiomesh.model.ModelDirectory;
import org.radiomesh.model.ModelReference;
import org.radiomesh.report.BasicTextSrReader;
import org.radiomesh.report.ReportJson;
import org.radiomesh.report.StructuredReport;

class ReportJobTest {
  @TempDir
  static Path work;
  static Path model;
  static Path images;
  static String catalog;

  @BeforeAll
  static void fixtures() throws Exception {
    model = ReportFixtures.model(work.resolve("model"));
    images = work.resolve("images");
    ReportFixtures.images(images);
    catalog = work.resolve("catalog").toUri().toString();
    ReportFixtures.catalog(LocalSpark.session(), images, catalog);
  }

  private static ReportOptions options(String catalog, String folder, String pattern, String out, boolean extras) {
    return new ReportOptions(catalog, folder, pattern, out, ModelReference.of(model.toString()), 2, 3, 1 << 20,
        ReportOptions.RADIOGRAPH_MODALITIES, extras, extras);
  }

  private static Map<String, String> errorReasons(SparkSession spark, String out) {
    Map<String, String> m = new TreeMap<>();
    for (Row r : spark.read().parquet(out + "/errors").collectAsList()) {
      m.put(r.getAs("image_id"), r.getAs("reason"));
    }
    return m;
  }

  @Test
  void everyCatalogRowLandsInExactlyOneTableAndARerunSkipsReportedImages() throws Exception {
    SparkSession spark = LocalSpark.session();
    String out = work.resolve("out-catalog").toUri().toString();
    ReportJob.Result r = ReportJob.run(spark, options(catalog, null, null, out, true));
    assertThat(r.inputs()).isEqualTo(8);
    assertThat(r.reported()).isEqualTo(3);
    assertThat(r.errors()).isEqualTo(5);
    assertThat(errorReasons(spark, out)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "2.25.1005", "UNSUPPORTED_MODALITY", "bad", "DECODE_FAILED", "gone", "READ_FAILED",
        ReportFixtures.SOP_B, "DUPLICATE_PATH", "nopath", "MISSING_PATH"));
    String hash = ModelDirectory.open(model).identity().contentHash();
    List<Row> reports = spark.read().parquet(out + "/reports").orderBy("image_id").collectAsList();
    assertThat(reports).extracting(x -> (String) x.getAs("image_id"))
        .containsExactly(ReportFixtures.SOP_B, ReportFixtures.SOP_C, "png-a");
    for (Row row : reports) {
      assertThat((String) row.getAs("model_hash")).isEqualTo(hash);
      StructuredReport rep = ReportRows.toReport(row);
      assertThat(rep.text()).startsWith("REPORT " + rep.imageId() + "\nModel: toy-findings:0.1@sha256:")
          .contains("FINDINGS:").contains("IMPRESSION:");
      assertThat(StructuredReport.of(rep.imageId(), rep.studyId(), rep.modality(), rep.sopClassUid(),
          rep.sopInstanceUid(), rep.model(), rep.findings())).isEqualTo(rep);
    }
    assertThat((String) reports.get(0).getAs("study_id")).isEqualTo(ReportFixtures.STUDY);

    List<String> lines;
    try (Stream<Path> files = Files.list(work.resolve("out-catalog/reports.jsonl"))) {
      lines = files.filter(p -> p.getFileName().toString().startsWith("part-")).flatMap(p -> {
        try {
          return Files.readAllLines(p).stream();
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
    }
    assertThat(lines).hasSize(3);
    for (String line : lines) {
      assertThat(ReportJson.parse(line, "jsonl").model().contentHash()).isEqualTo(hash);
    }
    Path sr = work.resolve("out-catalog/sr/" + ReportFixtures.STUDY + ".dcm");
    assertThat(r.studiesWritten()).isEqualTo(1);
    BasicTextSrReader.Document doc = BasicTextSrReader.read(Files.readAllBytes(sr), sr.toString());
    assertThat(doc.images()).extracting(BasicTextSrReader.ImageReport::sopInstanceUid)
        .containsExactly(ReportFixtures.SOP_B, ReportFixtures.SOP_C);
    srPerStudyAcrossPartitions(spark, out);
    assertThat(Files.readString(work.resolve("out-catalog/summary.json"))).contains("\"inputs\" : 8")
        .contains("\"reported\" : 3").contains("checked");

    ReportJob.Result again = ReportJob.run(spark, options(catalog, null, null, out, false));
    assertThat(again.skipped()).isEqualTo(3);
    assertThat(again.reported()).isZero();
    assertThat(again.errors()).isEqualTo(5);
    assertThat(spark.read().parquet(out + "/reports").count()).isEqualTo(3);
  }

  /**
   * Seven studies of the two DICOM reports each, in shuffled order over the session's partitions: one SR per study,
   * each with both images in image-id order (a study split over two tasks would give an SR with one image).
   */
  private static void srPerStudyAcrossPartitions(SparkSession spark, String out) throws Exception {
    Dataset<Row> base = spark.read().parquet(out + "/reports")
        .filter(functions.col("study_id").equalTo(ReportFixtures.STUDY));
    Dataset<Row> many = null;
    for (int k = 0; k < 7; k++) {
      Dataset<Row> copy = base.withColumn("study_id", functions.lit("1.2.826.0.1.3680043.10.7." + k))
          .withColumn("image_id", functions.concat(functions.col("image_id"), functions.lit("." + k)));
      many = many == null ? copy : many.union(copy);
    }
    Path dir = work.resolve("sr-many");
    long studies = StudySrWriter.write(many.orderBy(functions.rand(3)), dir.toUri().toString(),
        ModelDirectory.open(model).identity(), java.time.LocalDateTime.of(2025, 1, 2, 3, 4, 5),
        new org.apache.spark.util.SerializableConfiguration(spark.sparkContext().hadoopConfiguration()));
    assertThat(studies).isEqualTo(7);
    for (int k = 0; k < 7; k++) {
      Path file = dir.resolve("1.2.826.0.1.3680043.10.7." + k + ".dcm");
      BasicTextSrReader.Document doc = BasicTextSrReader.read(Files.readAllBytes(file), file.toString());
      assertThat(doc.images()).extracting(BasicTextSrReader.ImageReport::sopInstanceUid)
          .containsExactly(ReportFixtures.SOP_B, ReportFixtures.SOP_C);
    }
  }

  @Test
  void folderInputTakesIdentityFromTheDicomHeader() {
    SparkSession spark = LocalSpark.session();
    String out = work.resolve("out-folder").toUri().toString();
    ReportJob.Result r = ReportJob.run(spark, options(null, images.toUri().toString(), "*.dcm", out, false));
    assertThat(r.inputs()).isEqualTo(4);
    assertThat(r.reported()).isEqualTo(2);
    assertThat(errorReasons(spark, out)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "2.25.1005", "UNSUPPORTED_MODALITY", "bad.dcm", "DECODE_FAILED"));
    List<Row> reports = spark.read().parquet(out + "/reports").orderBy("image_id").collectAsList();
    assertThat(reports).extracting(x -> (String) x.getAs("sop_instance_uid"))
        .containsExactly(ReportFixtures.SOP_B, ReportFixtures.SOP_C);
    assertThat(reports).extracting(x -> (String) x.getAs("study_id")).containsOnly(ReportFixtures.STUDY);
    ReportJob.Result again = ReportJob.run(spark, options(null, images.toUri().toString(), "*.dcm", out, false));
    assertThat(again.skipped()).isEqualTo(2);
    assertThat(again.reported()).isZero();
    assertThat(spark.read().parquet(out + "/reports").count()).isEqualTo(2);
  }
}
