package org.radiomesh.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelManifestTest {
  @TempDir
  Path tmp;

  private static final String FINDINGS = """
      {"name": "findings-net", "version": "2", "kind": "findings", "licence": "Apache-2.0",
       "input": {"width": 64, "height": 32, "channels": 1, "normalization": "mean_std", "mean": [0.5], "std": [0.25],
                 "aspect": "pad"},
       "labels": ["missing", "implant"], "files": {"model": "model.pt"}, "futureField": {"ignored": true}}
      """;

  private Path write(String json) throws Exception {
    Path file = tmp.resolve(ModelManifest.FILE_NAME);
    Files.writeString(file, json);
    return file;
  }

  @Test
  void readsEveryFieldAndRoundTripsThroughJson() throws Exception {
    ModelManifest m = ModelManifest.read(write(FINDINGS));
    assertThat(m.name()).isEqualTo("findings-net");
    assertThat(m.engine()).isEqualTo("PyTorch");
    assertThat(m.input()).isEqualTo(new ModelManifest.InputSpec(64, 32, 1, "mean_std", List.of(0.5), List.of(0.25), "pad"));
    assertThat(m.labels()).containsExactly("missing", "implant");
    assertThat(m.files()).isEqualTo(Map.of("model", "model.pt"));
    assertThat(ModelManifest.read(write(m.toJson()))).isEqualTo(m);
  }

  @Test
  void theFixtureVlmManifestIsComplete() throws Exception {
    ModelManifest m = ModelManifest.read(ModelFixtures.vlmDir().resolve(ModelManifest.FILE_NAME));
    assertThat(m.kind()).isEqualTo(ModelManifest.KIND_VLM);
    assertThat(m.promptTemplate()).isEqualTo("USER: <image>\n{prompt} ASSISTANT:");
    assertThat(m.vlm().stopTokens()).containsExactly("</s>");
    assertThat(m.files()).containsOnlyKeys("vision", "projector", "embed_tokens", "lm", "tokenizer");
  }

  @Test
  void errorsNameTheFileAndWhatWasExpected() throws Exception {
    String[][] cases = {
        {FINDINGS.replace("\"findings-net\"", "\"bad name!\""), "name 'bad name!'"},
        {FINDINGS.replace("\"version\": \"2\",", ""), "version is missing"},
        {FINDINGS.replace("\"licence\": \"Apache-2.0\",", ""), "licence is missing"},
        {FINDINGS.replace("\"findings\"", "\"detector\""), "kind 'detector'"},
        {FINDINGS.replace("\"model\": \"model.pt\"", "\"weights\": \"model.pt\""), "files.model is missing"},
        {FINDINGS.replace("\"model.pt\"", "\"../model.pt\""), "no '..'"},
        {FINDINGS.replace("\"width\": 64", "\"width\": 0"), "positive width"},
        {FINDINGS.replace("\"kind\": \"findings\"", "\"kind\": \"vlm\""), "files.vision is missing"},
        {"{\"name\": ", "line 1"},
        {"", "end-of-input"},
        {"null", "empty document"}};
    for (String[] c : cases) {
      Path file = write(c[0]);
      assertThatThrownBy(() -> ModelManifest.read(file)).as(c[1]).isInstanceOf(ModelFormatException.class)
          .hasMessageContaining(file.toString()).hasMessageContaining(c[1]);
    }
  }

  @Test
  void aVlmNeedsItsShapeAndATemplateWithOneImageToken() throws Exception {
    String vlm = Files.readString(ModelFixtures.vlmDir().resolve(ModelManifest.FILE_NAME));
    assertThat(ModelManifest.read(write(vlm)).vlm().layers()).isEqualTo(2);
    Path twoImages = write(vlm.replace("{prompt}", "{prompt} <image>"));
    assertThatThrownBy(() -> ModelManifest.read(twoImages)).hasMessageContaining("exactly one '<image>'");
    Path noLayers = write(vlm.replace("\"layers\": 2", "\"layers\": 0"));
    assertThatThrownBy(() -> ModelManifest.read(noLayers)).hasMessageContaining("positive layers");
  }

  @Test
  void aFindingsNetworkBuiltInJavaNeedsParametersAndLabels() throws Exception {
    String net = FINDINGS.replace("\"files\": {\"model\": \"model.pt\"}",
        "\"files\": {\"parameters\": \"findings.params\"}, \"architecture\": \"radiomesh-findings-cnn-v1\", "
            + "\"modelCard\": \"synthetic only\"");
    ModelManifest m = ModelManifest.read(write(net));
    assertThat(m.architecture()).isEqualTo("radiomesh-findings-cnn-v1");
    assertThat(m.modelCard()).isEqualTo("synthetic only");
    assertThat(ModelManifest.read(write(m.toJson()))).isEqualTo(m);
    Path noParameters = write(net.replace("\"parameters\"", "\"weights\""));
    assertThatThrownBy(() -> ModelManifest.read(noParameters)).hasMessageContaining("files.parameters is missing");
    Path noLabels = write(net.replace("\"labels\": [\"missing\", \"implant\"]", "\"labels\": []"));
    assertThatThrownBy(() -> ModelManifest.read(noLabels)).hasMessageContaining("labels are missing");
  }
}
