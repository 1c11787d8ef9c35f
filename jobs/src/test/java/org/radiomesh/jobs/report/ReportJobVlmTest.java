package org.radiomesh.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.imaging.ImageDecoder;
import org.radiomesh.imaging.ModelInputEncoder;
import org.radiomesh.jobs.LocalSpark;
import org.radiomesh.jobs.model.VlmFixture;
import org.radiomesh.model.ModelDirectory;
import org.radiomesh.model.ModelIdentity;
import org.radiomesh.model.ModelReference;
import org.radiomesh.model.vlm.GenerationOptions;
import org.radiomesh.model.vlm.VisionLanguageModel;
import org.radiomesh.model.vlm.VlmGenerator;
import org.radiomesh.model.vlm.VlmReporter;
import org.radiomesh.model.vlm.VlmRequest;
import org.radiomesh.report.ReportJson;
import org.radiomesh.report.StructuredReport;

/**
 * The report job with the fixture vision-language model on the generated catalog of {@link ReportFixtures}: the same
 * rows and errors as with a findings model, the VLM's identity, generated text kept and read into findings, sampling
 * reproducible under a seed, MODEL_FAILED when generation throws, and reports/ tables written before generated_text.
 */
class ReportJobVlmTest {
  private static final GenerationOptions SAMPLED = GenerationOptions.builder().temperature(0.9).topP(0.95).seed(7)
      .maxNewTokens(16).build();

  @TempDir
  static Path work;
  static Path images;
  static String catalog;
  static ModelIdentity vlm;

  @BeforeAll
  static void fixtures() throws Exception {
    images = work.resolve("images");
    ReportFixtures.images(images);
    catalog = work.resolve("catalog").toUri().toString();
    ReportFixtures.catalog(LocalSpark.session(), images, catalog);
    vlm = ModelDirectory.open(VlmFixture.dir()).identity();
  }

  private static ReportOptions options(String out, GenerationOptions generation, String prompt, boolean jsonLines) {
    return new ReportOptions(catalog, null, null, out, ModelReference.of(VlmFixture.dir().toString()), 2, 3, 1 << 20,
        ReportOptions.RADIOGRAPH_MODALITIES, jsonLines, false, generation, prompt);
  }

  private static Map<String, Row> reports(SparkSession spark, String out) {
    Map<String, Row> m = new TreeMap<>();
    for (Row r : spark.read().parquet(out + "/reports").collectAsList()) {
      m.put(r.getAs("image_id"), r);
    }
    return m;
  }

  private static Map<String, String> texts(Map<String, Row> reports) {
    Map<String, String> m = new TreeMap<>();
    reports.forEach((id, r) -> m.put(id, r.getAs("generated_text")));
    return m;
  }

