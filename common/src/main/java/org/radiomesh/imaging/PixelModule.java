package org.radiomesh.imaging;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;
import java.util.Locale;

/**
 * The Image Pixel module attributes that say how stored samples are laid out (PS3.3 C.7.6.3), read from a PixelMed
 * attribute list and checked against what {@link DicomImageDecoder} handles: 8 or 16 bits allocated, 1 sample
 * (MONOCHROME1/2) or 3 samples of 8 bits (RGB, YBR_FULL), bits stored within bits allocated.
 */
record PixelModule(int rows, int columns, int frames, int samplesPerPixel, int bitsAllocated, int bitsStored,
    int highBit, boolean signed, int planarConfiguration, String photometric) {

  static PixelModule from(AttributeList list, String photometric) {
    int bitsAllocated = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.BitsAllocated, 0);
    int bitsStored = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.BitsStored, bitsAllocated);
    return new PixelModule(
        Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Rows, 0),
        Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Columns, 0),
        Math.max(1, Attribute.getSingleIntegerValueOrDefault(list, TagFromName.NumberOfFrames, 1)),
        Attribute.getSingleIntegerValueOrDefault(list, TagFromName.SamplesPerPixel, 1),
        bitsAllocated,
        bitsStored,
        Attribute.getSingleIntegerValueOrDefault(list, TagFromName.HighBit, bitsStored - 1),
        Attribute.getSingleIntegerValueOrDefault(list, TagFromName.PixelRepresentation, 0) == 1,
        Attribute.getSingleIntegerValueOrDefault(list, TagFromName.PlanarConfiguration, 0),
        photometric == null ? "" : photometric.trim().toUpperCase(Locale.ROOT));
  }

  /** The same module with another Planar Configuration (decoders that always return pixel-interleaved colour). */
  PixelModule withPlanarConfiguration(int planar) {
    return new PixelModule(rows, columns, frames, samplesPerPixel, bitsAllocated, bitsStored, highBit, signed, planar,
        photometric);
  }

  int bytesPerSample() {
    return bitsAllocated / 8;
  }

  int pixelsPerFrame() {
    return rows * columns;
  }

  /** Stored bytes of one frame. */
  long bytesPerFrame() {
    return (long) rows * columns * samplesPerPixel * bytesPerSample();
  }

  boolean isMonochrome() {
    return samplesPerPixel == 1;
  }

  boolean isMonochrome1() {
    return "MONOCHROME1".equals(photometric);
  }

  /**
   * @throws PixelDecodeException UNSUPPORTED_PIXEL_FORMAT naming the first attribute outside the supported range
   */
  void check(String source) throws PixelDecodeException {
    if (rows <= 0 || columns <= 0) {
      throw unsupported(source, "Rows and Columns > 0, got " + rows + " x " + columns);
    }
    if (bitsAllocated != 8 && bitsAllocated != 16) {
      throw unsupported(source, "Bits Allocated 8 or 16, got " + bitsAllocated);
    }
    if (bitsStored < 1 || bitsStored > bitsAllocated || highBit < bitsStored - 1 || highBit >= bitsAllocated) {
      throw unsupported(source, "1 <= Bits Stored <= Bits Allocated and Bits Stored - 1 <= High Bit < Bits Allocated,"
          + " got Bits Stored " + bitsStored + ", High Bit " + highBit + ", Bits Allocated " + bitsAllocated);
    }
    if (samplesPerPixel == 1) {
      if (!photometric.equals("MONOCHROME1") && !photometric.equals("MONOCHROME2")) {
        throw unsupported(source, "MONOCHROME1 or MONOCHROME2 for one sample per pixel, got '" + photometric + "'");
      }
    } else if (samplesPerPixel == 3) {
      if (bitsAllocated != 8) {
        throw unsupported(source, "8 bits allocated for colour, got " + bitsAllocated);
      }
      if (!photometric.equals("RGB") && !photometric.equals("YBR_FULL")) {
        throw unsupported(source, "RGB or YBR_FULL for three samples per pixel, got '" + photometric + "'");
      }
    } else {
      throw unsupported(source, "Samples per Pixel 1 or 3, got " + samplesPerPixel);
    }
  }

  private static PixelDecodeException unsupported(String source, String expected) {
    return new PixelDecodeException(PixelDecodeException.Reason.UNSUPPORTED_PIXEL_FORMAT, source, -1, expected);
  }
}
