package org.radiomesh.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.jobs.LocalSpark;
import org.radiomesh.jobs.report.ReportFixtures;

/** {@code radiomesh pipeline}: configuration errors exit 2, a failed stage 1, an error rate above the limit 4. */
class PipelineCommandTest {
  @TempDir
  static Path work;
  static Path archive;
  static Path model;

  @BeforeAll
  static void fixtures() throws Exception {
    LocalSpark.session();
    archive = Files.createDirectories(work.resolve("archive"));
    BufferedImage png = new BufferedImage(64, 32, BufferedImage.TYPE_USHORT_GRAY);
    for (int x = 0; x < 64; x++) {
      png.getRaster().setSample(x, x / 2, 0, 3000);
    }
    ImageIO.write(png, "png", archive.resolve("a.png").toFile());
    Files.writeString(archive.resolve("notes.txt"), "not an image\n");
    model = ReportFixtures.model(work.resolve("model"));
  }

  private static Path config(String name, String... lines) throws Exception {
    return Files.write(work.resolve(name), String.join("\n", lines).getBytes());
  }

  @Test
  void anUnknownKeyIsAUsageErrorNamingItsLine() throws Exception {
    Path conf = config("bad.conf", "# comment", "ingest.deid = none", "report.batchsize = 4");
    CliTestRun r = CliTestRun.of("pipeline", "--config", conf.toString(), "--input", archive.toString(), "--out",
        work.resolve("never").toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("line 3").contains("unknown key 'report.batchsize'").contains("report.batch-size");
    assertThat(work.resolve("never")).doesNotExist();
  }

  @Test
  void aBadValueOrStageIsAUsageError() throws Exception {
    Path conf = config("value.conf", "report.sr = maybe");
    CliTestRun r = CliTestRun.of("pipeline", "--config", conf.toString(), "--out", work.resolve("never").toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("line 1").contains("report.sr").contains("true or false");
    CliTestRun s = CliTestRun.of("pipeline", "--stages", "report,nosuch", "--out", work.resolve("never").toString());
    assertThat(s.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(s.err()).contains("no stage 'nosuch'");
  }

  @Test
  void aStageWithoutItsInputFailsNamingTheStage() throws Exception {
    Path out = work.resolve("no-ingest");
    CliTestRun r = CliTestRun.of("pipeline", "--stages", "report", "--out", out.toString(), "--model",
        model.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(r.out()).contains("pipeline: failed: stage report failed").contains("run the ingest stage first");
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("status").asText()).isEqualTo("failed");
    assertThat(summary.get("exit_code").asInt()).isEqualTo(ExitCodes.FAILURE);
    assertThat(summary.get("failed_stage").asText()).isEqualTo("report");
  }

  @Test
  void anErrorRateAboveTheLimitExitsFourAndAFlagOverridesTheFile() throws Exception {
    Path out = work.resolve("rate");
    Path conf = config("rate.conf", "ingest.deid = none", "max-error-rate = 0.2", "stages = ingest, report",
        "input = " + archive, "report.device = cpu");
    CliTestRun r = CliTestRun.of("pipeline", "--config", conf.toString(), "--out", out.toString(), "--model",
        model.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.ERROR_RATE);
    assertThat(r.out()).contains("stage").contains("error rate").contains("ingest").contains("0.500")
        .contains("pipeline: error-rate: error rate above 0.2 in ingest");
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("status").asText()).isEqualTo("error-rate");
    assertThat(summary.get("over_error_rate").get(0).asText()).isEqualTo("ingest");
    assertThat(summary.get("stages").get(0).get("errors_by_reason").get("NOT_DICOM").asInt()).isEqualTo(1);

    CliTestRun again = CliTestRun.of("pipeline", "--config", conf.toString(), "--out", out.toString(), "--model",
        model.toString(), "--max-error-rate", "0.5");
    assertThat(again.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(again.out()).contains("unchanged").contains("pipeline: ok");
  }
}
