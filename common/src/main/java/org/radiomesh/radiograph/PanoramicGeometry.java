package org.radiomesh.radiograph;

/**
 * The projection geometry of a simulated panoramic radiograph: which ray images which detector pixel, the
 * magnification along the arch and the blur of structures off the focal trough.
 *
 * <p>Model. Column by column, the beam is a vertical fan from a source on the lingual side, through the trough centre
 * point P(s) of the {@link ArchCurve} along its outward normal N(s), to the detector beyond. With source-to-detector
 * distance D and magnification M(s) at the trough, the source lies D/M(s) behind P(s) at the central-ray height z_c,
 * so heights are magnified by M(s) at the trough and more (less) lingually (buccally). The detector runs along the
 * arch: output column u images arc length s(u), with du/ds = M(s)/pitch, so that trough structures keep the same
 * horizontal and vertical magnification. Image row 0 is the top (highest z); column 0 is the start of the arch, the
 * patient's right.
 *
 * <p>Blur. During the sweep the beam turns about a centre r(s) lingual to the trough. A point at depth n along the
 * beam (n &gt; 0 buccal, towards the detector) moves across the detector relative to the trough, and is smeared
 * horizontally over B(n) = w·|1 − (r/a_0)·(a_0 + n)/(r + n)| mm at the detector, where w is the beam (slit) width at
 * the detector and a_0 = D/M the source-to-trough distance (laminography: B(0) = 0; B grows without bound towards the
 * rotation centre, which is where the opposite side's "ghost" lies; it is capped at maxBlurMm). Near the trough
 * B ≈ w·(a_0 − r)/(a_0·r)·|n|, so a smaller r (anteriorly) gives a thinner trough.
 *
 * <p>Regional settings blend anterior and posterior values with weight max(0, N(s)·A)², A the arch's anterior
 * direction. All lengths in mm; pixel coordinates are continuous, pixel (i, j) covering [i, i+1) × [j, j+1).
 * Construction O(arch length / voxel); queries O(log columns), {@link #project} O(arch samples).
 */
public final class PanoramicGeometry {
  private final ArchCurve arch;
  private final PanoramicOptions options;
  private final double[] anterior;
  private final double zc;
  private final double spacing;
  private final int columns;
  private final int rows;
  private final double internalTopZ;
  private final double detectorTop;
  private final int width;
  private final int height;
  /** Output column coordinate at internal column boundaries j·spacing, j = 0..columns. */
  private final double[] boundaryColumn;

  /**
   * The geometry for imaging the box {@code bounds} ({minX, minY, minZ, maxX, maxY, maxZ}, mm) along {@code arch}.
   * Internal rays are cast every {@code options.voxelMm()} at the trough.
   */
  public PanoramicGeometry(ArchCurve arch, double[] bounds, PanoramicOptions options) {
    this.arch = arch;
    this.options = options;
    this.anterior = arch.anterior();
    this.zc = options.centralRayZ() != null ? options.centralRayZ() : 0.5 * (bounds[2] + bounds[5]);
    this.spacing = options.voxelMm();
    this.columns = Math.max(1, (int) Math.ceil(arch.length() / spacing));
    double mMax = Math.max(options.magnificationAnterior(), options.magnificationPosterior());
    double mMin = Math.min(options.magnificationAnterior(), options.magnificationPosterior());
    this.detectorTop = (bounds[5] - zc) * mMax;
    double detectorBottom = (bounds[2] - zc) * mMax;
    this.height = Math.max(1, (int) Math.ceil((detectorTop - detectorBottom) / options.pixelPitchMm()));
    double bottom = detectorTop - height * options.pixelPitchMm();
    this.internalTopZ = zc + Math.max(detectorTop / mMin, detectorTop / mMax) + spacing;
    double internalBottomZ = zc + Math.min(bottom / mMin, bottom / mMax) - spacing;
    this.rows = Math.max(1, (int) Math.ceil((internalTopZ - internalBottomZ) / spacing));
    this.boundaryColumn = new double[columns + 1];
    double previous = magnification(0);
    for (int j = 1; j <= columns; j++) {
      double m = magnification(j * spacing);
      boundaryColumn[j] = boundaryColumn[j - 1] + 0.5 * (previous + m) * spacing / options.pixelPitchMm();
      previous = m;
    }
    this.width = Math.max(1, (int) Math.ceil(boundaryColumn[columns]));
  }

  /** Output image width in pixels. */
  public int width() {
    return width;
  }

  /** Output image height in pixels. */
  public int height() {
    return height;
  }

  public ArchCurve arch() {
    return arch;
  }

