package org.radiomesh.model.findings;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;

/**
 * The built-in dental findings network, {@value #ARCHITECTURE}: a small convolutional network over a downsampled
 * grayscale panoramic radiograph, {@code [B, 1, H, W]} (H and W multiples of 8; 128 × 256 for the shipped model), to
 * {@link FindingsLabels#OUTPUTS} logits {@code [B, 288]} (sigmoid per output: multi-label per tooth).
 *
 * <p>Trunk: six convolutions with batch norm and ReLU (a 5 × 5 then 3 × 3 kernels; 16, 32, 32, 64, 64, 96 channels;
 * three with stride 2), leaving an {@code H/8 × W/8} grid of 96 features (16 × 32 at the shipped size, a cell about
 * 6 mm of the arch, receptive field about 57 input pixels). Head: {@link ToothAttentionHead}, one spatial attention per
 * tooth and a classifier shared by the teeth. About 0.15 M parameters (under 1 MB as float32) and 90 M multiply-adds
 * per image at 128 × 256.
 */
public final class FindingsNetwork {
  /** The architecture name written to the manifest. */
  public static final String ARCHITECTURE = "radiomesh-findings-cnn-v1";
  /** Feature channels of the trunk's last layer. */
  static final int CHANNELS = 96;

  private FindingsNetwork() {}

  /** A fresh, uninitialised network for inputs of {@code height × width} pixels. */
  public static SequentialBlock build(int height, int width) {
    if (height % 8 != 0 || width % 8 != 0 || height < 16 || width < 16) {
      throw new IllegalArgumentException("input " + width + "x" + height + ", expected multiples of 8, at least 16");
    }
    SequentialBlock net = new SequentialBlock();
    conv(net, 16, 5, 2);
    conv(net, 32, 3, 2);
    conv(net, 32, 3, 1);
    conv(net, 64, 3, 2);
    conv(net, 64, 3, 1);
    conv(net, CHANNELS, 3, 1);
    net.add(new ToothAttentionHead(CHANNELS, height / 8, width / 8, FindingsLabels.CONDITIONS.size()));
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
