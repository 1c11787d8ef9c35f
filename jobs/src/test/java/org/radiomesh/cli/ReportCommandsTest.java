package org.radiomesh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.jobs.LocalSpark;
import org.radiomesh.jobs.model.VlmFixture;
import org.radiomesh.jobs.report.ReportFixtures;
import org.radiomesh.model.ModelDirectory;
import org.radiomesh.model.vlm.VlmReporter;
import org.radiomesh.report.ReportFinding;
import org.radiomesh.report.ReportJson;
import org.radiomesh.report.StructuredReport;
import org.radiomesh.report.eval.GroundTruthFindings;
import org.radiomesh.synth.CaseFindings;
import org.radiomesh.synth.CaseGenerator;
import org.radiomesh.synth.GroundTruthReport;
import org.radiomesh.synth.StableJson;

/** train, report-one, report and report-eval through the CLI on generated fixtures. */
class ReportCommandsTest {
  @TempDir
  static Path work;
  static Path model;
  static Path images;

  @BeforeAll
  static void fixtures() throws Exception {
    LocalSpark.session();
    model = ReportFixtures.model(work.resolve("model"));
    images = work.resolve("images");
    ReportFixtures.images(images);
  }

  @Test
  void reportOnePrintsTextOrJson() throws Exception {
    CliTestRun text = CliTestRun.of("report-one", images.resolve("b.dcm").toString(), "--model", model.toString());
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).startsWith("REPORT " + ReportFixtures.SOP_B + "\nModel: toy-findings:0.1@sha256:")
        .contains("\nFINDINGS:\n").contains("\nIMPRESSION:\nDentition: ");
    CliTestRun json = CliTestRun.of("report-one", images.resolve("a.png").toString(), "--model", model.toString(),
        "--json");
    assertThat(json.exitCode()).as(json.err()).isZero();
    StructuredReport r = ReportJson.parse(json.out(), "stdout");
    assertThat(r.imageId()).isEqualTo("a.png");
    assertThat(r.modality()).isEqualTo("XR-IMAGE");
    assertThat(r.model()).isEqualTo(ModelDirectory.open(model).identity());
    CliTestRun bad = CliTestRun.of("report-one", images.resolve("bad.dcm").toString(), "--model", model.toString());
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(bad.err()).contains("bad.dcm");
  }

  @Test
  void reportOneAndReportRunTheVlmFixtureWithGenerationFlags() throws Exception {
    String vlm = VlmFixture.dir().toString();
    String b = images.resolve("b.dcm").toString();
    CliTestRun text = CliTestRun.of("report-one", b, "--model", vlm, "--max-new-tokens", "8");
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).startsWith("REPORT " + ReportFixtures.SOP_B + "\nModel: vlm-tiny:1@sha256:")
        .contains("\nFINDINGS:\n").contains("\nIMPRESSION:\n").contains("\nGENERATED TEXT:\n");
    String[] sampled = {"report-one", b, "--model", vlm, "--json", "--max-new-tokens", "10", "--temperature", "0.9",
        "--top-p", "0.95", "--seed", "11"};
    CliTestRun one = CliTestRun.of(sampled);
    CliTestRun two = CliTestRun.of(sampled);
    assertThat(one.exitCode()).as(one.err()).isZero();
    StructuredReport r = ReportJson.parse(one.out(), "stdout");
    assertThat(r.model()).isEqualTo(ModelDirectory.open(VlmFixture.dir()).identity());
    assertThat(r.generatedText()).isNotNull();
    assertThat(r.findings()).isEqualTo(VlmReporter.findings(r.generatedText()));
    assertThat(two.out()).isEqualTo(one.out());
    CliTestRun greedy = CliTestRun.of("report-one", b, "--model", vlm, "--json", "--max-new-tokens", "10");
    assertThat(ReportJson.parse(greedy.out(), "stdout").generatedText()).isNotEqualTo(r.generatedText());
    CliTestRun badTopP = CliTestRun.of("report-one", b, "--model", vlm, "--top-p", "0");
    assertThat(badTopP.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(badTopP.err()).contains("topP 0.0");

    Path out = work.resolve("vlm-reports");
    CliTestRun report = CliTestRun.of("report", "--images", images.toString(), "--pattern", "*.png", "--out",
        out.toString(), "--model", vlm, "--max-new-tokens", "6", "--temperature", "0.5", "--seed", "3");
    assertThat(report.exitCode()).as(report.err()).isZero();
    assertThat(report.out()).contains("1 images, 1 reported").contains("vlm-tiny:1@sha256:");
    JsonNode summary = new ObjectMapper().readTree(Files.readString(out.resolve("summary.json")));
    assertThat(summary.get("model").get("kind").asText()).isEqualTo("vlm");
    assertThat(summary.get("model").get("generation").get("seed").asLong()).isEqualTo(3);
    assertThat(summary.get("model").get("generation").get("max_new_tokens").asInt()).isEqualTo(6);
  }

  @Test
  void trainThenReportThenScoreSyntheticCases() throws Exception {
    Path truth = work.resolve("synth");
    int truthPairs = 0;
    for (int i = 0; i < 6; i++) {
      truthPairs += writeCase(truth, i);
    }
    Path trained = work.resolve("trained");
    CliTestRun train = CliTestRun.of("train", "--cases", truth.toString(), "--out", trained.toString(), "--epochs",
        "2", "--batch-size", "2", "--val-fraction", "0.34", "--input-size", "64x32", "--threads", "1", "--device",
        "cpu");
    assertThat(train.exitCode()).as(train.err()).isZero();
    assertThat(train.out()).contains("train: 6 cases").contains("epoch 2:");
    assertThat(ModelDirectory.open(trained).manifest().input().width()).isEqualTo(64);
    JsonNode log = new ObjectMapper().readTree(Files.readString(trained.resolve("training.json")));
    assertThat(log.get("train_cases").asInt() + log.get("val_cases").asInt()).isEqualTo(6);
    assertThat(Files.exists(trained.resolve(".checkpoints"))).isFalse();

    Path out = work.resolve("reports");
    CliTestRun report = CliTestRun.of("report", "--images", truth.resolve("cases").toString(), "--pattern",
        "panoramic.png", "--out", out.toString(), "--model", trained.toString(), "--batch-size", "4");
    assertThat(report.exitCode()).as(report.err()).isZero();
    assertThat(report.out()).contains("6 images, 6 reported");

    Path figures = work.resolve("figures.json");
    CliTestRun eval = CliTestRun.of("report-eval", "--reports", out.toString(), "--truth", truth.toString(),
        "--out", figures.toString());
    assertThat(eval.exitCode()).as(eval.err()).isZero();
    assertThat(eval.out()).contains("6 reports, 6 cases, 6 matched").contains("BLEU-4").contains("ROUGE-L");
    JsonNode f = new ObjectMapper().readTree(Files.readString(figures));
    assertThat(f.get("images").asInt()).isEqualTo(6);
    assertThat(f.get("micro").get("support").asInt()).isEqualTo(truthPairs);
    assertThat(f.get("text").get("rouge_l").asDouble()).isBetween(0.0, 1.0);
  }

  /** A synth-like case folder for case i of seed 77 with a flat 16-bit PNG; returns its (tooth, code) pairs. */
  private static int writeCase(Path root, int i) throws Exception {
    String id = String.format("case-%06d", i);
    Path dir = root.resolve("cases").resolve(id);
    Files.createDirectories(dir.resolve("panoramic"));
    CaseFindings findings = new CaseFindings(id, CaseGenerator.dentition(77 + i));
    byte[] json = StableJson.bytes(findings.toJson());
    Files.write(dir.resolve("findings.json"), json);
    Files.writeString(dir.resolve("report.txt"), GroundTruthReport.of(findings), StandardCharsets.UTF_8);
    BufferedImage png = new BufferedImage(80, 40, BufferedImage.TYPE_USHORT_GRAY);
    for (int y = 0; y < 40; y++) {
      for (int x = 0; x < 80; x++) {
        png.getRaster().setSample(x, y, 0, (x * 37 + y * 11 + i * 101) % 4096);
      }
    }
    ImageIO.write(png, "png", dir.resolve("panoramic/panoramic.png").toFile());
    Files.writeString(dir.resolve("case.json"), "{}");
    Set<String> pairs = new HashSet<>();
    for (ReportFinding f : GroundTruthFindings.parse(json, id).findings()) {
      pairs.add(f.tooth() + "/" + f.code());
    }
    return pairs.size();
  }
}
