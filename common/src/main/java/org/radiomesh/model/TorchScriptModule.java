package org.radiomesh.model;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoopTranslator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One TorchScript file ({@code torch.jit.trace} or {@code torch.jit.script}, saved with {@code .save()}) loaded with
 * DJL on one device, tensors in and tensors out. The loaded module is shared and thread-safe for inference; each
 * thread or Spark task takes its own {@link #newPredictor() predictor} and closes it.
 *
 * <p>Modules are loaded with DJL's {@code mapLocation=true}, so a module saved on a GPU loads on the CPU and the other
 * way round, and with parameters frozen (no autograd). Outputs of a predictor call belong to the
 * {@code NDManager} of the call's first input array, so a caller that makes its inputs on a short-lived manager frees
 * the outputs with it. Loading costs O(file size); {@code ai.djl.offline=true} keeps DJL from any download.
 */
public final class TorchScriptModule implements AutoCloseable {
  private final Path file;
  private final ZooModel<NDList, NDList> model;

  private TorchScriptModule(Path file, ZooModel<NDList, NDList> model) {
    this.file = file;
    this.model = model;
  }

  /**
   * Loads {@code file} on {@code device}.
   *
   * @param engine the DJL engine name, normally {@code "PyTorch"}
   * @param djlOptions extra {@code Criteria} options (for example {@code extraFiles}); may be empty
   * @throws ModelFormatException when the file is missing or the engine rejects it
   */
  public static TorchScriptModule load(Path file, Device device, String engine, Map<String, String> djlOptions)
      throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new ModelFormatException(file, "missing TorchScript file");
    }
    Criteria.Builder<NDList, NDList> criteria = Criteria.builder()
        .setTypes(NDList.class, NDList.class)
        // the folder and the file name, not the file itself: DJL warns about a "non-archive file" otherwise
        .optModelPath(file.getParent())
        .optModelName(file.getFileName().toString())
        .optEngine(engine)
        .optDevice(device)
        .optTranslator(new NoopTranslator())
        .optOption("mapLocation", "true");
    djlOptions.forEach(criteria::optOption);
    try {
      return new TorchScriptModule(file, criteria.build().loadModel());
    } catch (MalformedModelException | ModelNotFoundException | RuntimeException e) {
      // libtorch reports a bad archive or an unknown operator, and DJL a missing native library, as runtime
      // exceptions: the engine's own message tells which
      throw new ModelFormatException(file, "expected a TorchScript module that " + engine + " on " + device
          + " loads; the engine said: " + e.getMessage(), e);
    }
  }

  /** A new predictor: not thread-safe, cheap (no copy of the weights); close it when the task ends. */
  public Predictor<NDList, NDList> newPredictor() {
    return model.newPredictor();
  }

  /** The loaded DJL model, for callers that need its manager or properties. */
  public ZooModel<NDList, NDList> model() {
    return model;
  }

  public Device device() {
    return model.getNDManager().getDevice();
  }

  public Path file() {
    return file;
  }

  @Override
  public void close() {
    model.close();
  }

  @Override
  public String toString() {
    return file.getFileName() + " on " + device();
  }
}
