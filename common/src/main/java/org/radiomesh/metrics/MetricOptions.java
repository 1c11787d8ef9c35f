package org.radiomesh.metrics;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;

/**
 * The conventions and resources of a mesh comparison. Immutable and {@link Serializable} (it travels to Spark
 * executors); build with {@link #builder()}, or take {@link #defaults()}.
 *
 * <p>Defaults, and why: 100 000 samples per mesh (MeshFormer; the sampling noise floor of a unit cube is then ≈ 0.008
 * Chamfer, see REFERENCE §1); seed 0; thresholds 0.01 (Kaolin's default radius) and 0.05 (the multiview-to-mesh
 * papers' F@0.05), both in normalised units; unsquared distances (same unit as the thresholds) with the two
 * directional means added (SUM), weights 1 and 1; standard precision/recall; {@link Normalization#UNIT_CUBE};
 * samples-to-samples distances; normal consistency when both sides have normals; the k-d tree engine on one thread
 * (a Spark task is already one of many), CPU device for DJL.
 *
 * <pre>{@code
 * MetricOptions kaolin = MetricOptions.builder().squared(true).fScoreMode(FScoreMode.KAOLIN).build();
 * }</pre>
 */
public final class MetricOptions implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int samples;
  private final long seed;
  private final double[] thresholds;
  private final boolean squared;
  private final ChamferReduction reduction;
  private final double w1;
  private final double w2;
  private final FScoreMode fScoreMode;
  private final Normalization normalization;
  private final double fixedScale;
  private final boolean pointToSurface;
  private final boolean withNormals;
  private final NeighbourEngine engine;
  private final int threads;
  private final String device;

  private MetricOptions(Builder b) {
    samples = b.samples;
    seed = b.seed;
    thresholds = b.thresholds.clone();
    squared = b.squared;
    reduction = b.reduction;
    w1 = b.w1;
    w2 = b.w2;
    fScoreMode = b.fScoreMode;
    normalization = b.normalization;
    fixedScale = b.fixedScale;
    pointToSurface = b.pointToSurface;
    withNormals = b.withNormals;
    engine = b.engine;
    threads = b.threads;
    device = b.device;
  }

  public static MetricOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder preset with these options. */
  public Builder toBuilder() {
    return new Builder().samples(samples).seed(seed).thresholds(thresholds).squared(squared).reduction(reduction)
        .weights(w1, w2).fScoreMode(fScoreMode).normalization(normalization).fixedScale(fixedScale)
        .pointToSurface(pointToSurface).withNormals(withNormals).engine(engine).threads(threads).device(device);
  }

  /** Samples drawn from each mesh; point clouds are used as they are. */
  public int samples() {
    return samples;
  }

  /** Job seed; a mesh's samples depend only on (seed, pair id, side). */
  public long seed() {
    return seed;
  }

  /** F-score distance thresholds, in normalised units (mesh units with {@link Normalization#NONE}); a copy. */
  public double[] thresholds() {
    return thresholds.clone();
  }

  /** Chamfer on squared distances (Kaolin, PyTorch3D default) rather than on distances. */
  public boolean squared() {
    return squared;
  }

  public ChamferReduction reduction() {
    return reduction;
  }

  /** Weight of the pred → gt term. */
  public double w1() {
    return w1;
  }

  /** Weight of the gt → pred term. */
  public double w2() {
    return w2;
  }

  public FScoreMode fScoreMode() {
    return fScoreMode;
  }

  public Normalization normalization() {
    return normalization;
  }

  /** Target longest edge of the GT bounding box with {@link Normalization#FIXED_SCALE}. */
  public double fixedScale() {
    return fixedScale;
  }

  /** Distances from each side's samples to the other side's triangles, instead of to its samples. */
  public boolean pointToSurface() {
    return pointToSurface;
  }

  /** Compute normal consistency when both sides have normals. */
  public boolean withNormals() {
    return withNormals;
  }

  public NeighbourEngine engine() {
    return engine;
  }

  /** Threads for one comparison; 0 = all cores. Results never depend on it. */
  public int threads() {
    return threads;
  }

  /** DJL device for {@link NeighbourEngine#DJL}: "cpu", "gpu" or "gpu:N". */
  public String device() {
    return device;
  }

  /** The metric card of these options for a comparison of {@code predPoints} against {@code gtPoints}. */
  public MetricCard card(int predPoints, int gtPoints) {
    return MetricCard.of(this, predPoints, gtPoints);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MetricOptions m && samples == m.samples && seed == m.seed
        && Arrays.equals(thresholds, m.thresholds) && squared == m.squared && reduction == m.reduction
        && w1 == m.w1 && w2 == m.w2 && fScoreMode == m.fScoreMode && normalization == m.normalization
        && fixedScale == m.fixedScale && pointToSurface == m.pointToSurface && withNormals == m.withNormals
        && engine == m.engine && threads == m.threads && device.equals(m.device);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(new Object[] {samples, seed, Arrays.hashCode(thresholds), squared, reduction, w1, w2,
        fScoreMode, normalization, fixedScale, pointToSurface, withNormals, engine, threads, device});
  }

  @Override
  public String toString() {
    return "MetricOptions" + card(samples, samples).toMap();
  }

  /** Builder of {@link MetricOptions}; every field starts at its default. */
  public static final class Builder {
    private int samples = 100_000;
    private long seed;
    private double[] thresholds = {0.01, 0.05};
    private boolean squared;
    private ChamferReduction reduction = ChamferReduction.SUM;
    private double w1 = 1;
    private double w2 = 1;
    private FScoreMode fScoreMode = FScoreMode.STANDARD;
    private Normalization normalization = Normalization.UNIT_CUBE;
    private double fixedScale = 10;
    private boolean pointToSurface;
    private boolean withNormals = true;
    private NeighbourEngine engine = NeighbourEngine.INDEX;
    private int threads = 1;
    private String device = "cpu";

    private Builder() {}

    public Builder samples(int samples) {
      this.samples = samples;
      return this;
    }

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    public Builder thresholds(double... thresholds) {
      this.thresholds = thresholds == null ? null : thresholds.clone();
      return this;
    }

    public Builder squared(boolean squared) {
      this.squared = squared;
      return this;
    }

    public Builder reduction(ChamferReduction reduction) {
      this.reduction = reduction;
      return this;
    }

    /** Weights of the pred → gt and gt → pred Chamfer terms. */
    public Builder weights(double w1, double w2) {
      this.w1 = w1;
      this.w2 = w2;
      return this;
    }

    public Builder fScoreMode(FScoreMode fScoreMode) {
      this.fScoreMode = fScoreMode;
      return this;
    }

    public Builder normalization(Normalization normalization) {
      this.normalization = normalization;
      return this;
    }

    /** Target longest edge of the GT bounding box, used with {@link Normalization#FIXED_SCALE}. */
    public Builder fixedScale(double fixedScale) {
      this.fixedScale = fixedScale;
      return this;
    }

    public Builder pointToSurface(boolean pointToSurface) {
      this.pointToSurface = pointToSurface;
      return this;
    }

    public Builder withNormals(boolean withNormals) {
      this.withNormals = withNormals;
      return this;
    }

    public Builder engine(NeighbourEngine engine) {
      this.engine = engine;
      return this;
    }

    public Builder threads(int threads) {
      this.threads = threads;
      return this;
    }

    public Builder device(String device) {
      this.device = device;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException naming the first invalid option
     */
    public MetricOptions build() {
      require(samples >= 1, "samples must be >= 1, got " + samples);
      require(thresholds != null, "thresholds must not be null");
      for (double t : thresholds) {
        require(Double.isFinite(t) && t > 0, "thresholds must be finite and > 0, got " + t);
      }
      require(reduction != null && fScoreMode != null && normalization != null && engine != null,
          "reduction, fScoreMode, normalization and engine must not be null");
      require(Double.isFinite(w1) && w1 >= 0 && Double.isFinite(w2) && w2 >= 0,
          "weights must be finite and >= 0, got w1=" + w1 + " w2=" + w2);
      require(Double.isFinite(fixedScale) && fixedScale > 0, "fixedScale must be finite and > 0, got " + fixedScale);
      require(threads >= 0, "threads must be >= 0 (0 = all cores), got " + threads);
      require(device != null && device.toLowerCase(Locale.ROOT).matches("cpu|gpu(:\\d+)?"),
          "device must be cpu, gpu or gpu:N, got " + device);
      require(!(pointToSurface && engine == NeighbourEngine.DJL),
          "the DJL engine computes point-to-point distances only; pointToSurface needs engine INDEX");
      device = device.toLowerCase(Locale.ROOT);
      return new MetricOptions(this);
    }

    private static void require(boolean ok, String message) {
      if (!ok) {
        throw new IllegalArgumentException(message);
      }
    }
  }
}
