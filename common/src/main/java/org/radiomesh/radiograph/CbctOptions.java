package org.radiomesh.radiograph;

import java.util.Arrays;

/**
 * Settings of a simulated CBCT volume. Immutable; build with {@link #builder()} or take {@link #defaults()}.
 *
 * <ul>
 *   <li>{@code voxelMm} (0.4): isotropic output voxel, mm (clinical dental CBCT: 0.075–0.4).
 *   <li>{@code supersampling} (2): each output voxel is the mean CT number of supersampling³ sub-voxels (partial
 *       volume at boundaries); 1 samples the voxel centre only. Field reads grow about as supersampling².
 *   <li>{@code block} (4), {@code toothBlock} (2): octree cells of the sub-voxel sampling (see {@link MaterialVolume});
 *       skin is sampled exactly (no coarse soft tissue, which would show as steps in a CT); {@code detailBoxes}
 *       (none) as in {@link PanoramicOptions}.
 *   <li>{@code noiseHu} (20): standard deviation of Gaussian noise added to each voxel, HU; 0 for none.
 *   <li>{@code seed} (0): noise seed, one stream per slice.
 *   <li>{@code bounds} (the field's): the region, {minX, minY, minZ, maxX, maxY, maxZ} in mm.
 *   <li>{@code kvp} (90), {@code tubeCurrentMa} (8), {@code exposureTimeS} (12): recorded in DICOM, not simulated.
 *   <li>{@code threads} (1): sampling threads; the volume does not depend on it.
 * </ul>
 */
public final class CbctOptions {
  private static final CbctOptions DEFAULTS = builder().build();

  private final double voxelMm;
  private final int supersampling;
  private final int block;
  private final int toothBlock;
  private final double[] detailBoxes;
  private final double noiseHu;
  private final long seed;
  private final double[] bounds;
  private final double kvp;
  private final double tubeCurrentMa;
  private final double exposureTimeS;
  private final int threads;

  private CbctOptions(Builder b) {
    this.voxelMm = b.voxelMm;
    this.supersampling = b.supersampling;
    this.block = b.block;
    this.toothBlock = b.toothBlock;
    this.detailBoxes = b.detailBoxes.clone();
    this.noiseHu = b.noiseHu;
    this.seed = b.seed;
    this.bounds = b.bounds == null ? null : b.bounds.clone();
    this.kvp = b.kvp;
    this.tubeCurrentMa = b.tubeCurrentMa;
    this.exposureTimeS = b.exposureTimeS;
    this.threads = b.threads;
  }

  public static CbctOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  public double voxelMm() {
    return voxelMm;
  }

  public int supersampling() {
    return supersampling;
  }

  public double noiseHu() {
    return noiseHu;
  }

  public long seed() {
    return seed;
  }

  /** The region, or null for the field's bounds. */
  public double[] bounds() {
    return bounds == null ? null : bounds.clone();
  }

  public double kvp() {
    return kvp;
  }

  public double tubeCurrentMa() {
    return tubeCurrentMa;
  }

  public double exposureTimeS() {
    return exposureTimeS;
  }

  public int threads() {
    return threads;
  }

  /** The sub-voxel sampling: voxelMm / supersampling, exact skin. */
  public VolumeSampling sampling() {
    return new VolumeSampling(voxelMm / supersampling, block, toothBlock, detailBoxes, false, threads);
  }

  /** Builder; every field has a default, {@code optX} overrides one. */
  public static final class Builder {
    private double voxelMm = 0.4;
    private int supersampling = 2;
    private int block = 4;
    private int toothBlock = 2;
    private double[] detailBoxes = new double[0];
    private double noiseHu = 20;
    private long seed = 0;
    private double[] bounds;
    private double kvp = 90;
    private double tubeCurrentMa = 8;
    private double exposureTimeS = 12;
    private int threads = 1;

    private Builder() {}

    public Builder optVoxelMm(double v) {
      voxelMm = v;
      return this;
    }

    public Builder optSupersampling(int v) {
      supersampling = v;
      return this;
    }

    public Builder optBlock(int block, int toothBlock) {
      this.block = block;
      this.toothBlock = toothBlock;
      return this;
    }

    /** Boxes sampled finely, see {@link VolumeSampling#detailBoxes()}. */
    public Builder optDetailBoxes(double[] boxes) {
      detailBoxes = boxes == null ? new double[0] : boxes.clone();
      return this;
    }

    public Builder optNoiseHu(double v) {
      noiseHu = v;
      return this;
    }

    public Builder optSeed(long v) {
      seed = v;
      return this;
    }

    public Builder optBounds(double[] v) {
      bounds = v == null ? null : v.clone();
      return this;
    }

    public Builder optAcquisition(double kvp, double tubeCurrentMa, double exposureTimeS) {
      this.kvp = kvp;
      this.tubeCurrentMa = tubeCurrentMa;
      this.exposureTimeS = exposureTimeS;
      return this;
    }

    public Builder optThreads(int v) {
      threads = v;
      return this;
    }

    /** Validates every field and builds. */
    public CbctOptions build() {
      if (supersampling < 1 || supersampling > 8) {
        throw new IllegalArgumentException("supersampling " + supersampling + ", expected 1..8");
      }
      if (!(noiseHu >= 0 && Double.isFinite(noiseHu))) {
        throw new IllegalArgumentException("noise " + noiseHu + " HU, expected >= 0");
      }
      if (!(kvp > 0 && tubeCurrentMa > 0 && exposureTimeS > 0)) {
        throw new IllegalArgumentException("acquisition " + kvp + " kVp, " + tubeCurrentMa + " mA, " + exposureTimeS
            + " s, expected all > 0");
      }
      if (bounds != null && (bounds.length != 6 || !(bounds[3] > bounds[0] && bounds[4] > bounds[1]
          && bounds[5] > bounds[2]))) {
        throw new IllegalArgumentException("bounds " + Arrays.toString(bounds)
            + ", expected {minX, minY, minZ, maxX, maxY, maxZ} with max > min");
      }
      if (!(voxelMm > 0 && Double.isFinite(voxelMm))) {
        throw new IllegalArgumentException("voxel " + voxelMm + " mm, expected > 0");
      }
      new VolumeSampling(voxelMm / supersampling, block, toothBlock, detailBoxes, false, threads);
      return new CbctOptions(this);
    }
  }
}