  /** Height of the central ray, mm. */
  public double centralRayZ() {
    return zc;
  }

  /** Weight of the anterior settings at arc length s: max(0, N(s)·A)². */
  public double anteriorWeight(double s) {
    double[] n = arch.normal(s);
    double c = Math.max(0, n[0] * anterior[0] + n[1] * anterior[1]);
    return c * c;
  }

  /** Magnification at the trough at arc length s. */
  public double magnification(double s) {
    double w = anteriorWeight(s);
    return options.magnificationPosterior() + w * (options.magnificationAnterior() - options.magnificationPosterior());
  }

  /** Magnification averaged over the arch length: image width in mm at the detector / arch length. */
  public double meanMagnification() {
    return boundaryColumn[columns] * options.pixelPitchMm() / (columns * spacing);
  }

  /** Distance from the source to the trough at arc length s, mm. */
  public double sourceToTroughMm(double s) {
    return options.sourceToDetectorMm() / magnification(s);
  }

  /** Distance from the trough to the rotation centre (lingual) at arc length s, mm. */
  public double rotationRadiusMm(double s) {
    double w = anteriorWeight(s);
    return options.rotationRadiusPosteriorMm()
        + w * (options.rotationRadiusAnteriorMm() - options.rotationRadiusPosteriorMm());
  }

  /** Horizontal blur width at the detector, mm, of a point at depth n (mm, + buccal) from the trough at s. */
  public double blurMm(double s, double depthMm) {
    return blurMm(sourceToTroughMm(s), rotationRadiusMm(s), depthMm);
  }

  /** {@link #blurMm(double, double)} for a column with source-to-trough distance a and rotation radius r. */
  double blurMm(double a, double r, double depthMm) {
    double rho = r + depthMm;
    if (rho <= 1e-9) {
      return options.maxBlurMm();
    }
    return Math.min(options.maxBlurMm(), options.slitWidthMm() * Math.abs(1 - (r / a) * (a + depthMm) / rho));
  }

  /** The output column coordinate of arc length s (s clamped to the imaged range). */
  public double column(double s) {
    double f = Math.max(0, Math.min(columns, s / spacing));
    int j = Math.min((int) f, columns - 1);
    return boundaryColumn[j] + (f - j) * (boundaryColumn[j + 1] - boundaryColumn[j]);
  }

  /** The arc length imaged at output column coordinate u (inverse of {@link #column}). */
  public double arcLength(double u) {
    if (u <= 0) {
      return 0;
    }
    int lo = 0;
    int hi = columns;
    if (u >= boundaryColumn[hi]) {
      return columns * spacing;
    }
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (boundaryColumn[mid] <= u) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    double t = (u - boundaryColumn[lo]) / (boundaryColumn[hi] - boundaryColumn[lo]);
    return (lo + t) * spacing;
  }

  /** The output row coordinate of height z in the trough plane at arc length s. */
  public double row(double s, double z) {
    return (detectorTop - (z - zc) * magnification(s)) / options.pixelPitchMm();
  }

  /** The trough-plane height imaged by output row coordinate v at arc length s (inverse of {@link #row}). */
  public double troughZ(double s, double v) {
    return zc + (detectorTop - v * options.pixelPitchMm()) / magnification(s);
  }

  /**
   * Where the point (x, y, z) lands on the image, {u, v} in continuous output pixel coordinates: the column whose beam
   * passes through it (the foot of its perpendicular on the arch) and the row where that beam's fan projects it.
   */
  public double[] project(double x, double y, double z) {
    double s = arch.footArcLength(x, y);
    double[] p = arch.point(s);
    double[] n = arch.normal(s);
    double depth = (x - p[0]) * n[0] + (y - p[1]) * n[1];
    double a = sourceToTroughMm(s);
    double zTrough = zc + (z - zc) * a / (a + depth);
    return new double[] {column(s), row(s, zTrough)};
  }

  // Internal ray grid, read by the simulator: columns every `spacing` of arc length, rows every `spacing` of height.

  int internalColumns() {
    return columns;
  }

  int internalRows() {
    return rows;
  }

  double spacing() {
    return spacing;
  }

  /** Arc length at the centre of internal column c. */
  double internalArcLength(int c) {
    return (c + 0.5) * spacing;
  }

  /** Trough height at the centre of internal row r. */
  double internalZ(int r) {
    return internalTopZ - (r + 0.5) * spacing;
  }

  /** Internal row coordinate (centre of row r at r) of trough height z. */
  double internalRow(double z) {
    return (internalTopZ - z) / spacing - 0.5;
  }

  PanoramicOptions options() {
    return options;
  }
}
