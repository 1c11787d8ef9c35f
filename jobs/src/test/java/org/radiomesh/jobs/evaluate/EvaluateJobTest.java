package org.radiomesh.jobs.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.jobs.LocalSpark;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.mesh.io.MeshFiles;
import org.radiomesh.metrics.MeshMetrics;
import org.radiomesh.metrics.MetricOptions;
import org.radiomesh.metrics.Normalization;
import org.radiomesh.metrics.PairMetrics;

class EvaluateJobTest {
  private static final MetricOptions OPTIONS = MetricOptions.builder().samples(4000).seed(7)
      .thresholds(0.05, 0.1).normalization(Normalization.NONE).build();
  private static final TriangleMesh CUBE = TestMeshes.box(0, 0, 0, 1, 1, 1);
  private static final TriangleMesh CUBE_SHIFTED = TestMeshes.box(0.05f, 0, 0, 1, 1, 1);
  private static final TriangleMesh SPHERE = TestMeshes.sphere(0, 0, 0, 1, 24, 48);
  private static final TriangleMesh SPHERE_BIG = TestMeshes.sphere(0, 0, 0, 1.1f, 24, 48);

  @TempDir
  static Path dir;
  private final SparkSession spark = LocalSpark.session();

  @BeforeAll
  static void writeFixtures() throws Exception {
    MeshFiles.write(CUBE, dir.resolve("cube.obj"));
    MeshFiles.write(CUBE_SHIFTED, dir.resolve("cube_shifted.ply"));
    MeshFiles.write(SPHERE, dir.resolve("sphere.stl"));
    MeshFiles.write(SPHERE_BIG, dir.resolve("sphere_big.obj"));
    Files.writeString(dir.resolve("broken.obj"), "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 7\n");
    Files.writeString(dir.resolve("nan.obj"), "v 0 0 0\nv nan 0 0\nv 0 1 0\nf 1 2 3\n");
    Files.writeString(dir.resolve("empty.obj"), "# nothing here\n");
    Files.writeString(dir.resolve("pairs.csv"), String.join("\n",
        "id,pred,gt,kind",
        "cube,cube_shifted.ply,cube.obj,box",
        "sphere," + dir.resolve("sphere_big.obj").toUri() + ",sphere.stl,round",
        "sphere-self,sphere.stl,sphere.stl,round",
        "missing,nowhere.obj,cube.obj,box",
        "broken,broken.obj,cube.obj,box",
        "nan,nan.obj,cube.obj,box",
        "empty,empty.obj,cube.obj,box",
        "cube,cube.obj,cube.obj,box",
        "") );
  }

  private EvaluateJob.Options options(String out, long splitAbove, List<String> groupBy) {
    return new EvaluateJob.Options(dir.resolve("pairs.csv").toString(), null, null, out, OPTIONS, groupBy,
        splitAbove, 1 << 20, 3);
  }

  @Test
  void everyPairLandsInExactlyOneTableWithItsReason() throws Exception {
    String out = dir.resolve("out-basic").toString();
    EvaluateJob.Result r = EvaluateJob.run(spark, options(out, 1_000_000, List.of("kind")));

    assertThat(r.pairs()).isEqualTo(8);
    assertThat(r.scored()).isEqualTo(3);
    assertThat(r.errors()).isEqualTo(5);
    Map<String, String> reasons = new HashMap<>();
    for (Row e : spark.read().parquet(out + "/errors").collectAsList()) {
      reasons.merge(e.<String>getAs("id"), e.<String>getAs("reason"), (a, b) -> a + "," + b);
      assertThat(e.<String>getAs("message")).isNotBlank();
    }
    assertThat(reasons).containsEntry("missing", "READ_FAILED").containsEntry("broken", "MALFORMED_MESH")
        .containsEntry("nan", "NON_FINITE").containsEntry("empty", "EMPTY_MESH").containsEntry("cube", "DUPLICATE_ID");
    // The first occurrence of the duplicated id was scored: the shifted cube, not the cube against itself.
    Row cube = spark.read().parquet(out + "/metrics").filter("id = 'cube'").first();
    assertThat(cube.<String>getAs("pred")).endsWith("cube_shifted.ply");

    JsonNode summary = new ObjectMapper().readTree(dir.resolve("out-basic/summary.json").toFile());
    assertThat(summary.get("pairs").asLong()).isEqualTo(8);
    assertThat(summary.get("errors_by_reason").get("READ_FAILED").asLong()).isEqualTo(1);
    assertThat(summary.get("card").get("samplesPerMesh").asInt()).isEqualTo(4000);
  }

