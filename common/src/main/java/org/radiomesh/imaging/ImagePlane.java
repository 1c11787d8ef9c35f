package org.radiomesh.imaging;

/**
 * Where a 2D image lies in the patient coordinate system (DICOM LPS, millimetres): Image Position (Patient) of the
 * centre of the first transmitted pixel, Image Orientation (Patient) as the row direction (along a row, increasing
 * column) and column direction (down a column, increasing row), and Pixel Spacing as the distance between rows and the
 * distance between columns.
 *
 * <p>DICOM's Pixel Spacing lists the row spacing (vertical, y) first and the column spacing (horizontal, x) second;
 * {@link #columnSpacing()} is therefore the x spacing of a volume and {@link #rowSpacing()} the y spacing.
 *
 * @param x position, x (mm)
 * @param y position, y (mm)
 * @param z position, z (mm)
 * @param rowX row direction cosine, x
 * @param rowY row direction cosine, y
 * @param rowZ row direction cosine, z
 * @param colX column direction cosine, x
 * @param colY column direction cosine, y
 * @param colZ column direction cosine, z
 * @param rowSpacing distance between adjacent rows (mm), first value of Pixel Spacing
 * @param columnSpacing distance between adjacent columns (mm), second value of Pixel Spacing
 */
public record ImagePlane(double x, double y, double z, double rowX, double rowY, double rowZ,
    double colX, double colY, double colZ, double rowSpacing, double columnSpacing) {

  /** Builds a plane from the DICOM attribute values, as stored (position 3, orientation 6, spacing 2). */
  public static ImagePlane of(double[] position, double[] orientation, double[] pixelSpacing) {
    if (position.length != 3 || orientation.length != 6 || pixelSpacing.length != 2) {
      throw new IllegalArgumentException("expected 3 position, 6 orientation and 2 spacing values, got "
          + position.length + ", " + orientation.length + ", " + pixelSpacing.length);
    }
    return new ImagePlane(position[0], position[1], position[2], orientation[0], orientation[1], orientation[2],
        orientation[3], orientation[4], orientation[5], pixelSpacing[0], pixelSpacing[1]);
  }

  /** The slice normal, row × column (not normalised; unit length when the cosines are orthonormal). */
  public double[] normal() {
    return new double[] {
        rowY * colZ - rowZ * colY,
        rowZ * colX - rowX * colZ,
        rowX * colY - rowY * colX};
  }

  /** Position projected on a direction: the slice location along that direction (mm when it is a unit vector). */
  public double along(double[] direction) {
    return x * direction[0] + y * direction[1] + z * direction[2];
  }

  /** Largest absolute difference between this plane's direction cosines and another's. */
  public double orientationDifference(ImagePlane o) {
    double d = Math.abs(rowX - o.rowX);
    d = Math.max(d, Math.abs(rowY - o.rowY));
    d = Math.max(d, Math.abs(rowZ - o.rowZ));
    d = Math.max(d, Math.abs(colX - o.colX));
    d = Math.max(d, Math.abs(colY - o.colY));
    return Math.max(d, Math.abs(colZ - o.colZ));
  }
}
