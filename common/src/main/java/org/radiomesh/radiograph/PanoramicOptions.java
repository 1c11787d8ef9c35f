package org.radiomesh.radiograph;

import java.util.Arrays;

/**
 * Settings of a simulated panoramic radiograph (orthopantomogram): detector, rotation geometry, sampling, noise and
 * the acquisition figures written to DICOM. Immutable; build with {@link #builder()} or take {@link #defaults()}.
 *
 * <p>Units: millimetres, kVp, mA, seconds. Regional settings ("anterior", "posterior") are blended along the arch by
 * the squared cosine between the arch normal and the anterior direction (1 at the incisors, 0 at the molars).
 *
 * <ul>
 *   <li>{@code pixelPitchMm} (0.1): detector pixel pitch; the image has about arch length × magnification / pitch
 *       columns (about 1,500–2,000 for an adult arch).
 *   <li>{@code voxelMm} (0.25): the field is sampled into a {@link MaterialVolume} of this voxel size, and rays are
 *       cast on a grid of this spacing at the trough, then resampled to the detector pitch. This sets the sharpness
 *       and the cost: halving it costs about 4× in field reads and 8× in memory.
 *   <li>{@code block} (8), {@code toothBlock} (2): adaptive sampling cells of the volume, in voxels, powers of two
 *       (see {@link MaterialVolume}): at 0.25 mm voxels, structures wider than about 3.5 mm are always found, and
 *       0.9 mm inside teeth (canals, caries, fillings); block 4 halves the first figure for about 1.5× the reads.
 *   <li>{@code detailBoxes} (none): boxes sampled at {@code toothBlock} whatever the lattice says; pass the teeth's
 *       bounds (see {@link PatientRadiography#detailBoxes}) so that root tips are not missed.
 *   <li>{@code sourceToDetectorMm} (500), {@code magnificationAnterior} (1.22), {@code magnificationPosterior}
 *       (1.28): magnification at the trough = source-to-detector / source-to-trough distance.
 *   <li>{@code rotationRadiusAnteriorMm} (30), {@code rotationRadiusPosteriorMm} (70): distance from the trough to
 *       the instantaneous rotation centre, on the lingual side; with {@code slitWidthMm} (5, the beam width at the
 *       detector) they set the trough thickness (about 6 mm anteriorly, 17 mm posteriorly at 0.5 mm blur).
 *   <li>{@code maxBlurMm} (60): cap on the horizontal blur of structures near the rotation centre.
 *   <li>{@code labelDepthMm} (20): tooth voxels farther than this from the trough along a ray (for example the
 *       opposite side's ghost) do not count towards the tooth's box on the image.
 *   <li>{@code photonsPerPixel} (20,000), {@code electronicNoise} (4 counts rms), {@code noise} (on), {@code seed} (0):
 *       detector model; see {@link XrayDetector}.
 *   <li>{@code fullScaleAttenuation} (5.0): the line integral Σμ·l mapped to 4095.
 *   <li>{@code kvp} (70), {@code tubeCurrentMa} (8), {@code exposureTimeS} (14): recorded, not simulated (μ is fixed
 *       per material).
 *   <li>{@code bounds} (the field's): region sampled; {@code centralRayZ} (middle of the bounds): height of the
 *       horizontal central ray, usually the occlusal plane.
 *   <li>{@code threads} (1): rows and volume slabs on this many threads; the result does not depend on it.
 * </ul>
 */
public final class PanoramicOptions {
  private static final PanoramicOptions DEFAULTS = builder().build();

  private final double pixelPitchMm;
  private final double voxelMm;
  private final int block;
  private final int toothBlock;
  private final double[] detailBoxes;
  private final double sourceToDetectorMm;
  private final double magnificationAnterior;
  private final double magnificationPosterior;
  private final double rotationRadiusAnteriorMm;
  private final double rotationRadiusPosteriorMm;
  private final double slitWidthMm;
  private final double maxBlurMm;
  private final double labelDepthMm;
  private final XrayDetector detector;
  private final double kvp;
  private final double tubeCurrentMa;
  private final double exposureTimeS;
  private final double[] bounds;
  private final Double centralRayZ;
  private final int threads;

