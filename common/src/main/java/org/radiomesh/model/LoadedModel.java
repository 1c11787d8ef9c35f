package org.radiomesh.model;

import ai.djl.Device;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.radiomesh.model.findings.FindingsModel;
import org.radiomesh.model.vlm.VisionLanguageModel;
import org.radiomesh.recon.diffusion.MultiviewDiffusionModel;

/**
 * A model from a {@link ModelDirectory}, loaded on one device and ready for inference. One instance is meant to be
 * shared by all threads (Spark tasks) of a JVM: its methods are thread-safe, and per-thread state lives in the
 * predictors or generators it hands out, which their users close. Closing the model frees its native memory.
 */
public interface LoadedModel extends AutoCloseable {

  /** The directory the model was loaded from. */
  ModelDirectory directory();

  /** The device the model runs on. */
  Device device();

  /** The model's identity, to write into every output row. */
  default ModelIdentity identity() {
    return directory().identity();
  }

  default ModelManifest manifest() {
    return directory().manifest();
  }

  @Override
  void close();

  /**
   * Loads {@code dir} on {@code device} according to its manifest's kind: {@code vlm} gives a
   * {@link VisionLanguageModel}, {@code findings} with an {@code architecture} a {@link FindingsModel}, other
   * {@code findings} and {@code torchscript} a {@link TorchScriptModel}, {@code multiview-diffusion} a
   * {@link MultiviewDiffusionModel}.
   *
   * @param options {@link ModelReference} options; {@code djl.*} keys are passed to DJL
   * @throws ModelFormatException when a file is missing or the engine rejects it
   */
  static LoadedModel load(ModelDirectory dir, Device device, Map<String, String> options) throws IOException {
    return switch (dir.manifest().kind()) {
      case ModelManifest.KIND_VLM -> VisionLanguageModel.load(dir, device, djlOptions(options));
      case ModelManifest.KIND_FINDINGS -> dir.manifest().architecture() != null
          ? FindingsModel.load(dir, device, dir.manifest().engine())
          : TorchScriptModel.load(dir, device, djlOptions(options));
      case ModelManifest.KIND_TORCHSCRIPT -> TorchScriptModel.load(dir, device, djlOptions(options));
      case ModelManifest.KIND_MULTIVIEW_DIFFUSION -> MultiviewDiffusionModel.load(dir, device, djlOptions(options));
      default -> throw new ModelFormatException(dir.manifestFile(), "kind '" + dir.manifest().kind()
          + "', expected findings, vlm, torchscript or multiview-diffusion");
    };
  }

  /** The {@code djl.}-prefixed entries of {@code options}, prefix removed. */
  static Map<String, String> djlOptions(Map<String, String> options) {
    Map<String, String> out = new TreeMap<>();
    options.forEach((k, v) -> {
      if (k.startsWith("djl.")) {
        out.put(k.substring(4), v);
      }
    });
    return out;
  }
}
