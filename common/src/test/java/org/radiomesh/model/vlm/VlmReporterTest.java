package org.radiomesh.model.vlm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.Device;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.radiomesh.model.ImageReporter;
import org.radiomesh.model.LoadedModel;
import org.radiomesh.model.ModelDirectory;
import org.radiomesh.model.ModelFixtures;
import org.radiomesh.model.ModelFormatException;
import org.radiomesh.model.ModelRunException;
import org.radiomesh.report.ReportFinding;
import org.radiomesh.report.SourceImage;
import org.radiomesh.report.StructuredReport;

/** Reports from the fixture VLM: generated text kept, findings read from it, text rendered from them, errors typed. */
class VlmReporterTest {
  private static final GenerationOptions TWELVE = GenerationOptions.builder().maxNewTokens(12).build();

  private static SourceImage source(int i) {
    return new SourceImage("image-" + i, "2.25." + (10 + i), "PX", null, null, null, null);
  }

  @Test
  void findingsAreTheExtractorsWithToothOrTheUnlocatedRegion() {
    List<ReportFinding> findings = VlmReporter.findings("Deep caries on 36 and the lower left second molar. "
        + "No periapical lesion. 16 is missing; generalised bone loss.");
    assertThat(findings).containsExactlyInAnyOrder(ReportFinding.predicted(36, "caries", 1.0),
        ReportFinding.predicted(37, "caries", 1.0), ReportFinding.predicted(16, "missing", 1.0),
        new ReportFinding(null, VlmReporter.UNLOCATED_REGION, "bone_loss", null, null, 1.0, null));
    StructuredReport r = StructuredReport.of("x", null, "PX", null, null, null, findings);
    assertThat(r.teethPresent()).isEqualTo(31);
    assertThat(r.text()).contains("\n36: caries.\n").contains("\nUnspecified tooth: bone loss.\n");
    assertThat(VlmReporter.findings("Nothing to see here.")).isEmpty();
  }

  @Test
  void reportsKeepTheGeneratorsTextAndRenderTheirFindings() throws Exception {
    VisionLanguageModel vlm = ModelFixtures.vlm();
    List<SourceImage> images = new ArrayList<>();
    List<float[]> inputs = new ArrayList<>();
    List<VlmRequest> requests = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      images.add(source(i));
      inputs.add(ModelFixtures.image(i));
      requests.add(new VlmRequest("image-" + i, ModelFixtures.image(i), VlmReporter.DEFAULT_PROMPT));
    }
    List<StructuredReport> reports;
    List<VlmResult> direct;
    try (ImageReporter reporter = ImageReporter.open(vlm, TWELVE, VlmReporter.DEFAULT_PROMPT);
        VlmGenerator generator = vlm.newGenerator()) {
      reports = reporter.report(images, inputs);
      direct = generator.generate(requests, TWELVE);
      assertThat(reporter.model()).isEqualTo(vlm.identity());
    }
    assertThat(reports).hasSize(3);
    for (int i = 0; i < 3; i++) {
      StructuredReport r = reports.get(i);
      String text = direct.get(i).text();
      assertThat(r.generatedText()).isEqualTo(text);
      SourceImage s = images.get(i);
      assertThat(r).isEqualTo(StructuredReport.of(s.imageId(), s.studyId(), "PX", null, null, vlm.identity(),
          VlmReporter.findings(text)).withGeneratedText(text));
    }
  }

  @Test
  void encodingFollowsTheManifestInput() throws Exception {
    BufferedImage png = new BufferedImage(64, 32, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < 32; y++) {
      for (int x = 0; x < 64; x++) {
        png.getRaster().setSample(x, y, 0, (x / 2 * 7 + y * 3) % 256);
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageIO.write(png, "png", bytes);
    try (ImageReporter reporter = ImageReporter.open(ModelFixtures.vlm(), TWELVE, VlmReporter.DEFAULT_PROMPT)) {
      float[] input = reporter.encode(bytes.toByteArray(), "two-by-one.png");
      assertThat(input).hasSize(32 * 32);
      // 64 x 32 stretched to 32 x 32 by area averaging: each output pixel is two equal input pixels, unit range
      for (int y = 0; y < 32; y++) {
        for (int x = 0; x < 32; x++) {
          assertThat(input[y * 32 + x]).isCloseTo(((x * 7 + y * 3) % 256) / 255f,
              within(1e-5f));
        }
      }
    }
  }

  @Test
  void aFailedBatchIsAModelRunExceptionAndOtherKindsAreRefused() throws Exception {
    String tooLong = "caries ".repeat(200);
    try (ImageReporter reporter = ImageReporter.open(ModelFixtures.vlm(), TWELVE, tooLong)) {
      assertThatThrownBy(() -> reporter.report(List.of(source(0)), List.of(ModelFixtures.image(0))))
          .isInstanceOf(ModelRunException.class).hasMessageContaining("image-0").hasMessageContaining("positions");
    }
    try (LoadedModel classifier = LoadedModel.load(ModelDirectory.open(ModelFixtures.classifierDir()), Device.cpu(),
        Map.of())) {
      assertThatThrownBy(() -> ImageReporter.open(classifier, TWELVE, VlmReporter.DEFAULT_PROMPT))
          .isInstanceOf(ModelFormatException.class).hasMessageContaining("TorchScriptModel");
    }
  }
}
