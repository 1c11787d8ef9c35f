package org.radiomesh.model.findings;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;

/**
 * The per-tooth head of the findings network: each of the 32 teeth pools the feature grid {@code [B, C, H, W]} with
 * its own spatial attention, and one classifier shared by all teeth turns the pooled features into the tooth's
 * condition logits, plus a per-tooth bias. Output {@code [B, 32 · K]}, tooth-major ({@link FindingsLabels} layout).
 *
 * <p>Attention of tooth t over the N = H·W cells: softmax<sub>n</sub>(prior[t, n] + w<sub>t</sub> · f<sub>n</sub>),
 * a learned location prior plus a learned linear read-out of the cell's features (so that the attention can follow the
 * tooth on a wider or narrower arch). The prior starts as a Gaussian bump (in log space) at the tooth's place on a
 * panoramic radiograph: upper teeth at 42% of the height, lower at 62%, the 16 positions of an arch evenly from 8% to
 * 92% of the width, patient's right on the image's left; {@code w} starts at zero. Sharing the classifier makes every
 * tooth a training example for every condition. Parameters: 32·N + 32·C + K·C + 32·K; cost O(B · 32 · N · C).
 */
final class ToothAttentionHead extends AbstractBlock {
  private static final byte VERSION = 1;
  private static final float INITIAL_BIAS = -2.5f;

  private final int teeth;
  private final int conditions;
  private final int gridHeight;
  private final int gridWidth;
  private final Parameter prior;
  private final Parameter attention;
  private final Parameter weight;
  private final Parameter bias;

  ToothAttentionHead(int channels, int gridHeight, int gridWidth, int conditions) {
    super(VERSION);
    this.teeth = FindingsLabels.TEETH.size();
    this.conditions = conditions;
    this.gridHeight = gridHeight;
    this.gridWidth = gridWidth;
    prior = addParameter(Parameter.builder().setName("prior").setType(Parameter.Type.OTHER)
        .optShape(new Shape(teeth, (long) gridHeight * gridWidth)).optInitializer(this::priorValues).build());
    attention = addParameter(Parameter.builder().setName("attention").setType(Parameter.Type.OTHER)
        .optShape(new Shape(channels, teeth)).optInitializer(Initializer.ZEROS).build());
    weight = addParameter(Parameter.builder().setName("classifier").setType(Parameter.Type.OTHER)
        .optShape(new Shape(channels, conditions)).optInitializer(new NormalInitializer(0.05f)).build());
    bias = addParameter(Parameter.builder().setName("toothBias").setType(Parameter.Type.OTHER)
        .optShape(new Shape(teeth, conditions))
        .optInitializer((m, shape, type) -> m.full(shape, INITIAL_BIAS, type)).build());
  }

  @Override
  protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
      PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    long b = x.getShape().get(0);
    long c = x.getShape().get(1);
    long n = (long) gridHeight * gridWidth;
    // Every operation starts from an array derived from the input: DJL attaches a result to its first operand's
    // manager, and a result attached to a parameter's (the model's) manager would live as long as the model.
    NDArray cells = x.reshape(b, c, n).transpose(0, 2, 1);
    NDArray logits = cells.matMul(store.getValue(attention, x.getDevice(), training)).transpose(0, 2, 1)
        .add(store.getValue(prior, x.getDevice(), training));
    NDArray pooled = logits.softmax(2).batchMatMul(cells);
    NDArray out = pooled.matMul(store.getValue(weight, x.getDevice(), training))
        .add(store.getValue(bias, x.getDevice(), training));
    return new NDList(out.reshape(b, (long) teeth * conditions));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {new Shape(inputShapes[0].get(0), (long) teeth * conditions)};
  }

  /** The Gaussian location prior described in the class comment, log space, floored at −10. */
  private NDArray priorValues(NDManager manager, Shape shape, DataType type) {
    float[] v = new float[teeth * gridHeight * gridWidth];
    for (int t = 0; t < teeth; t++) {
      int fdi = FindingsLabels.TEETH.get(t);
      int q = fdi / 10;
      int p = fdi % 10;
      int k = q == 1 || q == 4 ? 8 - p : 7 + p;
      double x0 = 0.08 + (k + 0.5) / 16 * 0.84;
      double y0 = q <= 2 ? 0.42 : 0.62;
      for (int h = 0; h < gridHeight; h++) {
        for (int w = 0; w < gridWidth; w++) {
          double dx = ((w + 0.5) / gridWidth - x0) / 0.035;
          double dy = ((h + 0.5) / gridHeight - y0) / 0.15;
          v[(t * gridHeight + h) * gridWidth + w] = (float) Math.max(-10, -0.5 * (dx * dx + dy * dy));
        }
      }
    }
    return manager.create(v, shape).toType(type, false);
  }
}