  @Test
  void rowsEqualTheLibraryResultForTheSamePairAndSeed() throws Exception {
    String out = dir.resolve("out-equal").toString();
    EvaluateJob.run(spark, options(out, 1_000_000, List.of()));
    PairMetrics expected = MeshMetrics.compare(SPHERE_BIG, SPHERE, OPTIONS, "sphere");
    Row row = spark.read().parquet(out + "/metrics").filter("id = 'sphere'").first();
    assertThat(row.<Double>getAs("chamfer")).isEqualTo(expected.chamfer());
    assertThat(row.<Double>getAs("hausdorff")).isEqualTo(expected.hausdorff());
    assertThat(row.getList(row.fieldIndex("f_score"))).containsExactly(expected.fscore()[0], expected.fscore()[1]);
    assertThat(row.<scala.collection.Map<String, String>>getAs("card").get("seed").get()).isEqualTo("7");
    // A sphere of radius 1.1 against radius 1: every sample is about 0.1 away, so F@0.05 is near 0 and F@0.1 is not.
    assertThat(expected.meanDistancePredToGt()).isBetween(0.09, 0.11);
  }

  @Test
  void summaryHasEachGroupAndTheOverallRow() {
    String out = dir.resolve("out-groups").toString();
    EvaluateJob.run(spark, options(out, 1_000_000, List.of("kind")));
    List<Row> chamfer = spark.read().parquet(out + "/summary").filter("metric = 'chamfer'").collectAsList();
    Map<String, Long> counts = new HashMap<>();
    chamfer.forEach(r -> counts.put(r.<String>getAs("scope") + ":" + r.<String>getAs("kind"), r.<Long>getAs("count")));
    assertThat(counts).containsEntry("group:box", 1L).containsEntry("group:round", 2L).containsEntry("all:null", 3L);
    Row all = chamfer.stream().filter(r -> "all".equals(r.getAs("scope"))).findFirst().orElseThrow();
    List<Double> values = spark.read().parquet(out + "/metrics").select("chamfer").as(
        org.apache.spark.sql.Encoders.DOUBLE()).collectAsList();
    assertThat(all.<Double>getAs("mean")).isCloseTo(values.stream().mapToDouble(d -> d).average().orElseThrow(),
        org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void splitPairsEqualTheSingleTaskResult() {
    String single = dir.resolve("out-single").toString();
    String split = dir.resolve("out-split").toString();
    EvaluateJob.run(spark, options(single, 1_000_000, List.of()));
    EvaluateJob.Result r = EvaluateJob.run(spark, options(split, 1000, List.of()));
    assertThat(r.split()).isEqualTo(3);
    List<String> cols = List.of("id", "chamfer", "chamfer_pred_to_gt", "chamfer_gt_to_pred", "f_score", "precision",
        "recall", "hausdorff", "hausdorff_95", "percentiles_pred_to_gt", "percentiles_gt_to_pred");
    String[] rest = cols.subList(1, cols.size()).toArray(String[]::new);
    List<Row> a = spark.read().parquet(single + "/metrics").select("id", rest).orderBy("id").collectAsList();
    List<Row> b = spark.read().parquet(split + "/metrics").select("id", rest).orderBy("id").collectAsList();
    assertThat(b).isEqualTo(a);
    assertThat(spark.read().parquet(split + "/metrics").filter("split_tasks > 1").count()).isEqualTo(3);
  }

  @Test
  void meshTablesAreJoinedOnIdAndUnmatchedIdsAreErrors() {
    String tables = dir.resolve("tables").toString();
    var schema = new org.apache.spark.sql.types.StructType().add("id", "string")
        .add("vertices", "array<float>").add("faces", "array<int>");
    List<Row> pred = List.of(meshRow("a", CUBE_SHIFTED), meshRow("b", SPHERE_BIG));
    List<Row> gt = List.of(meshRow("a", CUBE), meshRow("c", SPHERE));
    spark.createDataFrame(pred, schema).write().parquet(tables + "/pred");
    spark.createDataFrame(gt, schema).write().parquet(tables + "/gt");
    String out = dir.resolve("out-tables").toString();
    EvaluateJob.Result r = EvaluateJob.run(spark, new EvaluateJob.Options(null, tables + "/pred", tables + "/gt", out,
        OPTIONS, List.of(), 1_000_000, 1 << 20, 2));
    assertThat(r.scored()).isEqualTo(1);
    assertThat(r.errorsByReason()).containsEntry("MISSING_PAIR", 2L);
    Row a = spark.read().parquet(out + "/metrics").first();
    assertThat(a.<Double>getAs("chamfer")).isEqualTo(MeshMetrics.compare(CUBE_SHIFTED, CUBE, OPTIONS, "a").chamfer());
  }

  @Test
  void unknownGroupColumnIsAConfigurationError() {
    assertThatThrownBy(() -> EvaluateJob.run(spark, options(dir.resolve("out-bad").toString(), 1_000_000,
        List.of("nope")))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope")
        .hasMessageContaining("kind");
  }

  private static Row meshRow(String id, TriangleMesh m) {
    Row mesh = MeshColumns.toRow(m);
    return org.apache.spark.sql.RowFactory.create(id, mesh.get(0), mesh.get(1));
  }
}
