package org.radiomesh.imaging.series;

import java.util.Arrays;

/**
 * A 3D image on a regular grid in the DICOM patient frame (LPS, millimetres): {@code voxels[x + nx·(y + ny·z)]}
 * (x fastest) is the modality value (HU for CT) at
 * <pre>  p = origin + x·sx·row + y·sy·column + z·sz·normal</pre>
 * where {@code row} and {@code column} are the slices' Image Orientation (Patient) cosines (x runs along a row, y down a
 * column), {@code normal = row × column} and z runs in increasing slice position along it; the direction matrix is
 * therefore right-handed. {@code sx} is the column spacing and {@code sy} the row spacing of Pixel Spacing, {@code sz}
 * the spacing between slice positions. {@code origin} is the centre of voxel (0, 0, 0).
 *
 * <p>Memory: 4 bytes per voxel (a 512 × 512 × 600 CT takes 630 MB). The voxel array is not copied; treat it as
 * read-only.
 */
public final class Volume {
  private final float[] voxels;
  private final int nx;
  private final int ny;
  private final int nz;
  private final double[] spacing;
  private final double[] origin;
  private final double[] direction;

  /**
   * @param spacing sx, sy, sz (mm, positive)
   * @param origin patient position of voxel (0, 0, 0)
   * @param direction row, column and normal unit vectors, 9 values (row x, y, z, column x, y, z, normal x, y, z)
   */
  public Volume(float[] voxels, int nx, int ny, int nz, double[] spacing, double[] origin, double[] direction) {
    if (nx < 1 || ny < 1 || nz < 1 || voxels.length != (long) nx * ny * nz) {
      throw new IllegalArgumentException("volume " + nx + "x" + ny + "x" + nz + " with " + voxels.length
          + " voxels");
    }
    if (spacing.length != 3 || origin.length != 3 || direction.length != 9) {
      throw new IllegalArgumentException("expected 3 spacing, 3 origin and 9 direction values");
    }
    for (double s : spacing) {
      if (!(s > 0) || Double.isInfinite(s)) {
        throw new IllegalArgumentException("spacing " + Arrays.toString(spacing) + ", expected positive values");
      }
    }
    this.voxels = voxels;
    this.nx = nx;
    this.ny = ny;
    this.nz = nz;
    this.spacing = spacing.clone();
    this.origin = origin.clone();
    this.direction = direction.clone();
  }

  public float[] voxels() {
    return voxels;
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

  /** Spacing along x, y, z in mm (a copy). */
  public double[] spacing() {
    return spacing.clone();
  }

  /** Patient position (mm) of the centre of voxel (0, 0, 0) (a copy). */
  public double[] origin() {
    return origin.clone();
  }

  /** Row, column and normal direction cosines, 9 values (a copy). */
  public double[] direction() {
    return direction.clone();
  }

  public float value(int x, int y, int z) {
    return voxels[x + nx * (y + ny * z)];
  }

  /** Patient coordinates (mm) of a continuous voxel index (x, y, z). */
  public double[] toPatient(double x, double y, double z) {
    double a = x * spacing[0];
    double b = y * spacing[1];
    double c = z * spacing[2];
    return new double[] {
        origin[0] + a * direction[0] + b * direction[3] + c * direction[6],
        origin[1] + a * direction[1] + b * direction[4] + c * direction[7],
        origin[2] + a * direction[2] + b * direction[5] + c * direction[8]};
  }

  /**
   * Maps points given in the volume's scaled index frame (x·sx, y·sy, z·sz, millimetres along the grid axes), as
   * {@code xyz} triples, to patient coordinates in place. Cost O(points).
   */
  public void gridToPatient(float[] xyz) {
    for (int i = 0; i + 2 < xyz.length; i += 3) {
      double a = xyz[i];
      double b = xyz[i + 1];
      double c = xyz[i + 2];
      xyz[i] = (float) (origin[0] + a * direction[0] + b * direction[3] + c * direction[6]);
      xyz[i + 1] = (float) (origin[1] + a * direction[1] + b * direction[4] + c * direction[7]);
      xyz[i + 2] = (float) (origin[2] + a * direction[2] + b * direction[5] + c * direction[8]);
    }
  }

  @Override
  public String toString() {
    return "Volume[" + nx + "x" + ny + "x" + nz + ", spacing " + Arrays.toString(spacing) + ", origin "
        + Arrays.toString(origin) + "]";
  }
}
