package org.radiomesh.jobs.runreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.jobs.LocalSpark;

class RunReportTest {
  private final SparkSession spark = LocalSpark.session();

  @TempDir
  Path tmp;

  private static String cell(String html, String stage, String key) {
    Matcher m = Pattern.compile("<tr data-stage=\"" + stage + "\">.*?data-key=\"" + key + "\">([^<]*)<")
        .matcher(html);
    assertThat(m.find()).as("cell %s/%s", stage, key).isTrue();
    return m.group(1);
  }

  @Test
  void aFullRunShowsEveryStageItsNumbersPlotsPreviewsAndTheViewer() throws Exception {
    Path run = RunFixtures.full();
    RunReport.Result r = RunReport.write(spark, run.toString());
    String html = Files.readString(run.resolve("report.html"));

    assertThat(r.problems()).isEmpty();
    assertThat(r.stages()).extracting(StageFacts::stage).containsExactly("ingest", "report", "model", "evaluate");
    assertThat(r.stages()).extracting(StageFacts::status).containsExactly("not run", "ok", "ok", "ok");
    assertThat(r.bytes()).isEqualTo(Files.size(run.resolve("report.html")));
    assertThat(cell(html, "evaluate", "in")).isEqualTo("4");
    assertThat(cell(html, "evaluate", "out")).isEqualTo("3");
    assertThat(cell(html, "evaluate", "errors")).isEqualTo("1");
    assertThat(cell(html, "report", "in")).isEqualTo("3");
    assertThat(cell(html, "report", "per_second")).isEqualTo("12.5");
    assertThat(cell(html, "report", "seconds")).isEqualTo("1");
    assertThat(cell(html, "model", "out")).isEqualTo("2");
    assertThat(cell(html, "ingest", "in")).isEqualTo("\u2013");
    assertThat(html).contains("Errors by reason: evaluate").contains(">READ_FAILED<").contains(">DECODE_FAILED<");

    Row means = spark.read().parquet(run.resolve("evaluate/metrics").toString())
        .selectExpr("avg(chamfer)", "avg(element_at(f_score, 1))", "avg(element_at(f_score, 3))").first();
    assertThat(html).contains("data-key=\"mean Chamfer\">" + String.format(Locale.ROOT, "%.4f", means.getDouble(0)))
        .contains("data-key=\"mean F-score@0.05\">" + String.format(Locale.ROOT, "%.4f", means.getDouble(1)))
        .contains("data-key=\"mean F-score@0.2\">" + String.format(Locale.ROOT, "%.4f", means.getDouble(2)));
    // Chamfer histogram and one F-score histogram per threshold (20 bars each), the F/threshold curve (3 marks).
    assertThat(countOf(html, "<rect class=\"bar\"")).isEqualTo(20 * (1 + RunFixtures.THRESHOLDS.length));
    assertThat(countOf(html, "<circle class=\"mark\"")).isEqualTo(RunFixtures.THRESHOLDS.length);

    // Two radiographs (PNG and DICOM) and one mesh rendering, embedded; the report texts as written.
    assertThat(countOf(html, "src=\"data:image/png;base64,")).isEqualTo(3);
    assertThat(html).contains("FINDINGS: caries on 16.").contains(">caries<");
    // Viewer: the two model meshes first, then the first evaluate prediction; three.js and its licence inline.
    assertThat(r.viewerMeshes()).isEqualTo(3);
    assertThat(html).contains("<script id=\"three-js\" type=\"text/plain\">").contains("Permission is hereby granted")
        .contains("model case-1").contains("evaluate pair1: prediction");
    assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//");
    assertThat(html.indexOf("</script>", html.indexOf("id=\"three-js\"")))
        .isGreaterThan(html.indexOf("WebGLRenderer", html.indexOf("id=\"three-js\"")));
  }

  @Test
  void anyStageSubsetWorksAndUnreadablePartsBecomeVisibleProblems() throws Exception {
    Path run = tmp.resolve("partial");
    Files.createDirectories(run.resolve("report"));
    Files.writeString(run.resolve("report/summary.json"), "{\"inputs\": 3,");
    Files.createDirectories(run.resolve("model"));
    Files.writeString(run.resolve("model/summary.json"), "{\"job\": \"model\", \"inputs\": 5}");
    Files.createDirectories(run.resolve("evaluate/metrics"));
    Files.writeString(run.resolve("evaluate/metrics/part-00000.parquet"), "not parquet");

    RunReport.Result r = RunReport.write(spark, run.toString());
    String html = Files.readString(run.resolve("report.html"));

    assertThat(r.stages()).extracting(StageFacts::status)
        .containsExactly("not run", "unreadable summary.json", "ok", "no summary.json");
    assertThat(r.problems()).hasSize(2);
    assertThat(r.problems().get(0)).contains("report/summary.json").contains("not valid JSON at line 1");
    assertThat(r.problems().get(1)).startsWith("stage evaluate:");
    assertThat(html).contains("No pipeline summary.json").contains("No mesh table (model/meshes)")
        .contains("class=\"problem\">report/summary.json");
    assertThat(cell(html, "model", "in")).isEqualTo("5");
    assertThat(cell(html, "model", "out")).isEqualTo("\u2013");
    assertThat(r.viewerMeshes()).isZero();
    assertThat(html).doesNotContain("id=\"three-js\"");
  }

  @Test
  void aPipelineSummaryCanMarkAStageFailed() throws Exception {
    Path run = tmp.resolve("failed");
    Files.createDirectories(run.resolve("model"));
    Files.writeString(run.resolve("summary.json"), "{\"job\": \"pipeline\", \"stages\": [{\"name\": \"model\", "
        + "\"status\": \"failed\", \"error\": \"CUDA out of memory\"}, {\"name\": \"evaluate\", \"status\": "
        + "\"skipped\"}]}");
    RunReport.Result r = RunReport.write(spark, run.toString());
    assertThat(r.stages()).extracting(StageFacts::status)
        .containsExactly("not run", "not run", "failed: CUDA out of memory", "skipped");
    assertThat(Files.readString(run.resolve("report.html"))).contains("<th>job</th><td>pipeline</td>")
        .contains("status-bad\">failed: CUDA out of memory");
  }

  @Test
  void aFolderThatIsNotThereIsABadInput() {
    assertThatThrownBy(() -> RunReport.write(spark, tmp.resolve("nothing").toString()))
        .isInstanceOf(IOException.class).hasMessageContaining("nothing: no such run folder");
  }

  static int countOf(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
