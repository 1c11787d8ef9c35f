package org.radiomesh.radiograph;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A simulated panoramic radiograph: 12-bit pixels (0..4095, bright = more attenuation, row-major from the top left),
 * the geometry that made it (for mapping anatomy to pixels), the options, and the box of every tooth imaged in the
 * focal trough, keyed by FDI number.
 *
 * <p>The pixel array is not copied: treat {@link #pixels()} as read-only. Pixel spacing at the detector is
 * {@code options().pixelPitchMm()}; in the patient (at the trough) it is that divided by the local magnification.
 */
public final class PanoramicRadiograph {
  private final short[] pixels;
  private final PanoramicGeometry geometry;
  private final SortedMap<Integer, PixelBox> toothBoxes;

  PanoramicRadiograph(short[] pixels, PanoramicGeometry geometry, SortedMap<Integer, PixelBox> toothBoxes) {
    if (pixels.length != geometry.width() * geometry.height()) {
      throw new IllegalArgumentException(pixels.length + " pixels for a " + geometry.width() + "×" + geometry.height()
          + " image");
    }
    this.pixels = pixels;
    this.geometry = geometry;
    this.toothBoxes = Collections.unmodifiableSortedMap(new TreeMap<>(toothBoxes));
  }

  public int width() {
    return geometry.width();
  }

  public int height() {
    return geometry.height();
  }

  /** Pixel values 0..4095, index {@code row·width + column}. The array itself: do not modify. */
  public short[] pixels() {
    return pixels;
  }

  /** The value at column u, row v. */
  public int value(int u, int v) {
    return pixels[v * width() + u];
  }

  public PanoramicGeometry geometry() {
    return geometry;
  }

  public PanoramicOptions options() {
    return geometry.options();
  }

  /** Detector pixel pitch in mm (DICOM Imager Pixel Spacing). */
  public double pixelPitchMm() {
    return geometry.options().pixelPitchMm();
  }

  /** Boxes of the teeth imaged in the trough, by FDI number (teeth the field does not hold are absent). */
  public SortedMap<Integer, PixelBox> toothBoxes() {
    return toothBoxes;
  }
}
