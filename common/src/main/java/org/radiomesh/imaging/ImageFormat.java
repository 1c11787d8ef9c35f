package org.radiomesh.imaging;

/**
 * The container of an image file, recognised from its first bytes (magic numbers), never from its name.
 *
 * <p>DICOM is recognised either by the Part 10 preamble ({@code DICM} at byte 128) or, for a raw data set without
 * preamble, by a first element in group 0002 or 0008 (the tags every instance starts with) in either byte order, with a
 * two-letter upper-case explicit VR or a plausible implicit length. Cost: O(1), reads at most 132 bytes.
 */
public enum ImageFormat {
  DICOM,
  PNG,
  JPEG,
  TIFF,
  BMP,
  GIF,
  UNKNOWN;

  /** The format of {@code bytes[0 .. length)}. */
  public static ImageFormat detect(byte[] bytes, int length) {
    if (length >= 132 && bytes[128] == 'D' && bytes[129] == 'I' && bytes[130] == 'C' && bytes[131] == 'M') {
      return DICOM;
    }
    if (length >= 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
      return PNG;
    }
    if (length >= 3 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xD8 && (bytes[2] & 0xff) == 0xFF) {
      return JPEG;
    }
    if (length >= 4 && ((bytes[0] == 'I' && bytes[1] == 'I' && bytes[2] == 42 && bytes[3] == 0)
        || (bytes[0] == 'M' && bytes[1] == 'M' && bytes[2] == 0 && bytes[3] == 42))) {
      return TIFF;
    }
    if (length >= 2 && bytes[0] == 'B' && bytes[1] == 'M') {
      return BMP;
    }
    if (length >= 4 && bytes[0] == 'G' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == '8') {
      return GIF;
    }
    if (looksLikeRawDicom(bytes, length)) {
      return DICOM;
    }
    return UNKNOWN;
  }

  /** Shortcut for the whole array. */
  public static ImageFormat detect(byte[] bytes) {
    return detect(bytes, bytes.length);
  }

  private static boolean looksLikeRawDicom(byte[] b, int length) {
    if (length < 12) {
      return false;
    }
    int groupLe = (b[0] & 0xff) | (b[1] & 0xff) << 8;
    int groupBe = (b[0] & 0xff) << 8 | (b[1] & 0xff);
    boolean knownGroup = groupLe == 0x0002 || groupLe == 0x0008 || groupBe == 0x0008;
    if (!knownGroup) {
      return false;
    }
    boolean explicitVr = b[4] >= 'A' && b[4] <= 'Z' && b[5] >= 'A' && b[5] <= 'Z';
    if (explicitVr) {
      return true;
    }
    long implicitLengthLe = (b[4] & 0xffL) | (b[5] & 0xffL) << 8 | (b[6] & 0xffL) << 16 | (b[7] & 0xffL) << 24;
    return implicitLengthLe < length || implicitLengthLe == 0xffffffffL;
  }
}
