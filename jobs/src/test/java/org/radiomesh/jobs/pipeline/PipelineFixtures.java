package org.radiomesh.jobs.pipeline;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.radiomesh.dicom.CorpusExpectation;
import org.radiomesh.dicom.DeidOptions;
import org.radiomesh.dicom.DicomTestCorpus;
import org.radiomesh.jobs.evaluate.TestMeshesAccess;
import org.radiomesh.mesh.io.MeshFiles;

/**
 * Fixtures of the pipeline tests, all generated: the DICOM test corpus (three made-up patients with known names, IDs,
 * birth dates and accession numbers; CT, MR, CR, DX, XA images; empty, non-image, truncated and malformed files) plus
 * a PNG cut off after its header, a pairs manifest for the evaluate stage (a good pair, a NaN mesh, a malformed mesh,
 * a missing file), and the sorted rows of every output table for comparisons.
 */
final class PipelineFixtures {
  static final byte[] KEY = "pipeline-test-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
  /** Output tables compared between runs: folder under OUT, and columns that differ between equal runs. */
  static final Map<String, List<String>> TABLES = new LinkedHashMap<>();

  static {
    TABLES.put("ingest/catalog", List.of("run_id"));
    TABLES.put("ingest/quarantine", List.of("run_id"));
    TABLES.put("report/reports", List.of());
    TABLES.put("report/errors", List.of());
    TABLES.put("evaluate/metrics", List.of("seconds"));
    TABLES.put("evaluate/errors", List.of());
  }

  private PipelineFixtures() {}

  /**
   * Writes the archive into {@code dir}: the corpus without its oversized-header file (its limit is the test
   * corpus's, not the pipeline's default) and {@code cut.png}, a 16-bit PNG cut off after 120 bytes.
   */
  static List<CorpusExpectation> archive(Path dir) throws Exception {
    Files.createDirectories(dir);
    List<CorpusExpectation> corpus = new ArrayList<>(DicomTestCorpus.write(dir, 42));
    Files.delete(dir.resolve("huge_header.dcm"));
    corpus.removeIf(e -> e.file().equals("huge_header.dcm"));
    BufferedImage png = new BufferedImage(64, 32, BufferedImage.TYPE_USHORT_GRAY);
    for (int y = 0; y < 32; y++) {
      for (int x = 0; x < 64; x++) {
        png.getRaster().setSample(x, y, 0, (x * 997 + y * 131) % 4096);
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageIO.write(png, "png", bytes);
    Files.write(dir.resolve("cut.png"), Arrays.copyOf(bytes.toByteArray(), 120));
    return corpus;
  }

  /** Options over {@code archive} into {@code out}, three partitions per stage so that partitions 0 and 2 exist. */
  static PipelineOptions.Builder options(Path archive, String out, Path model, String... stages) {
    return PipelineOptions.builder().input(archive.toUri().toString()).out(out).stages(List.of(stages))
        .deid(DeidOptions.basic(KEY, false)).set("report.model", model.toString()).set("report.device", "cpu")
        .set("report.batch-size", "2").set("ingest.partitions", "3").set("report.partitions", "3")
        .set("evaluate.partitions", "3");
  }

  /**
   * Writes {@code OUT/model/pairs.csv} as the model stage would, with meshes in {@code OUT/model/meshes}: ids
   * {@code good} (a box against a shifted box), {@code nan} (a vertex with a NaN coordinate), {@code broken} (a face
   * naming vertex 7 of 3) and {@code gone} (a file that does not exist).
   */
  static void pairs(SparkSession spark, Path out) throws Exception {
    Path meshes = Files.createDirectories(out.resolve("model/meshes"));
    MeshFiles.write(TestMeshesAccess.box(0, 0, 0, 1, 1, 1), meshes.resolve("gt.obj"));
    MeshFiles.write(TestMeshesAccess.box(0.05f, 0, 0, 1, 1, 1), meshes.resolve("pred.ply"));
    Files.writeString(meshes.resolve("nan.obj"), "v 0 0 0\nv nan 0 0\nv 0 1 0\nf 1 2 3\n");
    Files.writeString(meshes.resolve("broken.obj"), "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 7\n");
    Files.writeString(out.resolve("model/pairs.csv"), String.join("\n", "id,pred,gt,tooth",
        "good,meshes/pred.ply,meshes/gt.obj,11", "nan,meshes/nan.obj,meshes/gt.obj,21",
        "broken,meshes/broken.obj,meshes/gt.obj,36", "gone,meshes/nowhere.obj,meshes/gt.obj,46", ""));
  }

  /**
   * The rows of every table of {@link #TABLES} under {@code out} as sorted JSON lines (absent table: empty), with the
   * output folder in paths replaced by {@code OUT/} and timing columns dropped, so that runs into different folders
   * compare equal.
   */
  static Map<String, List<String>> tables(SparkSession spark, Path out) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    TABLES.forEach((table, drop) -> {
      Path dir = out.resolve(table);
      if (!Files.isDirectory(dir)) {
        m.put(table, List.of());
        return;
      }
      Dataset<Row> t = spark.read().parquet(dir.toUri().toString()).drop(drop.toArray(String[]::new));
      String[] cols = t.columns();
      Arrays.sort(cols);
      List<String> rows = new ArrayList<>(t.selectExpr(Arrays.stream(cols).map(c -> "`" + c + "`")
          .toArray(String[]::new)).toJSON().collectAsList());
      String prefix = out.toUri().toString();
      rows.replaceAll(r -> r.replace(prefix, "OUT/").replace(prefix.replaceFirst("^file:///", "file:/"), "OUT/"));
      rows.sort(null);
      m.put(table, rows);
    });
    return m;
  }
}
