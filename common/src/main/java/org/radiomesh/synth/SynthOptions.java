package org.radiomesh.synth;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a case produces and at which resolution. Immutable and serialisable (the Spark job ships it to executors);
 * build with {@link #builder()} or take {@link #defaults()}. Every value is recorded in each case's
 * {@code parameters.json} ({@link #toMap()}).
 *
 * <ul>
 *   <li>{@code modalities} (mesh, panoramic): see {@link Modality}.</li>
 *   <li>{@code toothVoxelMm} (0.25), {@code boneVoxelMm} (0.5), {@code archVoxelMm} (0.3): marching-cubes voxel of
 *       the tooth, jaw-bone and full-arch meshes; halving one multiplies its triangles by about 4.</li>
 *   <li>{@code previewWidth} × {@code previewHeight} (640 × 400): rendered preview of the arches, pixels.</li>
 *   <li>{@code pixelPitchMm} (0.1): panoramic detector pitch (about 1,750 × 1,100 pixels for an adult arch);
 *       {@code panoramicVoxelMm} (0.25): voxel of the sampled volume and ray spacing at the trough;
 *       {@code panoramicNoise} (on): detector noise.</li>
 *   <li>{@code cbctVoxelMm} (0.4), {@code cbctSupersampling} (2), {@code cbctNoiseHu} (20): CBCT voxel, partial-volume
 *       sub-samples per axis, Gaussian noise in HU.</li>
 *   <li>{@code threads} (1): threads inside one case for the radiograph and CBCT simulators; outputs do not depend on
 *       it.</li>
 * </ul>
 */
public final class SynthOptions implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final SynthOptions DEFAULTS = builder().build();

  private final EnumSet<Modality> modalities;
  private final double toothVoxelMm;
  private final double boneVoxelMm;
  private final double archVoxelMm;
  private final int previewWidth;
  private final int previewHeight;
  private final double pixelPitchMm;
  private final double panoramicVoxelMm;
  private final boolean panoramicNoise;
  private final double cbctVoxelMm;
  private final int cbctSupersampling;
  private final double cbctNoiseHu;
  private final int threads;

  private SynthOptions(Builder b) {
    this.modalities = EnumSet.copyOf(b.modalities);
    this.toothVoxelMm = b.toothVoxelMm;
    this.boneVoxelMm = b.boneVoxelMm;
    this.archVoxelMm = b.archVoxelMm;
    this.previewWidth = b.previewWidth;
    this.previewHeight = b.previewHeight;
    this.pixelPitchMm = b.pixelPitchMm;
    this.panoramicVoxelMm = b.panoramicVoxelMm;
    this.panoramicNoise = b.panoramicNoise;
    this.cbctVoxelMm = b.cbctVoxelMm;
    this.cbctSupersampling = b.cbctSupersampling;
    this.cbctNoiseHu = b.cbctNoiseHu;
    this.threads = b.threads;
  }

  public static SynthOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this instance's values. */
  public Builder toBuilder() {
    return new Builder().optModalities(modalities).optMeshVoxels(toothVoxelMm, boneVoxelMm, archVoxelMm)
        .optPreviewSize(previewWidth, previewHeight).optPixelPitchMm(pixelPitchMm)
        .optPanoramicVoxelMm(panoramicVoxelMm).optPanoramicNoise(panoramicNoise).optCbctVoxelMm(cbctVoxelMm)
        .optCbctSupersampling(cbctSupersampling).optCbctNoiseHu(cbctNoiseHu).optThreads(threads);
  }

  public Set<Modality> modalities() {
    return EnumSet.copyOf(modalities);
  }

  public boolean has(Modality m) {
    return modalities.contains(m);
  }

  public double toothVoxelMm() {
    return toothVoxelMm;
  }

  public double boneVoxelMm() {
    return boneVoxelMm;
  }

  public double archVoxelMm() {
    return archVoxelMm;
  }

  public int previewWidth() {
    return previewWidth;
  }

  public int previewHeight() {
    return previewHeight;
  }

  public double pixelPitchMm() {
    return pixelPitchMm;
  }

  public double panoramicVoxelMm() {
    return panoramicVoxelMm;
  }

  public boolean panoramicNoise() {
    return panoramicNoise;
  }

  public double cbctVoxelMm() {
    return cbctVoxelMm;
  }

  public int cbctSupersampling() {
    return cbctSupersampling;
  }

  public double cbctNoiseHu() {
    return cbctNoiseHu;
  }

  public int threads() {
    return threads;
  }

  /** Every option by name, for {@code parameters.json} (threads left out: outputs do not depend on them). */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("modalities", Modality.keys(modalities));
    m.put("tooth_voxel_mm", toothVoxelMm);
    m.put("bone_voxel_mm", boneVoxelMm);
    m.put("arch_voxel_mm", archVoxelMm);
    m.put("preview_width", previewWidth);
    m.put("preview_height", previewHeight);
    m.put("panoramic_pixel_pitch_mm", pixelPitchMm);
    m.put("panoramic_voxel_mm", panoramicVoxelMm);
    m.put("panoramic_noise", panoramicNoise);
    m.put("cbct_voxel_mm", cbctVoxelMm);
    m.put("cbct_supersampling", cbctSupersampling);
    m.put("cbct_noise_hu", cbctNoiseHu);
    return m;
  }

  @Override
  public String toString() {
    return "SynthOptions" + toMap();
  }

  /** Builder of {@link SynthOptions}; every field optional, validated in {@link #build()}. */
  public static final class Builder {
    private Set<Modality> modalities = EnumSet.of(Modality.MESH, Modality.PANORAMIC);
    private double toothVoxelMm = 0.25;
    private double boneVoxelMm = 0.5;
    private double archVoxelMm = 0.3;
    private int previewWidth = 640;
    private int previewHeight = 400;
    private double pixelPitchMm = 0.1;
    private double panoramicVoxelMm = 0.25;
    private boolean panoramicNoise = true;
    private double cbctVoxelMm = 0.4;
    private int cbctSupersampling = 2;
    private double cbctNoiseHu = 20;
    private int threads = 1;

    private Builder() {}

    public Builder optModalities(Set<Modality> v) {
      modalities = v;
      return this;
    }

    /** Voxel sizes of the tooth, bone and full-arch meshes, mm. */
    public Builder optMeshVoxels(double tooth, double bone, double arch) {
      toothVoxelMm = tooth;
      boneVoxelMm = bone;
      archVoxelMm = arch;
      return this;
    }

    public Builder optPreviewSize(int width, int height) {
      previewWidth = width;
      previewHeight = height;
      return this;
    }

    public Builder optPixelPitchMm(double v) {
      pixelPitchMm = v;
      return this;
    }

    public Builder optPanoramicVoxelMm(double v) {
      panoramicVoxelMm = v;
      return this;
    }

    public Builder optPanoramicNoise(boolean v) {
      panoramicNoise = v;
      return this;
    }

    public Builder optCbctVoxelMm(double v) {
      cbctVoxelMm = v;
      return this;
    }

    public Builder optCbctSupersampling(int v) {
      cbctSupersampling = v;
      return this;
    }

    public Builder optCbctNoiseHu(double v) {
      cbctNoiseHu = v;
      return this;
    }

    public Builder optThreads(int v) {
      threads = v;
      return this;
    }

    /** @throws IllegalArgumentException naming the first invalid value */
    public SynthOptions build() {
      if (modalities == null || modalities.isEmpty()) {
        throw new IllegalArgumentException("modalities: expected at least one of mesh, panoramic, cbct");
      }
      positive("tooth voxel", toothVoxelMm, 5);
      positive("bone voxel", boneVoxelMm, 10);
      positive("arch voxel", archVoxelMm, 10);
      positive("panoramic pixel pitch", pixelPitchMm, 5);
      positive("panoramic voxel", panoramicVoxelMm, 5);
      positive("CBCT voxel", cbctVoxelMm, 10);
      if (previewWidth < 16 || previewHeight < 16 || previewWidth > 8192 || previewHeight > 8192) {
        throw new IllegalArgumentException("preview size " + previewWidth + "x" + previewHeight
            + ", expected 16..8192 pixels each way");
      }
      if (cbctSupersampling < 1 || cbctSupersampling > 8) {
        throw new IllegalArgumentException("CBCT supersampling " + cbctSupersampling + ", expected 1..8");
      }
      if (!(cbctNoiseHu >= 0 && cbctNoiseHu <= 1000)) {
        throw new IllegalArgumentException("CBCT noise " + cbctNoiseHu + " HU, expected 0..1000");
      }
      if (threads < 1) {
        throw new IllegalArgumentException("threads " + threads + ", expected >= 1");
      }
      return new SynthOptions(this);
    }

    private static void positive(String what, double v, double max) {
      if (!(v > 0 && v <= max)) {
        throw new IllegalArgumentException(what + " " + v + " mm, expected in (0, " + max + "]");
      }
    }
  }
}
