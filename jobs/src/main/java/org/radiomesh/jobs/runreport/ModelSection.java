package org.radiomesh.jobs.runreport;

import static org.apache.spark.sql.functions.col;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.radiomesh.jobs.evaluate.MeshColumns;
import org.radiomesh.mesh.TriangleMesh;

/**
 * The model stage's part of the run report: the number of rows of {@code model/meshes/} (a mesh table: {@code id},
 * {@code vertices} array of x y z, {@code faces} array of vertex indices), the first meshes by id for the 3D viewer,
 * and the first PNG/JPEG renderings under {@code model/previews/} as downscaled images. Cost: one count and one
 * limited read of the mesh table, plus the preview files.
 */
final class ModelSection {
  private ModelSection() {}

  static String html(SparkSession spark, ReportParts parts) throws Exception {
    StringBuilder s = new StringBuilder();
    if (parts.run.hasTable("model", "meshes")) {
      Dataset<Row> meshes = spark.read().parquet(parts.run.resolve("model", "meshes"));
      List<String> cols = Arrays.asList(meshes.columns());
      s.append(ReportParts.keyValues(List.<String[]>of(new String[] {"meshes", HtmlText.count(meshes.count())})));
      if (!cols.containsAll(List.of("id", "vertices", "faces"))) {
        s.append(parts.problem("model/meshes", new IllegalArgumentException(
            "expected a mesh table with columns id, vertices, faces; found " + cols)));
      } else if (!parts.viewerFull()) {
        int want = parts.options.viewerMeshes() - parts.viewer.size();
        for (Row r : sampleMeshes(spark, meshes, want)) {
          try {
            TriangleMesh m = MeshColumns.toMesh(r.getStruct(1));
            parts.viewer.add(ViewerMesh.of(r.getString(0), "model " + r.getString(0), m.xyz(), m.faces(),
                parts.options.viewerFaces()));
          } catch (RuntimeException e) {
            s.append(parts.problem("3D viewer, model mesh " + r.getString(0), e));
          }
        }
      }
    } else {
      s.append("<p class=\"note\">No mesh table (model/meshes).</p>");
    }
    List<String> previews = parts.run.files(List.of(".png", ".jpg", ".jpeg"), "model", "previews");
    if (!previews.isEmpty()) {
      s.append("<h3>Mesh previews</h3><div class=\"thumbs\">");
      for (String p : previews.subList(0, Math.min(previews.size(), parts.options.previews()))) {
        String name = p.substring(p.lastIndexOf('/') + 1);
        try {
          String uri = Thumbnails.rendering(parts.run.read(p, parts.options.maxFileBytes()), p,
              parts.options.previewPixels());
          s.append("<figure><img alt=\"").append(HtmlText.escape(name)).append("\" src=\"").append(uri)
              .append("\"><figcaption>").append(HtmlText.escape(name)).append("</figcaption></figure>");
        } catch (Exception e) {
          s.append(parts.problem("preview " + p, e));
        }
      }
      s.append("</div>");
    }
    return s.toString();
  }

  /**
   * The first {@code want} meshes by id. Rows of arch meshes hold megabytes of arrays: the ids are chosen first, and
   * the few rows are then read with Parquet's row reader, because the vectorized reader allocates whole batches of
   * 4,096 rows of arrays (hundreds of MB) and would exhaust a small heap.
   */
  private static List<Row> sampleMeshes(SparkSession spark, Dataset<Row> meshes, int want) {
    Object[] ids = meshes.selectExpr("cast(id as string) as id").orderBy("id").limit(want).collectAsList().stream()
        .map(r -> r.getString(0)).toArray();
    String key = "spark.sql.parquet.enableVectorizedReader";
    String before = spark.conf().get(key, "true");
    spark.conf().set(key, "false");
    try {
      return meshes.filter(col("id").cast("string").isin(ids)).selectExpr("cast(id as string) as id",
          "named_struct('vertices', vertices, 'faces', faces) as mesh").orderBy("id").collectAsList();
    } finally {
      spark.conf().set(key, before);
    }
  }
}