  private PanoramicOptions(Builder b) {
    this.pixelPitchMm = b.pixelPitchMm;
    this.voxelMm = b.voxelMm;
    this.block = b.block;
    this.toothBlock = b.toothBlock;
    this.detailBoxes = b.detailBoxes.clone();
    this.sourceToDetectorMm = b.sourceToDetectorMm;
    this.magnificationAnterior = b.magnificationAnterior;
    this.magnificationPosterior = b.magnificationPosterior;
    this.rotationRadiusAnteriorMm = b.rotationRadiusAnteriorMm;
    this.rotationRadiusPosteriorMm = b.rotationRadiusPosteriorMm;
    this.slitWidthMm = b.slitWidthMm;
    this.maxBlurMm = b.maxBlurMm;
    this.labelDepthMm = b.labelDepthMm;
    this.detector = new XrayDetector(b.photonsPerPixel, b.electronicNoise, b.fullScaleAttenuation, b.noise, b.seed);
    this.kvp = b.kvp;
    this.tubeCurrentMa = b.tubeCurrentMa;
    this.exposureTimeS = b.exposureTimeS;
    this.bounds = b.bounds == null ? null : b.bounds.clone();
    this.centralRayZ = b.centralRayZ;
    this.threads = b.threads;
  }

  public static PanoramicOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  public double pixelPitchMm() {
    return pixelPitchMm;
  }

  public double voxelMm() {
    return voxelMm;
  }

  public int block() {
    return block;
  }

  public int toothBlock() {
    return toothBlock;
  }

  /** Boxes sampled at the tooth block whatever their corners say, 6 values each (a copy; empty by default). */
  public double[] detailBoxes() {
    return detailBoxes.clone();
  }

  /** How the field is sampled: voxel, blocks, detail boxes, threads, coarse skin. */
  public VolumeSampling sampling() {
    return new VolumeSampling(voxelMm, block, toothBlock, detailBoxes, true, threads);
  }

  public double sourceToDetectorMm() {
    return sourceToDetectorMm;
  }

  public double magnificationAnterior() {
    return magnificationAnterior;
  }

  public double magnificationPosterior() {
    return magnificationPosterior;
  }

  public double rotationRadiusAnteriorMm() {
    return rotationRadiusAnteriorMm;
  }

  public double rotationRadiusPosteriorMm() {
    return rotationRadiusPosteriorMm;
  }

  public double slitWidthMm() {
    return slitWidthMm;
  }

  public double maxBlurMm() {
    return maxBlurMm;
  }

  public double labelDepthMm() {
    return labelDepthMm;
  }

