package org.radiomesh.jobs.model3d;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.anatomy.DentitionSpec;
import org.radiomesh.anatomy.DentitionSpecJson;
import org.radiomesh.anatomy.ToothSpec;
import org.radiomesh.anatomy.prompt.PromptParser;
import org.radiomesh.jobs.LocalSpark;
import org.radiomesh.jobs.evaluate.EvaluateJob;
import org.radiomesh.jobs.evaluate.MeshColumns;
import org.radiomesh.jobs.report.ReportRows;
import org.radiomesh.mesh.MeshMeasures;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.mesh.io.MeshFiles;
import org.radiomesh.metrics.MeshMetrics;
import org.radiomesh.metrics.MetricOptions;
import org.radiomesh.metrics.Normalization;
import org.radiomesh.metrics.PairMetrics;

/**
 * The model job on a few short records: direct and anatomy generators, bad records, the exactly-once invariant, a
 * rerun that skips, pairs.csv read by the evaluate job. Small grids and few views keep it to seconds per run.
 */
class ModelJobTest {
  @TempDir
  static Path dir;
  private static Path records;
  private final SparkSession spark = LocalSpark.session();

  @BeforeAll
  static void writeRecords() throws Exception {
    String spec = DentitionSpecJson.toJson(new DentitionSpec(List.of(ToothSpec.sound(11))))
        .replace("\"", "\\\"").replace("\n", " ");
    records = dir.resolve("records.jsonl");
    Files.writeString(records, String.join("\n",
        "{\"id\": \"molar\", \"text\": \"lower left first molar\"}",
        "{\"id\": \"incisor\", \"spec\": \"" + spec + "\"}",
        "{\"id\": \"nonsense\", \"text\": \"a purple flying unicorn\"}",
        "{\"id\": \"badspec\", \"spec\": \"{\\\"teeth\\\": [{\\\"tooth\\\": 99}]}\"}",
        "{\"id\": \"molar\", \"text\": \"upper right canine\"}",
        "{\"id\": \"empty\"}",
        ""));
  }

  private static ModelOptions.Builder options(String out) {
    return ModelOptions.builder().input(records.toString()).out(dir.resolve(out).toString()).partitions(2);
  }

  private Map<String, String> reasons(String out) {
    Map<String, String> m = new HashMap<>();
    for (Row r : spark.read().parquet(dir.resolve(out).resolve("errors").toString()).collectAsList()) {
      m.merge(String.valueOf(r.<String>getAs("id")), r.getAs("reason"), (a, b) -> a + "," + b);
    }
    return m;
  }

  private TriangleMesh mesh(String out, String id) {
    Row r = spark.read().parquet(dir.resolve(out).resolve("meshes").toString()).filter("id = '" + id + "'")
        .selectExpr("named_struct('vertices', vertices, 'faces', faces)").first();
    return MeshColumns.toMesh(r.getStruct(0));
  }

  @Test
  void directMeshesGoodRecordsAndSortsBadOnesByReason() {
    ModelJob.Result r = ModelJob.run(spark, options("direct").build());
    assertThat(r.inputs()).isEqualTo(6);
    assertThat(r.modelled()).isEqualTo(2);
    assertThat(r.errors()).isEqualTo(4);
    assertThat(reasons("direct")).containsEntry("nonsense", "PARSE_FAILED").containsEntry("badspec", "SPEC_INVALID")
        .containsEntry("molar", "DUPLICATE_ID").containsEntry("empty", "MISSING_INPUT").hasSize(4);
    Dataset<Row> meshes = spark.read().parquet(dir.resolve("direct").resolve("meshes").toString());
    assertThat(meshes.count()).isEqualTo(2);
    Row molar = meshes.filter("id = 'molar'").first();
    assertThat(molar.<String>getAs("spec")).contains("36");
    assertThat(molar.<Boolean>getAs("watertight")).isTrue();
    assertThat(molar.<Double>getAs("volume_mm3")).isBetween(200.0, 2000.0);
    assertThat(molar.<String>getAs("generator")).isEqualTo("direct");
    assertThat(molar.getList(molar.fieldIndex("labels"))).containsOnly(36);
    TriangleMesh m = mesh("direct", "molar");
    assertThat(MeshMeasures.signedVolume(m)).isCloseTo(molar.<Double>getAs("volume_mm3"),
        org.assertj.core.data.Offset.offset(1e-6));
    assertThat(dir.resolve("direct/summary.json")).exists();
    assertThat(dir.resolve("direct/pairs.csv")).doesNotExist();
  }

