package org.radiomesh.model.findings;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;

/**
 * The built-in dental findings network, {@value #ARCHITECTURE}: a small convolutional network over a downsampled
 * grayscale panoramic radiograph, {@code [B, 1, H, W]} (H and W multiples of 16; 128 × 256 for the shipped model), to
 * {@link FindingsLabels#OUTPUTS} logits {@code [B, 288]} (sigmoid per output: multi-label per tooth).
 *
 * <p>Layers: six 3 × 3 convolutions with batch norm and ReLU, four of them with stride 2 (16, 32, 32, 64, 64, 64
 * channels; the first a 5 × 5), which leave an {@code H/16 × W/16} grid of 64 features (8 × 16 at the shipped size:
 * about one cell per tooth width, the upper arch in the top rows); a 1 × 1 convolution to 16 channels keeps the
 * spatial layout, and one dropout + linear layer maps the whole grid to the per-tooth outputs, so that each output can
 * look where its tooth lies on the radiograph. About 0.65 M parameters at 128 × 256 (2.6 MB as float32), about 60 M
 * multiply-adds per image.
 */
public final class FindingsNetwork {
  /** The architecture name written to the manifest. */
  public static final String ARCHITECTURE = "radiomesh-findings-cnn-v1";

  private FindingsNetwork() {}

  /** A fresh, uninitialised network for inputs of {@code height × width} pixels. */
  public static SequentialBlock build(int height, int width) {
    if (height % 16 != 0 || width % 16 != 0 || height < 16 || width < 16) {
      throw new IllegalArgumentException("input " + width + "x" + height + ", expected multiples of 16");
    }
    SequentialBlock net = new SequentialBlock();
    conv(net, 16, 5, 2);
    conv(net, 32, 3, 2);
    conv(net, 32, 3, 1);
    conv(net, 64, 3, 2);
    conv(net, 64, 3, 1);
    conv(net, 64, 3, 2);
    net.add(Conv2d.builder().setKernelShape(new Shape(1, 1)).setFilters(16).build());
    net.add(Activation.reluBlock());
    net.add(Blocks.batchFlattenBlock());
    net.add(Dropout.builder().optRate(0.3f).build());
    net.add(Linear.builder().setUnits(FindingsLabels.OUTPUTS).build());
    return net;
  }

  /** The input shape of one image batch of {@code batch} images. */
  public static Shape inputShape(int batch, int height, int width) {
    return new Shape(batch, 1, height, width);
  }

  private static void conv(SequentialBlock net, int filters, int kernel, int stride) {
    net.add(Conv2d.builder().setKernelShape(new Shape(kernel, kernel)).optStride(new Shape(stride, stride))
        .optPadding(new Shape(kernel / 2, kernel / 2)).setFilters(filters).optBias(false).build());
    net.add(BatchNorm.builder().build());
    net.add(Activation.reluBlock());
  }
}
