package org.radiomesh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.metrics.FScoreMode;
import org.radiomesh.metrics.MeshMetrics;
import org.radiomesh.metrics.MetricOptions;
import org.radiomesh.metrics.Normalization;
import org.radiomesh.metrics.PairMetrics;
import picocli.CommandLine;

class MetricsCommandTest {
  private static final TriangleMesh CUBE = cube(0, 1);
  private static final TriangleMesh BIGGER = cube(-0.05f, 1.1f);
  private static final Map<String, TriangleMesh> FILES = Map.of("pred.obj", BIGGER, "gt.obj", CUBE,
      "empty.ply", TriangleMesh.pointCloud(new float[0]));

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private static TriangleMesh cube(float lo, float size) {
    float h = lo + size;
    float[] v = {lo, lo, lo, h, lo, lo, h, h, lo, lo, h, lo, lo, lo, h, h, lo, h, h, h, h, lo, h, h};
    int[] f = {0, 2, 1, 0, 3, 2, 4, 5, 6, 4, 6, 7, 0, 1, 5, 0, 5, 4, 2, 3, 7, 2, 7, 6, 1, 2, 6, 1, 6, 5, 0, 4, 7, 0, 7,
        3};
    return TriangleMesh.of(v, f);
  }

  private int run(String... args) {
    CommandLine cli = new CommandLine(new MetricsCommand(path -> {
      TriangleMesh m = FILES.get(path.getFileName().toString());
      if (m == null) {
        throw new IOException(path + ": no such file");
      }
      return m;
    }));
    cli.setExecutionExceptionHandler(new ErrorHandler());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void jsonMatchesTheLibraryWithTheSameConventions() throws IOException {
    int code = run("pred.obj", "gt.obj", "--samples", "5000", "--seed", "4", "--thresholds", "0.02,0.1", "--json");
    assertThat(code).isEqualTo(ExitCodes.OK);
    JsonNode json = new ObjectMapper().readTree(out.toString());
    MetricOptions o = MetricOptions.builder().samples(5000).seed(4).thresholds(0.02, 0.1).threads(0).build();
    PairMetrics expected = MeshMetrics.compare(BIGGER, CUBE, o, "pred.obj|gt.obj");
    assertThat(json.at("/metrics/chamfer").asDouble()).isEqualTo(expected.chamfer());
    assertThat(json.at("/metrics/fscore@0.1").asDouble()).isEqualTo(expected.fscore()[1]);
    assertThat(json.at("/card/comparison").asText()).isEqualTo("<=");
    assertThat(json.at("/card/normalization").asText()).isEqualTo("unit-cube");
    assertThat(json.at("/card/predPoints").asInt()).isEqualTo(5000);
  }

  @Test
  void everyConventionOptionReachesTheCard() throws IOException {
    int code = run("pred.obj", "gt.obj", "--samples", "2000", "--normalize", "scale:10", "--mode", "meshrcnn",
        "--squared", "--reduction", "half", "--point-to-surface", "--pair-id", "case-9", "--threads", "1", "--json");
    assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
    JsonNode card = new ObjectMapper().readTree(out.toString()).get("card");
    assertThat(card.get("normalization").asText()).isEqualTo("scale:10.0");
    assertThat(card.get("fScoreMode").asText()).isEqualTo("meshrcnn");
    assertThat(card.get("comparison").asText()).isEqualTo("<");
    assertThat(card.get("squared").asBoolean()).isTrue();
    assertThat(card.get("reduction").asText()).isEqualTo("half");
    assertThat(card.get("distance").asText()).isEqualTo("point-to-surface");
    MetricOptions o = MetricOptions.builder().samples(2000).normalization(Normalization.FIXED_SCALE).fixedScale(10)
        .fScoreMode(FScoreMode.MESHRCNN).squared(true).reduction(org.radiomesh.metrics.ChamferReduction.HALF)
        .pointToSurface(true).build();
    double chamfer = new ObjectMapper().readTree(out.toString()).at("/metrics/chamfer").asDouble();
    assertThat(chamfer).isEqualTo(MeshMetrics.compare(BIGGER, CUBE, o, "case-9").chamfer());
  }

  @Test
  void textIsAlignedNameValueLines() {
    assertThat(run("pred.obj", "gt.obj", "--samples", "1000", "--no-squared")).isEqualTo(ExitCodes.OK);
    String text = out.toString();
    assertThat(text).containsPattern("(?m)^chamfer +\\d\\.\\d{5}")
        .containsPattern("(?m)^fscore@0\\.05 +")
        .containsPattern("(?m)^card\\.squared +false$")
        .containsPattern("(?m)^normalConsistency +0\\.9");
    int column = text.lines().findFirst().orElseThrow().indexOf("pred.obj|gt.obj");
    assertThat(text.lines()).allSatisfy(line -> assertThat(line.charAt(column - 1)).isEqualTo(' '));
  }

  @Test
  void badInputAndBadOptionsGetTheirExitCodes() {
    assertThat(run("pred.obj", "gt.obj", "--normalize", "unit-box")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--normalize");
    assertThat(run("pred.obj", "gt.obj", "--samples", "0")).isEqualTo(ExitCodes.USAGE);
    assertThat(run("empty.ply", "gt.obj")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("pred is empty");
    assertThat(run("missing.obj", "gt.obj")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("missing.obj");
  }

  @Test
  void registeredInTheRadiomeshCommandLine() {
    CommandLine cli = Radiomesh.commandLine();
    assertThat(cli.getSubcommands()).containsKey("metrics");
    StringWriter help = new StringWriter();
    cli.setOut(new PrintWriter(help));
    assertThat(cli.execute("metrics", "--help")).isEqualTo(ExitCodes.OK);
    assertThat(help.toString()).contains("--point-to-surface").contains("--thresholds");
    cli.setErr(new PrintWriter(err));
    assertThat(cli.execute("metrics", Path.of("a.obj").toString(), "b.obj")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("a.obj");
  }
}