  @Test
  void reportOfASyntheticCaseIsPairedWithTheCaseArches() throws Exception {
    Path caseDir = dir.resolve("cases/case-000001");
    TriangleMesh tetra = TriangleMesh.of(new float[] {0, 0, 0, 10, 0, 0, 0, 10, 0, 0, 0, 10},
        new int[] {0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3});
    Files.createDirectories(caseDir.resolve("mesh/arch"));
    MeshFiles.write(tetra, caseDir.resolve("mesh/arch/case-000001_upper.ply"));
    Object[] v = new Object[ReportRows.REPORTS.size()];
    v[ReportRows.REPORTS.fieldIndex("image_id")] = "img1";
    v[ReportRows.REPORTS.fieldIndex("path")] = caseDir.resolve("panoramic/panoramic.dcm").toString();
    v[ReportRows.REPORTS.fieldIndex("findings")] = new Row[0];
    v[ReportRows.REPORTS.fieldIndex("text")] = "No findings.";
    v[ReportRows.REPORTS.fieldIndex("modality")] = "PX";
    v[ReportRows.REPORTS.fieldIndex("model_name")] = "findings-test";
    v[ReportRows.REPORTS.fieldIndex("model_version")] = "1";
    v[ReportRows.REPORTS.fieldIndex("model_hash")] = "ab".repeat(32);
    v[ReportRows.REPORTS.fieldIndex("teeth_present")] = 32;
    v[ReportRows.REPORTS.fieldIndex("impression")] = "No findings.";
    spark.createDataFrame(List.of(RowFactory.create(v)), ReportRows.REPORTS).write()
        .parquet(dir.resolve("reports").toString());

    ModelJob.Result r = ModelJob.run(spark, ModelOptions.builder().input(dir.resolve("reports").toString())
        .out(dir.resolve("from-reports").toString()).voxelMm(0.6).formatNames(List.of("ply")).build());

    assertThat(r.modelled()).as(reasons("from-reports").toString()).isEqualTo(1);
    Row row = spark.read().parquet(dir.resolve("from-reports/meshes").toString()).first();
    assertThat(row.<String>getAs("kind")).isEqualTo("report");
    assertThat(DentitionSpecJson.fromJson(row.getAs("spec"), "row").teeth()).hasSize(32);
    assertThat(Files.readString(dir.resolve("from-reports/pairs.csv")))
        .contains("img1,files/img1.ply,truth/img1.ply,direct,report");
    assertThat(MeshFiles.read(dir.resolve("from-reports/truth/img1.ply")).vertexCount()).isEqualTo(4);
  }

  @Test
  void diffusionRunsEveryRecordToExactlyOneTable() {
    ModelJob.Result r = ModelJob.run(spark, options("diffusion").generator(Generator.DIFFUSION)
        .model(org.radiomesh.model.ModelReference.of(diffusionFixture().toString())).diffusionSteps(2)
        .resolution(24).build());
    assertThat(r.inputs()).isEqualTo(6);
    assertThat(r.modelled() + r.errors()).isEqualTo(6);
    Map<String, String> reasons = reasons("diffusion");
    for (String id : List.of("molar", "incisor")) {
      if (reasons.containsKey(id)) {
        assertThat(reasons.get(id)).isIn("DUPLICATE_ID,RECONSTRUCTION_FAILED", "RECONSTRUCTION_FAILED,DUPLICATE_ID",
            "RECONSTRUCTION_FAILED");
      }
    }
    for (Row m : spark.read().parquet(dir.resolve("diffusion/meshes").toString()).collectAsList()) {
      assertThat(m.getJavaMap(m.fieldIndex("parameters"))).containsKey("model_hash");
      assertThat(m.<Integer>getAs("views")).isEqualTo(4);
    }
  }

  /** The tiny random-weight multiview denoiser of the common module's test fixtures, read in place. */
  private static Path diffusionFixture() {
    Path d = Path.of("..", "common", "src", "test", "resources", "fixtures", "multiview-tiny").toAbsolutePath()
        .normalize();
    assertThat(d.resolve("radiomesh-model.json")).exists();
    return d;
  }

  @Test
  void anatomyReconstructionMatchesTheDirectMeshAndRerunSkips() throws Exception {
    ModelOptions anatomy = options("anatomy").generator(Generator.ANATOMY).views(12).imageSize(128).resolution(64)
        .formatNames(List.of("ply")).previews(true).keepViews(true).build();
    ModelJob.Result first = ModelJob.run(spark, anatomy);
    assertThat(first.modelled()).isEqualTo(2);
    assertThat(first.errors()).isEqualTo(4);
    assertThat(first.pairs()).isEqualTo(2);

    TriangleMesh exact = DirectMesher.mesh(PromptParser.parse("lower left first molar").spec(), 0, 0.3, "molar");
    TriangleMesh rebuilt = MeshFiles.read(dir.resolve("anatomy/files/molar.ply"));
    assertThat(MeshMeasures.isWatertight(rebuilt)).isTrue();
    MetricOptions o = MetricOptions.builder().normalization(Normalization.NONE).pointToSurface(true)
        .samples(10_000).seed(3).thresholds(0.25).build();
    PairMetrics pm = MeshMetrics.compare(rebuilt, exact, o, "molar");
    assertThat(pm.fscore()[0]).isGreaterThanOrEqualTo(0.9);
    assertThat(dir.resolve("anatomy/previews/molar.png")).exists();
    assertThat(dir.resolve("anatomy/views/molar/cameras.json")).exists();
    assertThat(dir.resolve("anatomy/views/molar/masks")).isDirectory();

    ModelJob.Result again = ModelJob.run(spark, anatomy);
    assertThat(again.skipped()).isEqualTo(2);
    assertThat(again.modelled()).isZero();
    assertThat(again.errors()).isEqualTo(4);
    assertThat(spark.read().parquet(dir.resolve("anatomy/meshes").toString()).count()).isEqualTo(2);

    ModelJob.Result finer = ModelJob.run(spark, options("anatomy").generator(Generator.ANATOMY).views(12)
        .imageSize(128).resolution(48).formatNames(List.of("ply")).build());
    assertThat(finer.skipped()).isZero();
    assertThat(finer.modelled()).isEqualTo(2);
    assertThat(finer.paramsHash()).isNotEqualTo(first.paramsHash());
    assertThat(spark.read().parquet(dir.resolve("anatomy/meshes").toString()).count()).isEqualTo(2);

    EvaluateJob.Result scored = EvaluateJob.run(spark, new EvaluateJob.Options(
        dir.resolve("anatomy/pairs.csv").toString(), null, null, dir.resolve("eval").toString(),
        MetricOptions.builder().samples(2000).seed(1).build(), List.of("generator"), 1_000_000, 1 << 26, 2));
    assertThat(scored.pairs()).isEqualTo(2);
    assertThat(scored.scored()).isEqualTo(2);
    assertThat(scored.errors()).isZero();
  }
}
