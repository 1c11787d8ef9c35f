package org.radiomesh.recon.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.radiomesh.model.LoadedModel;
import org.radiomesh.model.ModelDirectory;
import org.radiomesh.model.ModelFormatException;
import org.radiomesh.recon.GenerationException;

/** Loading the fixture directory, and the errors of broken copies of it. */
class MultiviewDiffusionModelTest {
  @TempDir
  Path tmp;

  @Test
  void theFixtureLoadsWithProbedTokenCounts() {
    MultiviewDiffusionModel m = DiffusionFixtures.model();
    assertThat(m.views()).isEqualTo(4);
    assertThat(new int[] {m.channels(), m.height(), m.width()}).containsExactly(3, 16, 16);
    assertThat(m.textTokens()).isEqualTo(8);
    assertThat(m.imageTokens()).isEqualTo(16);
    assertThat(m.condTokens()).isEqualTo(24);
    assertThat(m.condDim()).isEqualTo(8);
    assertThat(m.spec().cameraEncoding()).isEqualTo(CameraEncoding.K_W2C);
    assertThat(m.spec().predictionType()).isEqualTo(PredictionType.EPSILON);
    assertThat(m.schedule().kind()).isEqualTo(NoiseSchedule.Kind.SCALED_LINEAR);
    assertThat(m.identity().name()).isEqualTo("multiview-tiny");
    assertThat(m.tokenIds("crown")).containsExactly(PromptTokens.hashedWords("crown", 8, 64));
  }

  @Test
  void loadedModelDispatchesOnTheKind() throws IOException {
    try (LoadedModel m = LoadedModel.load(ModelDirectory.open(DiffusionFixtures.modelDir()), Device.cpu(), Map.of())) {
      assertThat(m).isInstanceOf(MultiviewDiffusionModel.class);
      assertThat(m.toString()).contains("4 views of 3x16x16");
    }
  }

  @Test
  void conditioningPutsTextThenImageTokensAndZerosWhereInputIsMissing() throws GenerationException {
    MultiviewDiffusionModel m = DiffusionFixtures.model();
    try (DiffusionSession s = m.newSession()) {
      DiffusionConditioning c = s.conditioning(java.util.Arrays.asList("crown on 11", null),
          java.util.Arrays.asList(null, DiffusionFixtures.image()));
      float[] text = s.encodeText(m.tokenIds("crown on 11"), 1);
      float[] empty = s.encodeText(m.tokenIds(""), 1);
      float[] image = s.encodeImage(DiffusionConditioning.imageTensor(DiffusionFixtures.image(), 16), 1);
      int t = 8 * 8;
      int all = 24 * 8;
      assertThat(java.util.Arrays.copyOfRange(c.conditional(), 0, t)).containsExactly(text);
      assertThat(java.util.Arrays.copyOfRange(c.conditional(), t, all)).containsOnly(0f);
      assertThat(java.util.Arrays.copyOfRange(c.conditional(), all, all + t)).containsExactly(empty);
      assertThat(java.util.Arrays.copyOfRange(c.conditional(), all + t, 2 * all)).containsExactly(image);
      assertThat(c.unconditional()).containsOnly(0f);
    }
  }

  @Test
  void emptyPromptUnconditionalEncodesTheEmptyPrompt() throws IOException, GenerationException {
    Path dir = DiffusionFixtures.copyModel(tmp);
    edit(dir, "\"unconditional\": \"zeros\"", "\"unconditional\": \"empty-prompt\"");
    try (MultiviewDiffusionModel m = MultiviewDiffusionModel.load(dir); DiffusionSession s = m.newSession()) {
      DiffusionConditioning c = s.conditioning(List.of("implant"), java.util.Collections.singletonList(null));
      float[] empty = s.encodeText(m.tokenIds(""), 1);
      assertThat(java.util.Arrays.copyOfRange(c.unconditional(), 0, 64)).containsExactly(empty);
      assertThat(java.util.Arrays.copyOfRange(c.unconditional(), 64, 24 * 8)).containsOnly(0f);
    }
  }

