package org.radiomesh.jobs.runreport;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.radiomesh.jobs.JobSummary;
import org.radiomesh.jobs.LocalSpark;
import org.radiomesh.jobs.evaluate.EvaluateJob;
import org.radiomesh.jobs.report.ReportFixtures;
import org.radiomesh.jobs.report.ReportRows;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.mesh.io.MeshFiles;
import org.radiomesh.metrics.MetricOptions;
import org.radiomesh.metrics.Normalization;

/**
 * A pipeline run folder for the run report tests, built once per JVM: {@code evaluate/} written by the real
 * {@link EvaluateJob} (three torus pairs at increasing offsets and one pair whose prediction is missing),
 * {@code report/} with a reports table in {@link ReportRows#REPORTS} layout over two generated radiographs (a PNG and a
 * DICOM) and a summary.json with the report job's keys, {@code model/} with a mesh table of two meshes, a PNG preview
 * and a summary.json, a pipeline summary.json with stage statuses, and no {@code ingest/}.
 */
public final class RunFixtures {
  public static final double[] THRESHOLDS = {0.05, 0.1, 0.2};
  private static Path full;

  private RunFixtures() {}

  /** The run folder (created on first call under a temporary folder that lives as long as the JVM). */
  public static synchronized Path full() throws Exception {
    if (full == null) {
      Path root = Files.createTempDirectory("radiomesh-run-report");
      root.toFile().deleteOnExit();
      full = build(root.resolve("run"));
    }
    return full;
  }

  private static Path build(Path run) throws Exception {
    SparkSession spark = LocalSpark.session();
    Path inputs = run.resolveSibling("inputs");
    Files.createDirectories(inputs);
    MeshFiles.write(torus(0, 1.0f, 0.35f), inputs.resolve("gt.obj"));
    StringBuilder pairs = new StringBuilder("id,pred,gt\n");
    for (int i = 1; i <= 3; i++) {
      MeshFiles.write(torus(0.04f * i, 1.0f, 0.35f), inputs.resolve("pred" + i + ".ply"));
      pairs.append("pair").append(i).append(",pred").append(i).append(".ply,gt.obj\n");
    }
    pairs.append("pair4,nowhere.obj,gt.obj\n");
    Files.writeString(inputs.resolve("pairs.csv"), pairs);
    MetricOptions metrics = MetricOptions.builder().samples(2000).seed(3).thresholds(THRESHOLDS)
        .normalization(Normalization.NONE).build();
    EvaluateJob.run(spark, new EvaluateJob.Options(inputs.resolve("pairs.csv").toString(), null, null,
        run.resolve("evaluate").toString(), metrics, List.of(), 1_000_000, 1 << 24, 2));

    Path images = inputs.resolve("images");
    ReportFixtures.images(images);
    Row caries = RowFactory.create(16, "crown", "caries", "ENAMEL", 0.9, null, RowFactory.create(4.0, 5.0, 6.0, 7.0));
    List<Row> reports = List.of(
        report("png-a", images.resolve("a.png"), "REPORT png-a\nFINDINGS: caries on 16.\nIMPRESSION: one lesion.",
            List.of(caries)),
        report(ReportFixtures.SOP_B, images.resolve("b.dcm"), "REPORT b\nFINDINGS: none.\nIMPRESSION: normal.",
            List.of()));
    spark.createDataFrame(reports, ReportRows.REPORTS).coalesce(1).write().parquet(run.resolve("report/reports")
        .toString());
    Map<String, Long> reasons = new LinkedHashMap<>();
    reasons.put("DECODE_FAILED", 1L);
    new JobSummary("report").put("inputs", 3L).put("skipped_already_reported", 0L).put("reported", 2L)
        .put("errors", 1L).put("errors_by_reason", reasons).put("images_per_second", 12.5)
        .put("seconds", Map.of("read", 0.5, "report", 0.25, "write", 0.25))
        .write(run.resolve("report").toString(), spark.sparkContext().hadoopConfiguration());

    StructType meshes = new StructType().add("id", DataTypes.StringType)
        .add("vertices", DataTypes.createArrayType(DataTypes.FloatType, false))
        .add("faces", DataTypes.createArrayType(DataTypes.IntegerType, false));
    List<Row> rows = new ArrayList<>();
    rows.add(meshRow("case-1", torus(0, 2.0f, 0.6f)));
    rows.add(meshRow("case-2", torus(0, 1.5f, 0.3f)));
    spark.createDataFrame(rows, meshes).coalesce(1).write().parquet(run.resolve("model/meshes").toString());
    Files.createDirectories(run.resolve("model/previews"));
    BufferedImage preview = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 300; y++) {
      for (int x = 0; x < 400; x++) {
        preview.setRGB(x, y, (x * 255 / 400) << 16 | (y * 255 / 300) << 8 | 128);
      }
    }
    ImageIO.write(preview, "png", run.resolve("model/previews/case-1.png").toFile());
    new JobSummary("model").put("inputs", 2L).put("meshes", 2L).put("errors", 0L).put("seconds", 4.0)
        .write(run.resolve("model").toString(), spark.sparkContext().hadoopConfiguration());

    Files.writeString(run.resolve("summary.json"), """
        {"job": "pipeline", "input": "synthetic", "stages": {
          "report": {"status": "ok"}, "model": {"status": "ok"}, "evaluate": {"status": "ok"}}}
        """);
    return run;
  }

  private static Row report(String id, Path image, String text, List<Row> findings) {
    return RowFactory.create(id, image.toUri().toString(), "study-1", null, null, null, null, "PX", "toy-findings",
        "0.1", "sha256:00", scala.collection.JavaConverters.asScalaBuffer(findings).toSeq(), 28, "impression", text, null);
  }

  private static Row meshRow(String id, TriangleMesh m) {
    Float[] v = new Float[m.xyz().length];
    for (int i = 0; i < v.length; i++) {
      v[i] = m.xyz()[i];
    }
    Integer[] f = new Integer[m.faces().length];
    for (int i = 0; i < f.length; i++) {
      f[i] = m.faces()[i];
    }
    return RowFactory.create(id, v, f);
  }

  /** A torus around the z axis, major radius {@code r}, minor radius {@code t}, shifted by {@code dx} along x. */
  public static TriangleMesh torus(float dx, float r, float t) {
    int nu = 48;
    int nv = 24;
    float[] v = new float[3 * nu * nv];
    int[] f = new int[6 * nu * nv];
    for (int i = 0; i < nu; i++) {
      double u = 2 * Math.PI * i / nu;
      for (int j = 0; j < nv; j++) {
        double w = 2 * Math.PI * j / nv;
        int k = i * nv + j;
        v[3 * k] = dx + (float) ((r + t * Math.cos(w)) * Math.cos(u));
        v[3 * k + 1] = (float) ((r + t * Math.cos(w)) * Math.sin(u));
        v[3 * k + 2] = (float) (t * Math.sin(w));
        int a = k;
        int b = ((i + 1) % nu) * nv + j;
        int c = ((i + 1) % nu) * nv + (j + 1) % nv;
        int d = i * nv + (j + 1) % nv;
        System.arraycopy(new int[] {a, b, c, a, c, d}, 0, f, 6 * k, 6);
      }
    }
    return TriangleMesh.of(v, f);
  }
}
