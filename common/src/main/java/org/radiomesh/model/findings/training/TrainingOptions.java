package org.radiomesh.model.findings.training;

/**
 * Settings of {@link FindingsTrainer}. Immutable; {@link #builder()} or {@link #defaults()}.
 *
 * <ul>
 *   <li>{@code epochs} (40): most passes over the training split;</li>
 *   <li>{@code batchSize} (16);</li>
 *   <li>{@code valFraction} (0.15): share of cases held out for validation, early stopping and thresholds;</li>
 *   <li>{@code patience} (6): stop after this many epochs without a lower validation loss;</li>
 *   <li>{@code seed} (1): split, shuffling, augmentation and weight initialisation;</li>
 *   <li>{@code learningRate} (0.002): Adam's, decayed by a cosine to 5% over the epochs;</li>
 *   <li>{@code width} × {@code height} (256 × 128): network input, multiples of 8;</li>
 *   <li>{@code device} ({@code auto}): {@code auto} (the first GPU when the engine sees one), {@code cpu} or
 *       {@code gpu};</li>
 *   <li>{@code augmentation} ({@link Augmentation#defaults()}).</li>
 * </ul>
 */
public record TrainingOptions(int epochs, int batchSize, double valFraction, int patience, long seed,
    double learningRate, int width, int height, String device, Augmentation augmentation) {

  public TrainingOptions {
    if (epochs < 1 || batchSize < 1 || patience < 1) {
      throw new IllegalArgumentException("epochs " + epochs + ", batch size " + batchSize + ", patience " + patience
          + ": expected at least 1 each");
    }
    if (!(valFraction > 0 && valFraction < 1)) {
      throw new IllegalArgumentException("validation fraction " + valFraction + ", expected in (0, 1)");
    }
    if (!(learningRate > 0 && learningRate < 1)) {
      throw new IllegalArgumentException("learning rate " + learningRate + ", expected in (0, 1)");
    }
    if (width % 8 != 0 || height % 8 != 0 || width < 16 || height < 16) {
      throw new IllegalArgumentException("input " + width + "x" + height + ", expected multiples of 8");
    }
    if (!device.equals("auto") && !device.equals("cpu") && !device.equals("gpu")) {
      throw new IllegalArgumentException("device '" + device + "', expected auto, cpu or gpu");
    }
    if (augmentation == null) {
      throw new IllegalArgumentException("augmentation is null; use Augmentation.none()");
    }
  }

  public static TrainingOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link TrainingOptions}; every field optional, validated in {@link #build()}. */
  public static final class Builder {
    private int epochs = 40;
    private int batchSize = 16;
    private double valFraction = 0.15;
    private int patience = 6;
    private long seed = 1;
    private double learningRate = 0.002;
    private int width = 256;
    private int height = 128;
    private String device = "auto";
    private Augmentation augmentation = Augmentation.defaults();

    private Builder() {}

    public Builder optEpochs(int v) {
      epochs = v;
      return this;
    }

    public Builder optBatchSize(int v) {
      batchSize = v;
      return this;
    }

    public Builder optValFraction(double v) {
      valFraction = v;
      return this;
    }

    public Builder optPatience(int v) {
      patience = v;
      return this;
    }

    public Builder optSeed(long v) {
      seed = v;
      return this;
    }

    public Builder optLearningRate(double v) {
      learningRate = v;
      return this;
    }

    public Builder optInputSize(int w, int h) {
      width = w;
      height = h;
      return this;
    }

    public Builder optDevice(String v) {
      device = v;
      return this;
    }

    public Builder optAugmentation(Augmentation v) {
      augmentation = v;
      return this;
    }

    public TrainingOptions build() {
      return new TrainingOptions(epochs, batchSize, valFraction, patience, seed, learningRate, width, height, device,
          augmentation);
    }
  }
}