  /** The detector model: photons, electronic noise, full scale, noise switch and seed. */
  public XrayDetector detector() {
    return detector;
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

  /** The region to sample, {minX, minY, minZ, maxX, maxY, maxZ} in mm, or null for the field's bounds. */
  public double[] bounds() {
    return bounds == null ? null : bounds.clone();
  }

  /** Height of the central ray in mm, or null for the middle of the bounds. */
  public Double centralRayZ() {
    return centralRayZ;
  }

  public int threads() {
    return threads;
  }

  /** Builder; {@code setX} is not needed for any field (all have defaults), {@code optX} overrides one. */
  public static final class Builder {
    private double pixelPitchMm = 0.1;
    private double voxelMm = 0.25;
    private int block = 8;
    private int toothBlock = 2;
    private double[] detailBoxes = new double[0];
    private double sourceToDetectorMm = 500;
    private double magnificationAnterior = 1.22;
    private double magnificationPosterior = 1.28;
    private double rotationRadiusAnteriorMm = 30;
    private double rotationRadiusPosteriorMm = 70;
    private double slitWidthMm = 5;
    private double maxBlurMm = 60;
    private double labelDepthMm = 20;
    private double photonsPerPixel = 20_000;
    private double electronicNoise = 4;
    private double fullScaleAttenuation = 5.0;
    private boolean noise = true;
    private long seed = 0;
    private double kvp = 70;
    private double tubeCurrentMa = 8;
    private double exposureTimeS = 14;
    private double[] bounds;
    private Double centralRayZ;
    private int threads = 1;

    private Builder() {}

    public Builder optPixelPitchMm(double v) { pixelPitchMm = v; return this; }
    public Builder optVoxelMm(double v) { voxelMm = v; return this; }
    public Builder optBlock(int block, int toothBlock) {
      this.block = block;
      this.toothBlock = toothBlock;
      return this;
    }
    public Builder optSourceToDetectorMm(double v) { sourceToDetectorMm = v; return this; }
    public Builder optMagnification(double anterior, double posterior) {
      magnificationAnterior = anterior;
      magnificationPosterior = posterior;
      return this;
    }
    public Builder optRotationRadiusMm(double anterior, double posterior) {
      rotationRadiusAnteriorMm = anterior;
      rotationRadiusPosteriorMm = posterior;
      return this;
    }
    /** Boxes {minX, minY, minZ, maxX, maxY, maxZ, ...} sampled finely, see {@link VolumeSampling#detailBoxes()}. */
    public Builder optDetailBoxes(double[] boxes) {
      detailBoxes = boxes == null ? new double[0] : boxes.clone();
      return this;
    }

    public Builder optSlitWidthMm(double v) { slitWidthMm = v; return this; }
    public Builder optMaxBlurMm(double v) { maxBlurMm = v; return this; }
    public Builder optLabelDepthMm(double v) { labelDepthMm = v; return this; }
    public Builder optPhotonsPerPixel(double v) { photonsPerPixel = v; return this; }
    public Builder optElectronicNoise(double v) { electronicNoise = v; return this; }
    public Builder optFullScaleAttenuation(double v) { fullScaleAttenuation = v; return this; }
    public Builder optNoise(boolean v) { noise = v; return this; }
    public Builder optSeed(long v) { seed = v; return this; }
    public Builder optKvp(double v) { kvp = v; return this; }
    public Builder optTubeCurrentMa(double v) { tubeCurrentMa = v; return this; }
    public Builder optExposureTimeS(double v) { exposureTimeS = v; return this; }
    public Builder optBounds(double[] v) { bounds = v == null ? null : v.clone(); return this; }
    public Builder optCentralRayZ(double v) { centralRayZ = v; return this; }
    public Builder optThreads(int v) { threads = v; return this; }

    /** Validates every field and builds. */
    public PanoramicOptions build() {
      positive("pixelPitchMm", pixelPitchMm);
      positive("voxelMm", voxelMm);
      positive("sourceToDetectorMm", sourceToDetectorMm);
      positive("slitWidthMm", slitWidthMm);
      positive("maxBlurMm", maxBlurMm);
      positive("labelDepthMm", labelDepthMm);
      positive("kvp", kvp);
      positive("tubeCurrentMa", tubeCurrentMa);
      positive("exposureTimeS", exposureTimeS);
      new VolumeSampling(voxelMm, block, toothBlock, detailBoxes, true, threads);
      for (double m : new double[] {magnificationAnterior, magnificationPosterior}) {
        if (!(m > 1 && m < 3)) {
          throw new IllegalArgumentException("magnification " + m + ", expected in (1, 3)");
        }
      }
      for (double r : new double[] {rotationRadiusAnteriorMm, rotationRadiusPosteriorMm}) {
        if (!(r > 0 && r < sourceToDetectorMm / Math.max(magnificationAnterior, magnificationPosterior))) {
          throw new IllegalArgumentException("rotation radius " + r + " mm, expected > 0 and inside the "
              + "source-to-trough distance");
        }
      }
      if (bounds != null && (bounds.length != 6 || !(bounds[3] > bounds[0] && bounds[4] > bounds[1]
          && bounds[5] > bounds[2]))) {
        throw new IllegalArgumentException("bounds " + Arrays.toString(bounds)
            + ", expected {minX, minY, minZ, maxX, maxY, maxZ} with max > min");
      }
      if (centralRayZ != null && !Double.isFinite(centralRayZ)) {
        throw new IllegalArgumentException("central ray height " + centralRayZ + ", expected a finite number");
      }
      new XrayDetector(photonsPerPixel, electronicNoise, fullScaleAttenuation, noise, seed);
      return new PanoramicOptions(this);
    }

    private static void positive(String name, double v) {
      if (!(v > 0 && Double.isFinite(v))) {
        throw new IllegalArgumentException(name + " = " + v + ", expected a finite number > 0");
      }
    }
  }
}
