package org.radiomesh.model.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.model.LoadedModel;
import org.radiomesh.model.ModelDirectory;
import org.radiomesh.model.ModelFormatException;
import org.radiomesh.model.findings.training.Augmentation;
import org.radiomesh.model.findings.training.FindingsModelWriter;
import org.radiomesh.model.findings.training.FindingsTrainer;
import org.radiomesh.model.findings.training.TrainingCase;
import org.radiomesh.model.findings.training.TrainingOptions;
import org.radiomesh.report.ReportFinding;
import org.radiomesh.report.SourceImage;
import org.radiomesh.report.StructuredReport;

/**
 * Trains the network on a seeded toy task (a bright left or right half of the image means crowns on that side's
 * teeth), writes the model directory, loads it back and checks that the loaded model has learnt the task.
 */
class FindingsModelTest {
  private static final int H = 32;
  private static final int W = 64;

  @TempDir
  static Path work;
  static Path modelDir;
  static FindingsTrainer.TrainingResult result;

  @BeforeAll
  static void train() throws Exception {
    List<TrainingCase> cases = new ArrayList<>();
    Random random = new Random(21);
    for (int i = 0; i < 48; i++) {
      cases.add(toyCase("t" + i, i % 2 == 0, random));
    }
    TrainingOptions o = TrainingOptions.builder().optEpochs(25).optBatchSize(8).optInputSize(W, H).optPatience(25)
        .optLearningRate(0.01).optValFraction(0.25).optSeed(3).optAugmentation(Augmentation.none())
        .optDevice("cpu").build();
    List<String> log = new ArrayList<>();
    result = FindingsTrainer.train(cases, o, work.resolve("checkpoints"), log::add);
    assertThat(log).isNotEmpty();
    modelDir = work.resolve("model");
    FindingsModelWriter.write(modelDir, "toy-findings", "0.1", result.checkpoint(), result.thresholds(), W, H);
  }

  /** Crowns on every tooth of the image's bright side (left: quadrants 1 and 4, the patient's right). */
  static TrainingCase toyCase(String id, boolean left, Random random) {
    float[] x = new float[H * W];
    for (int i = 0; i < x.length; i++) {
      boolean bright = (i % W < W / 2) == left;
      x[i] = (bright ? 1f : -1f) + 0.3f * (float) random.nextGaussian();
    }
    float[] y = new float[FindingsLabels.OUTPUTS];
    for (int fdi : FindingsLabels.TEETH) {
      int q = fdi / 10;
      if ((q == 1 || q == 4) == left) {
        y[FindingsLabels.index(fdi, "crown")] = 1;
      }
    }
    return new TrainingCase(id, x, y);
  }

  @Test
  void trainingImprovesAndKeepsTheBestEpoch() {
    assertThat(result.history()).isNotEmpty();
    assertThat(result.bestValLoss()).isLessThan(result.history().get(0).valLoss());
    assertThat(result.trainCases()).isEqualTo(36);
    assertThat(result.valCases()).isEqualTo(12);
  }

  @Test
  void loadedModelReportsTheLearntFindings() throws Exception {
    ModelDirectory dir = ModelDirectory.open(modelDir);
    assertThat(dir.manifest().architecture()).isEqualTo(FindingsNetwork.ARCHITECTURE);
    assertThat(dir.manifest().modelCard()).contains("synthetic data only").contains("not for clinical use");
    try (LoadedModel loaded = LoadedModel.load(dir, Device.cpu(), Map.of())) {
      assertThat(loaded).isInstanceOf(FindingsModel.class);
      FindingsModel model = (FindingsModel) loaded;
      Random random = new Random(99);
      List<SourceImage> images = new ArrayList<>();
      List<float[]> inputs = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        images.add(new SourceImage("img" + i, null, "XR-IMAGE", null, null, null, null));
        inputs.add(toyCase("x", i % 2 == 0, random).input());
      }
      List<StructuredReport> reports;
      float[][] again;
      try (FindingsPredictor p = model.newPredictor()) {
        reports = new FindingsReporter(model).report(images, inputs, p);
        again = p.probabilities(inputs.get(0), 1);
      }
      for (int i = 0; i < 6; i++) {
        List<Integer> crowns = reports.get(i).findings().stream().filter(f -> f.code().equals("crown"))
            .map(ReportFinding::tooth).toList();
        boolean left = i % 2 == 0;
        long right = crowns.stream().filter(t -> (t / 10 == 1 || t / 10 == 4) == left).count();
        assertThat(right).as("image %d crowns %s", i, crowns).isEqualTo(16);
        assertThat(crowns.size() - right).as("image %d crowns %s", i, crowns).isLessThanOrEqualTo(1);
        assertThat(reports.get(i).model()).isEqualTo(dir.identity());
      }
      assertThat(reports.get(0).findings().stream().filter(f -> f.code().equals("crown")).findFirst().orElseThrow()
          .confidence()).isEqualTo(again[0][FindingsLabels.index(11, "crown")], org.assertj.core.api.Assertions
              .within(1e-6));
    }
  }

  @Test
  void corruptParametersAreAModelFormatError(@TempDir Path copy) throws Exception {
    for (String f : FindingsModelWriter.files()) {
      Files.copy(modelDir.resolve(f), copy.resolve(f));
    }
    byte[] params = Files.readAllBytes(copy.resolve(FindingsModelWriter.PARAMETERS));
    Files.write(copy.resolve(FindingsModelWriter.PARAMETERS), java.util.Arrays.copyOf(params, params.length / 2));
    ModelDirectory dir = ModelDirectory.open(copy);
    assertThatThrownBy(() -> LoadedModel.load(dir, Device.cpu(), Map.of()))
        .isInstanceOf(ModelFormatException.class).hasMessageContaining(FindingsModelWriter.PARAMETERS);
  }
}
