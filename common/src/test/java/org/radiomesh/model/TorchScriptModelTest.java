package org.radiomesh.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.model.vlm.VisionLanguageModel;

class TorchScriptModelTest {
  @TempDir
  Path tmp;

  @Test
  void aFindingsModelLoadsAsOneModuleAndScoresEveryLabel() throws Exception {
    ModelDirectory dir = ModelDirectory.open(ModelFixtures.classifierDir());
    try (LoadedModel loaded = LoadedModel.load(dir, Device.cpu(), Map.of())) {
      assertThat(loaded).isInstanceOf(TorchScriptModel.class);
      assertThat(loaded.identity()).isEqualTo(dir.identity());
      TorchScriptModel model = (TorchScriptModel) loaded;
      try (Predictor<NDList, NDList> predictor = model.newPredictor();
          NDManager m = NDManager.newBaseManager(Device.cpu(), "PyTorch")) {
        float[] pixels = new float[3 * 32 * 32];
        for (int i = 0; i < 3; i++) {
          System.arraycopy(ModelFixtures.image(i), 0, pixels, i * 1024, 1024);
        }
        NDList out = predictor.predict(new NDList(m.create(pixels, new Shape(3, 1, 32, 32))));
        assertThat(out.singletonOrThrow().getShape())
            .isEqualTo(new Shape(3, dir.manifest().labels().size()));
        float[] scores = out.get(0).toFloatArray();
        assertThat(scores[0]).isNotEqualTo(scores[4]);
      }
    }
  }

  @Test
  void theVlmKindLoadsAsAVisionLanguageModel() throws Exception {
    try (LoadedModel loaded = LoadedModel.load(ModelDirectory.open(ModelFixtures.vlmDir()), Device.cpu(), Map.of())) {
      assertThat(loaded).isInstanceOf(VisionLanguageModel.class);
      assertThat(loaded.device()).isEqualTo(Device.cpu());
    }
  }

  @Test
  void aMissingOrCorruptModuleIsReportedWithItsFile() throws Exception {
    Files.copy(ModelFixtures.classifierDir().resolve(ModelManifest.FILE_NAME), tmp.resolve(ModelManifest.FILE_NAME));
    assertThatThrownBy(() -> ModelDirectory.open(tmp)).isInstanceOf(ModelFormatException.class)
        .hasMessageContaining(tmp.resolve("model.pt").toString()).hasMessageContaining("files.model");
    Files.writeString(tmp.resolve("model.pt"), "not a zip archive");
    ModelDirectory dir = ModelDirectory.open(tmp);
    assertThatThrownBy(() -> LoadedModel.load(dir, Device.cpu(), Map.of())).isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("model.pt").hasMessageContaining("TorchScript");
  }

  @Test
  void onlyDjlPrefixedOptionsReachDjl() {
    assertThat(LoadedModel.djlOptions(Map.of("djl.extraFiles", "a.json", "device", "cpu", "cacheDir", "/tmp")))
        .isEqualTo(Map.of("extraFiles", "a.json"));
  }
}
