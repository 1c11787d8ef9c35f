package org.radiomesh.model.findings;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Activation;
import ai.djl.training.ParameterStore;
import java.util.Arrays;

/**
 * Runs the findings network in inference mode (batch norm on its running statistics, no dropout) for one thread: a
 * batch of encoded images in, the sigmoid outputs out. Not thread-safe; close it to free its native memory. Cost per
 * batch: one forward pass, about 60 M multiply-adds per image at 128 × 256.
 */
public final class FindingsPredictor implements AutoCloseable {
  private final Model model;
  private final NDManager manager;
  private final ParameterStore parameters;
  private final int height;
  private final int width;

  FindingsPredictor(Model model, int height, int width) {
    this.model = model;
    this.manager = model.getNDManager().newSubManager();
    this.parameters = new ParameterStore(manager, false);
    this.height = height;
    this.width = width;
  }

  /**
   * The sigmoid outputs of {@code count} images.
   *
   * @param inputs {@code count × 1 × height × width} floats, image-major, as {@link FindingsInput} encodes them
   * @return {@code count} arrays of {@link FindingsLabels#OUTPUTS} probabilities
   */
  public float[][] probabilities(float[] inputs, int count) {
    int per = height * width;
    if (count < 1 || inputs.length < count * per) {
      throw new IllegalArgumentException(inputs.length + " input values for " + count + " images of " + width + "x"
          + height);
    }
    try (NDManager batch = manager.newSubManager()) {
      float[] data = inputs.length == count * per ? inputs : Arrays.copyOf(inputs, count * per);
      NDArray x = batch.create(data, FindingsNetwork.inputShape(count, height, width));
      NDArray logits = model.getBlock().forward(parameters, new NDList(x), false).singletonOrThrow();
      float[] flat = Activation.sigmoid(logits).toFloatArray();
      float[][] out = new float[count][FindingsLabels.OUTPUTS];
      for (int i = 0; i < count; i++) {
        System.arraycopy(flat, i * FindingsLabels.OUTPUTS, out[i], 0, FindingsLabels.OUTPUTS);
      }
      return out;
    }
  }

  @Override
  public void close() {
    manager.close();
  }
}
