package org.radiomesh.recon;

/**
 * Settings of {@link MultiviewReconstructor}. Immutable; {@link #defaults()} or {@link #builder()}, validated in
 * {@link Builder#build()}.
 *
 * <p>Grid: {@link #resolution()} samples along the longest axis of the volume the views bound (a 2-voxel margin on
 * each side included), cubic voxels. TSDF truncation μ = {@link #truncationVoxels()} voxel sizes. Clean-up, in order:
 * components ({@link #minComponentFaces()}: 0 keeps the largest only, n &gt; 0 keeps every component of at least n
 * faces), hole filling (loops of at most {@link #maxHoleEdges()} edges, 0 = any), Taubin smoothing
 * ({@link #smoothingIterations()} λ|μ pairs, λ = 0.5, μ = −0.53), quadric decimation to at most
 * {@link #targetFaces()} faces (0 = none), label transfer from the views that have label maps.
 *
 * <p>Defaults: resolution 128, μ = 3 voxels, depth fusion on, largest component, hole filling on (any size), 8 smoothing
 * iterations, target 40 000 faces, labels on.
 */
public final class ReconstructionOptions {
  private final int resolution;
  private final double truncationVoxels;
  private final boolean useDepth;
  private final int minComponentFaces;
  private final boolean fillHoles;
  private final int maxHoleEdges;
  private final int smoothingIterations;
  private final int targetFaces;
  private final boolean transferLabels;

  private ReconstructionOptions(Builder b) {
    resolution = b.resolution;
    truncationVoxels = b.truncationVoxels;
    useDepth = b.useDepth;
    minComponentFaces = b.minComponentFaces;
    fillHoles = b.fillHoles;
    maxHoleEdges = b.maxHoleEdges;
    smoothingIterations = b.smoothingIterations;
    targetFaces = b.targetFaces;
    transferLabels = b.transferLabels;
  }

  public static ReconstructionOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder preset with these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.resolution = resolution;
    b.truncationVoxels = truncationVoxels;
    b.useDepth = useDepth;
    b.minComponentFaces = minComponentFaces;
    b.fillHoles = fillHoles;
    b.maxHoleEdges = maxHoleEdges;
    b.smoothingIterations = smoothingIterations;
    b.targetFaces = targetFaces;
    b.transferLabels = transferLabels;
    return b;
  }

  /** Grid samples along the longest axis. */
  public int resolution() {
    return resolution;
  }

  /** TSDF truncation μ in voxel sizes. */
  public double truncationVoxels() {
    return truncationVoxels;
  }

  /** Whether depth maps are fused (TSDF); false reconstructs the visual hull from the silhouettes alone. */
  public boolean useDepth() {
    return useDepth;
  }

  /** 0: keep the largest component; n &gt; 0: keep the components with at least n faces. */
  public int minComponentFaces() {
    return minComponentFaces;
  }

  public boolean fillHoles() {
    return fillHoles;
  }

  /** Largest hole (boundary loop edges) to fill; 0 = any. */
  public int maxHoleEdges() {
    return maxHoleEdges;
  }

  public int smoothingIterations() {
    return smoothingIterations;
  }

  /** Face count to decimate to; 0 = no decimation. */
  public int targetFaces() {
    return targetFaces;
  }

  public boolean transferLabels() {
    return transferLabels;
  }

  /** The options with every clean-up step off (raw marching cubes output, largest component not selected). */
  public ReconstructionOptions withoutCleanup() {
    return toBuilder().minComponentFaces(1).fillHoles(false).smoothingIterations(0).targetFaces(0).build();
  }

  @Override
  public String toString() {
    return "ReconstructionOptions[resolution=" + resolution + ", truncationVoxels=" + truncationVoxels + ", useDepth="
        + useDepth + ", minComponentFaces=" + minComponentFaces + ", fillHoles=" + fillHoles + ", maxHoleEdges="
        + maxHoleEdges + ", smoothingIterations=" + smoothingIterations + ", targetFaces=" + targetFaces
        + ", transferLabels=" + transferLabels + "]";
  }

  /** Builder with the values of {@link #defaults()}. */
  public static final class Builder {
    private int resolution = 128;
    private double truncationVoxels = 3;
    private boolean useDepth = true;
    private int minComponentFaces;
    private boolean fillHoles = true;
    private int maxHoleEdges;
    private int smoothingIterations = 8;
    private int targetFaces = 40_000;
    private boolean transferLabels = true;

    private Builder() {}

    public Builder resolution(int resolution) {
      this.resolution = resolution;
      return this;
    }

    public Builder truncationVoxels(double truncationVoxels) {
      this.truncationVoxels = truncationVoxels;
      return this;
    }

    public Builder useDepth(boolean useDepth) {
      this.useDepth = useDepth;
      return this;
    }

    public Builder minComponentFaces(int minComponentFaces) {
      this.minComponentFaces = minComponentFaces;
      return this;
    }

    public Builder fillHoles(boolean fillHoles) {
      this.fillHoles = fillHoles;
      return this;
    }

    public Builder maxHoleEdges(int maxHoleEdges) {
      this.maxHoleEdges = maxHoleEdges;
      return this;
    }

    public Builder smoothingIterations(int smoothingIterations) {
      this.smoothingIterations = smoothingIterations;
      return this;
    }

    public Builder targetFaces(int targetFaces) {
      this.targetFaces = targetFaces;
      return this;
    }

    public Builder transferLabels(boolean transferLabels) {
      this.transferLabels = transferLabels;
      return this;
    }

    /** @throws IllegalArgumentException naming the first invalid field */
    public ReconstructionOptions build() {
      if (resolution < 8 || resolution > 1024) {
        throw new IllegalArgumentException("resolution " + resolution + ", expected 8..1024");
      }
      if (!(truncationVoxels >= 0.5 && truncationVoxels <= 64)) {
        throw new IllegalArgumentException("truncation " + truncationVoxels + " voxels, expected 0.5..64");
      }
      if (minComponentFaces < 0 || maxHoleEdges < 0 || smoothingIterations < 0 || targetFaces < 0) {
        throw new IllegalArgumentException("minComponentFaces " + minComponentFaces + ", maxHoleEdges " + maxHoleEdges
            + ", smoothingIterations " + smoothingIterations + ", targetFaces " + targetFaces + ": expected >= 0");
      }
      if (targetFaces > 0 && targetFaces < 4) {
        throw new IllegalArgumentException("target face count " + targetFaces + ", expected 0 (none) or >= 4");
      }
      return new ReconstructionOptions(this);
    }
  }
}
