package org.radiomesh.imaging.series;

import org.radiomesh.imaging.DecodedImage;
import org.radiomesh.imaging.ImagePlane;

/**
 * One 2D slice of a series: its modality values (HU for CT), row-major {@code height × width}, and where it lies.
 * The values array is not copied; treat it as read-only.
 *
 * @param source file name or other identifier, for reports and errors
 * @param seriesInstanceUid the series it belongs to
 * @param sopInstanceUid its SOP Instance UID
 * @param instanceNumber Instance Number, or {@link Integer#MIN_VALUE}
 * @param plane position, orientation and pixel spacing in the patient frame
 * @param width columns
 * @param height rows
 * @param values modality values, {@code width × height}
 */
public record Slice(String source, String seriesInstanceUid, String sopInstanceUid, int instanceNumber,
    ImagePlane plane, int width, int height, float[] values) {

  public Slice {
    if (values == null || values.length != (long) width * height) {
      throw new IllegalArgumentException("slice " + source + ": values length does not match " + width + "x"
          + height);
    }
  }

  /**
   * The slice of a decoded single-frame image decoded with {@code keepModalityValues(true)}.
   *
   * @throws SeriesAssemblyException MISSING_GEOMETRY when the image has no plane or no modality values
   */
  public static Slice of(DecodedImage img) throws SeriesAssemblyException {
    if (img.plane() == null || img.modalityValues() == null) {
      throw new SeriesAssemblyException(SeriesAssemblyException.Reason.MISSING_GEOMETRY, img.seriesInstanceUid(),
          img.source(), "Image Position (Patient), Image Orientation (Patient), Pixel Spacing and modality values"
          + " (decode with keepModalityValues)");
    }
    if (img.frames() != 1) {
      throw new SeriesAssemblyException(SeriesAssemblyException.Reason.INCONSISTENT_GEOMETRY,
          img.seriesInstanceUid(), img.source(), "single-frame instances, got " + img.frames() + " frames");
    }
    return new Slice(img.source(), img.seriesInstanceUid(), img.sopInstanceUid(), img.instanceNumber(), img.plane(),
        img.width(), img.height(), img.modalityValues());
  }
}
