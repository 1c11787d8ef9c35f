package org.radiomesh.radiograph;

/**
 * A CT volume in Hounsfield units on an isotropic voxel grid, as simulated by {@link CbctSimulator}.
 *
 * <p>Conventions: millimetres in the material field's frame; voxel (i, j, k) has its centre at
 * {@code origin + (i + ½, j + ½, k + ½)·voxel}; values are indexed {@code (k·ny + j)·nx + i}, so that slice k (an
 * axial image, rows along y, columns along x) is the contiguous block {@link #slice}. The array is not copied: treat
 * {@link #hounsfield()} as read-only.
 */
public final class CbctVolume {
  private final int nx;
  private final int ny;
  private final int nz;
  private final double[] origin;
  private final double voxelMm;
  private final short[] hounsfield;
  private final CbctOptions options;

  CbctVolume(int nx, int ny, int nz, double[] origin, double voxelMm, short[] hounsfield, CbctOptions options) {
    if (hounsfield.length != nx * ny * nz) {
      throw new IllegalArgumentException(hounsfield.length + " values for " + nx + "×" + ny + "×" + nz + " voxels");
    }
    this.nx = nx;
    this.ny = ny;
    this.nz = nz;
    this.origin = origin.clone();
    this.voxelMm = voxelMm;
    this.hounsfield = hounsfield;
    this.options = options;
  }

  public int nx() {
    return nx;
  }

  public int ny() {
    return ny;
  }

  public int nz() {
    return nz;
  }

  /** Minimum corner of the grid {x, y, z}, mm (a copy). */
  public double[] origin() {
    return origin.clone();
  }

  public double voxelMm() {
    return voxelMm;
  }

  /** CT numbers, HU, indexed {@code (k·ny + j)·nx + i}. The array itself: do not modify. */
  public short[] hounsfield() {
    return hounsfield;
  }

  /** The CT number of voxel (i, j, k), HU. */
  public int hu(int i, int j, int k) {
    return hounsfield[(k * ny + j) * nx + i];
  }

  /** A copy of axial slice k, ny rows of nx values. */
  public short[] slice(int k) {
    short[] s = new short[nx * ny];
    System.arraycopy(hounsfield, k * nx * ny, s, 0, nx * ny);
    return s;
  }

  /** The options that made this volume (acquisition figures for DICOM). */
  public CbctOptions options() {
    return options;
  }
}