  @Test
  void aMissingDenoiserIsNamed() throws IOException {
    Path dir = DiffusionFixtures.copyModel(tmp);
    Files.delete(dir.resolve("denoiser.pt"));
    assertThatThrownBy(() -> MultiviewDiffusionModel.load(dir)).isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("denoiser.pt").hasMessageContaining("missing").hasMessageContaining("files.denoiser");
  }

  @Test
  void aModuleWithTheWrongSignatureIsNamedWithTheExpectedOne() throws IOException {
    Path dir = DiffusionFixtures.copyModel(tmp);
    edit(dir, "\"denoiser\": \"denoiser.pt\"", "\"denoiser\": \"text_encoder.pt\"");
    assertThatThrownBy(() -> MultiviewDiffusionModel.load(dir)).isInstanceOf(ModelFormatException.class)
        .hasMessageStartingWith(dir.resolve("text_encoder.pt") + ": expected denoiser(x_t float32 [4,3,16,16], "
            + "t int64 [4], cameras float32 [4,16], cond float32 [1,24,8]) -> float32 [4,3,16,16]")
        .hasMessageContaining("probe call");
  }

  @Test
  void anEncoderWithTheWrongOutputShapeIsNamed() throws IOException {
    Path dir = DiffusionFixtures.copyModel(tmp);
    edit(dir, "\"condDim\": 8", "\"condDim\": 6");
    assertThatThrownBy(() -> MultiviewDiffusionModel.load(dir)).isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("text_encoder.pt: expected text_encoder(ids int64 [1,8]) -> float32 [1,L,6]")
        .hasMessageContaining("returned shape [1, 8, 8]");
  }

  @Test
  void aCorruptModuleIsNamed() throws IOException {
    Path dir = DiffusionFixtures.copyModel(tmp);
    Files.write(dir.resolve("image_encoder.pt"), new byte[] {1, 2, 3, 4, 5});
    assertThatThrownBy(() -> MultiviewDiffusionModel.load(dir)).isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("image_encoder.pt").hasMessageContaining("expected a TorchScript module");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"views\": 4|\"views\": 0|diffusion.views 0, expected >= 1",
      "\"camera\": \"k-w2c\"|\"camera\": \"quaternion\"|diffusion.camera: camera encoding 'quaternion'",
      "\"conditioning\": [|\"conditioning\": [\"audio\", |diffusion.conditioning 'audio'",
      "\"kind\": \"scaled-linear\"|\"kind\": \"sigmoid\"|diffusion.schedule: schedule kind 'sigmoid'",
      "\"prediction\": \"epsilon\"|\"prediction\": \"sample\"|diffusion.prediction: prediction type 'sample'",
      "\"text_encoder\": \"text_encoder.pt\",|''|files.text_encoder is missing",
      "\"channels\": 3|\"channels\": 2|expected width, height >= 1 and 3 (RGB) or 4 (RGBA) channels",
      "\"size\": 16|\"size\": 0|diffusion.image ImageInput[size=0], expected size >= 1",
      "\"diffusion\": {|\"other\": {|\"diffusion\" object missing",
      "\"unconditional\": \"zeros\"|\"unconditional\": \"mean\"|diffusion.unconditional 'mean'",
      "\"views\": 4|\"views\": \"four\"|diffusion: Cannot deserialize value of type `int`"})
  void manifestErrorsNameTheFileAndTheField(String from, String to, String message) throws IOException {
    Path dir = DiffusionFixtures.copyModel(tmp);
    edit(dir, from, to);
    assertThatThrownBy(() -> MultiviewDiffusionModel.load(dir)).isInstanceOf(ModelFormatException.class)
        .hasMessageStartingWith(dir.resolve("radiomesh-model.json").toString())
        .hasMessageContaining(message);
  }

  private static void edit(Path dir, String from, String to) throws IOException {
    Path manifest = dir.resolve("radiomesh-model.json");
    String json = Files.readString(manifest);
    assertThat(json).contains(from);
    Files.writeString(manifest, json.replace(from, to));
  }
}
