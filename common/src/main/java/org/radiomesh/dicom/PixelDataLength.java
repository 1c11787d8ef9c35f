package org.radiomesh.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomInputStream;
import com.pixelmed.dicom.TagFromName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The two pixel data sizes a header declares without reading the pixels: the element's value length, read from the
 * bytes right after its tag, and the decoded size Rows·Columns·NumberOfFrames·SamplesPerPixel·BitsAllocated/8.
 * O(1).
 */
final class PixelDataLength {
  private static final long UNDEFINED_LENGTH = 0xFFFFFFFFL;
  private static final Set<String> LONG_FORM_VRS = Set.of("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN",
      "UR", "UT", "UV");

  private PixelDataLength() {}

  /**
   * Reads the VR (explicit VR only) and value length that follow a pixel data tag.
   *
   * @return the length in bytes, or -1 when undefined (encapsulated pixel data)
   */
  static long read(DicomInputStream in, boolean explicitVr) throws IOException {
    long vl;
    if (explicitVr) {
      byte[] vr = new byte[2];
      in.readInsistently(vr, 0, 2);
      if (LONG_FORM_VRS.contains(new String(vr, StandardCharsets.US_ASCII))) {
        in.readUnsigned16();
        vl = in.readUnsigned32();
      } else {
        vl = in.readUnsigned16();
      }
    } else {
      vl = in.readUnsigned32();
    }
    return vl == UNDEFINED_LENGTH ? -1 : vl;
  }

  /**
   * Rows·Columns·Frames·Samples·BitsAllocated/8 rounded up; -1 when Rows, Columns or Bits Allocated is absent,
   * {@link Long#MAX_VALUE} when the product overflows (which any limit rejects).
   */
  static long decodedBytes(AttributeList list) {
    long rows = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Rows, -1);
    long columns = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Columns, -1);
    long bits = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.BitsAllocated, -1);
    if (rows < 0 || columns < 0 || bits < 0) {
      return -1;
    }
    long frames = Math.max(1, Attribute.getSingleIntegerValueOrDefault(list, TagFromName.NumberOfFrames, 1));
    long samples = Math.max(1, Attribute.getSingleIntegerValueOrDefault(list, TagFromName.SamplesPerPixel, 1));
    try {
      long totalBits = Math.multiplyExact(Math.multiplyExact(Math.multiplyExact(rows * columns, frames), samples), bits);
      return (totalBits + 7) / 8;
    } catch (ArithmeticException overflow) {
      return Long.MAX_VALUE;
    }
  }
}
