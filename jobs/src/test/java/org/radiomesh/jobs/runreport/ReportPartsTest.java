package org.radiomesh.jobs.runreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.radiomesh.mesh.TriangleMesh;

/** The pure parts of the run report: mesh simplification, charts, escaping, stage facts from summary.json. */
class ReportPartsTest {

  @Test
  void aMeshUnderTheBudgetIsKeptAndALargerOneIsSimplifiedWithinItsBoundsAndBudget() {
    TriangleMesh torus = RunFixtures.torus(0.5f, 3f, 1f);
    ViewerMesh same = ViewerMesh.of("t", "t", torus.xyz(), torus.faces(), 1_000_000);
    assertThat(same.faces()).isSameAs(torus.faces());
    for (int budget : new int[] {100, 400, 1500}) {
      ViewerMesh small = ViewerMesh.of("t", "t", torus.xyz(), torus.faces(), budget);
      int faces = small.faces().length / 3;
      int vertices = small.xyz().length / 3;
      assertThat(faces).isPositive().isLessThanOrEqualTo(budget);
      assertThat(small.sourceFaces()).isEqualTo(torus.faces().length / 3);
      Set<String> seen = new HashSet<>();
      for (int t = 0; t < small.faces().length; t += 3) {
        int a = small.faces()[t];
        int b = small.faces()[t + 1];
        int c = small.faces()[t + 2];
        assertThat(Math.min(a, Math.min(b, c))).isNotNegative();
        assertThat(Math.max(a, Math.max(b, c))).isLessThan(vertices);
        assertThat(a != b && b != c && a != c).isTrue();
        assertThat(seen.add(a + "," + b + "," + c)).isTrue();
      }
      // Cluster means lie inside the torus's bounding box: |x - 0.5| <= 4, |y| <= 4, |z| <= 1.
      for (int i = 0; i < vertices; i++) {
        assertThat(Math.abs(small.xyz()[3 * i] - 0.5)).isLessThanOrEqualTo(4.0001f);
        assertThat(Math.abs(small.xyz()[3 * i + 1])).isLessThanOrEqualTo(4.0001f);
        assertThat(Math.abs(small.xyz()[3 * i + 2])).isLessThanOrEqualTo(1.0001f);
      }
    }
    assertThatThrownBy(() -> ViewerMesh.of("bad", "bad", new float[9], new int[] {0, 1, 3}, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vertex index 3 outside 0..2");
  }

  @Test
  void aHistogramDrawsOneBarPerBinScaledToTheLargestCount() {
    Random random = new Random(11);
    long[] counts = new long[7];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = random.nextInt(50);
    }
    counts[3] = 80;
    String svg = SvgCharts.histogram("x <a&b>", EvaluateSection.edges(0, 7, 7), counts);
    assertThat(RunReportTest.countOf(svg, "<rect class=\"bar\"")).isEqualTo(7);
    assertThat(svg).contains("x &lt;a&amp;b&gt;").contains("height=\"172.0\"><title>[3, 4): 80</title>");
    assertThatThrownBy(() -> SvgCharts.histogram("x", new double[] {0, 1}, new long[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(SvgCharts.line("t", "F", new double[] {0.01, 0.05}, new double[] {0.2, 0.9}, true))
        .contains("<title>0.05: 0.9</title>");
    assertThat(SvgCharts.bars(Map.of("READ_FAILED", 2L))).contains(">READ_FAILED<").contains(">2<");
  }

  @Test
  void scriptTextCannotEndItsScriptElement() {
    String js = "var a = '</script><!-- <SCRIPT>'; var re = /<\\/b>/;";
    String safe = HtmlText.scriptSource(js);
    assertThat(safe).doesNotContain("</").doesNotContain("<!--").doesNotContainIgnoringCase("<script");
    assertThat(safe).isEqualTo("var a = '<\\/script><\\u0021-- <\\u0053CRIPT>'; var re = /<\\/b>/;");
    assertThat(HtmlText.jsonInScript("{\"a\":\"</script>&\"}")).isEqualTo("{\"a\":\"\\u003c/script\\u003e\\u0026\"}");
    assertThat(HtmlText.escape("<a href=\"x\">'&'</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  }

  @Test
  void stageFactsReadEachJobsKeysAndLeaveMissingFiguresUnknown() throws Exception {
    ObjectMapper json = new ObjectMapper();
    StageFacts ingest = StageFacts.of("ingest", json.readTree("{\"listed\": 10, \"already_done\": 2, \"cataloged\": 7,"
        + " \"quarantined\": 1, \"quarantine_by_reason\": {\"NOT_DICOM\": 1}, \"seconds_cataloging\": 2.0,"
        + " \"files_per_second\": 4.0}"), null);
    assertThat(ingest).isEqualTo(new StageFacts("ingest", "ok", 10L, 7L, 1L, 2L, 2.0, 4.0, Map.of("NOT_DICOM", 1L)));
    StageFacts evaluate = StageFacts.of("evaluate", json.readTree("{\"pairs\": 8, \"scored\": 6, \"errors\": 2,"
        + " \"errors_by_reason\": {\"READ_FAILED\": 2}, \"seconds\": {\"read\": 1.0, \"score\": 3.0}}"), "ok");
    assertThat(evaluate.seconds()).isEqualTo(4.0);
    assertThat(evaluate.perSecond()).isEqualTo(2.0);
    StageFacts bare = StageFacts.of("model", json.readTree("{\"job\": \"model\"}"), null);
    assertThat(bare.in()).isNull();
    assertThat(bare.out()).isNull();
    assertThat(bare.perSecond()).isNull();
    assertThat(StageFacts.of("model", null, null).status()).isEqualTo("no summary.json");
  }
}
