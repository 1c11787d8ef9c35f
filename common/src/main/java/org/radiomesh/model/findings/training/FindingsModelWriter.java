package org.radiomesh.model.findings.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.radiomesh.model.ModelManifest;
import org.radiomesh.model.findings.FindingsLabels;
import org.radiomesh.model.findings.FindingsNetwork;
import org.radiomesh.model.findings.FindingsThresholds;

/**
 * Writes a findings model directory ({@link org.radiomesh.model.findings} layout): the parameters, the thresholds and
 * {@code radiomesh-model.json} with kind {@code findings}, architecture {@value FindingsNetwork#ARCHITECTURE}, the
 * input size, {@code per_image} normalisation, the labels, the licence and the model card text. O(parameter bytes).
 */
public final class FindingsModelWriter {
  /** The parameter file's name in the directory. */
  public static final String PARAMETERS = "findings.params";
  /** The thresholds file's name in the directory. */
  public static final String THRESHOLDS = "thresholds.json";
  /** The licence written to the manifest. */
  public static final String LICENCE = "Apache-2.0; trained on synthetic data only; not for clinical use";
  /** The model card text written to the manifest. */
  public static final String MODEL_CARD = "Built-in radiomesh dental findings network (" + FindingsNetwork.ARCHITECTURE
      + "): per-tooth conditions from a panoramic radiograph. Trained on synthetic data only (radiomesh synth); "
      + "not for clinical use.";

  private FindingsModelWriter() {}

  /**
   * Copies {@code parameters} into {@code dir} and writes the thresholds and the manifest.
   *
   * @param name model name; {@code version} its version
   */
  public static void write(Path dir, String name, String version, Path parameters, FindingsThresholds thresholds,
      int width, int height) throws IOException {
    Files.createDirectories(dir);
    Files.copy(parameters, dir.resolve(PARAMETERS), StandardCopyOption.REPLACE_EXISTING);
    thresholds.write(dir.resolve(THRESHOLDS));
    ModelManifest manifest = new ModelManifest(name, version, ModelManifest.KIND_FINDINGS, "PyTorch", LICENCE,
        new ModelManifest.InputSpec(width, height, 1, "per_image", null, null, "stretch"),
        FindingsLabels.CONDITIONS, null, Map.of("parameters", PARAMETERS, "thresholds", THRESHOLDS), null,
        FindingsNetwork.ARCHITECTURE, MODEL_CARD);
    Files.writeString(dir.resolve(ModelManifest.FILE_NAME), manifest.toJson() + "\n", StandardCharsets.UTF_8);
  }

  /** The files this writer creates, relative to the directory. */
  public static List<String> files() {
    return List.of(ModelManifest.FILE_NAME, PARAMETERS, THRESHOLDS);
  }
}
