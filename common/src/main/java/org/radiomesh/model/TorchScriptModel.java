package org.radiomesh.model;

import ai.djl.Device;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import java.io.IOException;
import java.util.Map;

/**
 * A model made of one TorchScript module, {@code files.model} of the manifest (kinds {@code findings} and
 * {@code torchscript}): tensors in, tensors out, interpreted by the caller (for a findings model: an image batch
 * {@code [B, channels, height, width]} in, one score per label {@code [B, labels]} out).
 *
 * <p>Thread-safe and shared; each task takes a {@link #newPredictor()} and closes it. Loading costs O(weights).
 */
public final class TorchScriptModel implements LoadedModel {
  private final ModelDirectory directory;
  private final TorchScriptModule module;

  private TorchScriptModel(ModelDirectory directory, TorchScriptModule module) {
    this.directory = directory;
    this.module = module;
  }

  /** Loads {@code files.model} of {@code dir} on {@code device}; {@code djlOptions} go to DJL's Criteria. */
  public static TorchScriptModel load(ModelDirectory dir, Device device, Map<String, String> djlOptions)
      throws IOException {
    return new TorchScriptModel(dir,
        TorchScriptModule.load(dir.file("model"), device, dir.manifest().engine(), djlOptions));
  }

  /** A new predictor over the module: one per task or thread, closed by its user. */
  public Predictor<NDList, NDList> newPredictor() {
    return module.newPredictor();
  }

  public TorchScriptModule module() {
    return module;
  }

  @Override
  public ModelDirectory directory() {
    return directory;
  }

  @Override
  public Device device() {
    return module.device();
  }

  @Override
  public void close() {
    module.close();
  }

  @Override
  public String toString() {
    return identity() + " on " + device();
  }
}