  @Test
  void sampledReportsCarryTheVlmIdentityTheirTextAndRepeatUnderASeedAndOldTablesGainTheColumn() throws Exception {
    SparkSession spark = LocalSpark.session();
    String out = work.resolve("out-a").toUri().toString();
    ReportJob.Result r = ReportJob.run(spark, options(out, SAMPLED, VlmReporter.DEFAULT_PROMPT, true));
    assertThat(r.inputs()).isEqualTo(8);
    assertThat(r.reported()).isEqualTo(3);
    assertThat(r.errors()).isEqualTo(5);
    assertThat(r.model()).isEqualTo(vlm);
    assertThat(r.errorsByReason()).containsOnlyKeys("DECODE_FAILED", "DUPLICATE_PATH", "MISSING_PATH", "READ_FAILED",
        "UNSUPPORTED_MODALITY");
    Map<String, Row> first = reports(spark, out);
    assertThat(first).containsOnlyKeys(ReportFixtures.SOP_B, ReportFixtures.SOP_C, "png-a");
    for (Row row : first.values()) {
      assertThat((String) row.getAs("model_name")).isEqualTo("vlm-tiny");
      assertThat((String) row.getAs("model_hash")).isEqualTo(vlm.contentHash());
      String text = row.getAs("generated_text");
      assertThat(text).isNotNull().isNotBlank();
      StructuredReport rep = ReportRows.toReport(row);
      assertThat(rep.generatedText()).isEqualTo(text);
      assertThat(rep).isEqualTo(StructuredReport.of(rep.imageId(), rep.studyId(), rep.modality(), rep.sopClassUid(),
          rep.sopInstanceUid(), vlm, VlmReporter.findings(text)).withGeneratedText(text));
    }
    List<String> lines = Files.readAllLines(jsonPart(work.resolve("out-a/reports.jsonl")));
    assertThat(lines).hasSize(3).allSatisfy(line -> assertThat(ReportJson.parse(line, "jsonl").generatedText())
        .isEqualTo(first.get(ReportJson.parse(line, "jsonl").imageId()).getAs("generated_text")));
    assertThat(Files.readString(work.resolve("out-a/summary.json"))).contains("\"kind\" : \"vlm\"")
        .contains("\"seed\" : 7");

    String again = work.resolve("out-b").toUri().toString();
    ReportJob.run(spark, options(again, SAMPLED, VlmReporter.DEFAULT_PROMPT, false));
    assertThat(texts(reports(spark, again))).isEqualTo(texts(first));
    // the sampled text is the generator's under the same seed, prompt and image id (so the flags reach it)
    try (VisionLanguageModel model = VisionLanguageModel.load(ModelDirectory.open(VlmFixture.dir()), Device.cpu(),
        Map.of()); VlmGenerator generator = model.newGenerator()) {
      float[] pixels = ModelInputEncoder.encode(ImageDecoder.decode(Files.readAllBytes(images.resolve("b.dcm")),
          "b.dcm"), 0, new VlmReporter(model, SAMPLED, VlmReporter.DEFAULT_PROMPT).inputOptions());
      String expected = generator.generate(List.of(new VlmRequest(ReportFixtures.SOP_B, pixels,
          VlmReporter.DEFAULT_PROMPT)), SAMPLED).get(0).text();
      assertThat((String) first.get(ReportFixtures.SOP_B).getAs("generated_text")).isEqualTo(expected);
      String greedy = generator.generate(List.of(new VlmRequest(ReportFixtures.SOP_B, pixels,
          VlmReporter.DEFAULT_PROMPT)), SAMPLED.toBuilder().temperature(0).build()).get(0).text();
      assertThat(expected).isNotEqualTo(greedy);
    }
    // a reports/ table from before generated_text existed: a rerun keeps its rows and skips their paths
    String legacy = work.resolve("out-legacy").toUri().toString();
    spark.read().parquet(out + "/reports").drop("generated_text").write().parquet(legacy + "/reports");
    ReportJob.Result rerun = ReportJob.run(spark, options(legacy, SAMPLED, VlmReporter.DEFAULT_PROMPT, false));
    assertThat(rerun.skipped()).isEqualTo(3);
    assertThat(rerun.reported()).isZero();
    Map<String, Row> kept = reports(spark, legacy);
    assertThat(kept).containsOnlyKeys(first.keySet());
    assertThat(kept.values()).allSatisfy(row -> assertThat((Object) row.getAs("generated_text")).isNull());
  }

  @Test
  void generationThatThrowsIsModelFailedForEveryImageOfItsBatch() throws Exception {
    SparkSession spark = LocalSpark.session();
    String out = work.resolve("out-fail").toUri().toString();
    // 128 positions: a prompt of 200 words does not fit, so generation throws on every batch
    ReportJob.Result r = ReportJob.run(spark, options(out, GenerationOptions.defaults(), "caries ".repeat(200),
        false));
    assertThat(r.reported()).isZero();
    assertThat(r.errors()).isEqualTo(8);
    assertThat(r.errorsByReason()).containsEntry("MODEL_FAILED", 3L);
    List<Row> failed = spark.read().parquet(out + "/errors").filter("reason = 'MODEL_FAILED'").collectAsList();
    assertThat(failed).allSatisfy(e -> assertThat((String) e.getAs("message")).contains("vlm-tiny")
        .contains("positions"));
  }

  private static Path jsonPart(Path dir) throws Exception {
    try (var files = Files.list(dir)) {
      List<Path> parts = files.filter(p -> p.getFileName().toString().startsWith("part-")
          && Files.isRegularFile(p)).toList();
      Path merged = dir.resolveSibling("reports-merged.jsonl");
      StringBuilder sb = new StringBuilder();
      for (Path p : parts) {
        sb.append(Files.readString(p));
      }
      Files.writeString(merged, sb.toString());
      return merged;
    }
  }
}
