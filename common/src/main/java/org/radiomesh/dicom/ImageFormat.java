package org.radiomesh.dicom;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The kinds of image file radiomesh reads (the catalog and the pixel decoder), told apart by their first bytes
 * ({@link #detect}), never by their names.
 *
 * <p>DICOM Part 10 is a 128-byte preamble followed by {@code DICM}. Raw DICOM (no preamble, as written by some old
 * modalities and by {@code dcmodify --write-dataset}) is recognised by a plausible little-endian element at offset 0:
 * group 0x0002 or 0x0008, then either a two-letter VR (explicit VR, with zero reserved bytes for the long-form VRs) or
 * a 32-bit value length below 64 KiB (implicit VR); a big-endian group 0x0008 with an explicit VR is accepted too
 * (explicit VR big endian, retired but still found). PNG, JPEG, TIFF, BMP and GIF are recognised by their signatures.
 * A DICOM preamble may itself hold a TIFF header (dual-personality files); the {@code DICM} test runs first, so such
 * files are DICOM. Cost: O(1), reads at most {@link #PREFIX_BYTES} bytes.
 */
public enum ImageFormat {
  /** DICOM with preamble and {@code DICM} marker. */
  DICOM_PART10,
  /** DICOM data set starting at byte 0, without preamble. */
  DICOM_RAW,
  /** PNG image. */
  PNG,
  /** JPEG (JFIF, EXIF or bare) image. */
  JPEG,
  /** TIFF image, either byte order. */
  TIFF,
  /** Windows bitmap. */
  BMP,
  /** GIF image (87a or 89a). */
  GIF,
  /** None of the above. */
  UNKNOWN;

  /** How many leading bytes {@link #detect} looks at; pass at least this many when the file has them. */
  public static final int PREFIX_BYTES = 132;

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final Set<String> VRS = Set.of("AE", "AS", "AT", "CS", "DA", "DS", "DT", "FD", "FL", "IS", "LO", "LT",
      "OB", "OD", "OF", "OL", "OV", "OW", "PN", "SH", "SL", "SQ", "SS", "ST", "SV", "TM", "UC", "UI", "UL", "UN", "UR",
      "US", "UT", "UV");
  private static final Set<String> LONG_FORM_VRS = Set.of("OB", "OD", "OF", "OL", "OV", "OW", "SQ", "SV", "UC", "UN",
      "UR", "UT", "UV");
  private static final long MAX_PLAUSIBLE_FIRST_LENGTH = 0x10000;

  /** True for the two DICOM kinds. */
  public boolean isDicom() {
    return this == DICOM_PART10 || this == DICOM_RAW;
  }

  /** True for the raster formats the JDK's ImageIO reads: PNG, JPEG, TIFF, BMP and GIF. */
  public boolean isRaster() {
    return this == PNG || this == JPEG || this == TIFF || this == BMP || this == GIF;
  }

  /**
   * Detects the format from the first {@code length} bytes of {@code prefix}.
   *
   * @param prefix the file's leading bytes ({@link #PREFIX_BYTES} or the whole file if shorter)
   * @param length how many bytes of {@code prefix} are valid
   * @return the format, {@link #UNKNOWN} when nothing matches (including {@code length == 0})
   */
  public static ImageFormat detect(byte[] prefix, int length) {
    if (length >= 132 && prefix[128] == 'D' && prefix[129] == 'I' && prefix[130] == 'C' && prefix[131] == 'M') {
      return DICOM_PART10;
    }
    if (startsWith(prefix, length, PNG_SIGNATURE)) {
      return PNG;
    }
    if (length >= 3 && (prefix[0] & 0xFF) == 0xFF && (prefix[1] & 0xFF) == 0xD8 && (prefix[2] & 0xFF) == 0xFF) {
      return JPEG;
    }
    if (length >= 4 && ((prefix[0] == 'I' && prefix[1] == 'I' && prefix[2] == 42 && prefix[3] == 0)
        || (prefix[0] == 'M' && prefix[1] == 'M' && prefix[2] == 0 && prefix[3] == 42))) {
      return TIFF;
    }
    if (length >= 2 && prefix[0] == 'B' && prefix[1] == 'M') {
      return BMP;
    }
    if (length >= 4 && prefix[0] == 'G' && prefix[1] == 'I' && prefix[2] == 'F' && prefix[3] == '8') {
      return GIF;
    }
    if (isPlausibleRawDicom(prefix, length)) {
      return DICOM_RAW;
    }
    return UNKNOWN;
  }

  private static boolean isPlausibleRawDicom(byte[] b, int length) {
    if (length < 8) {
      return false;
    }
    int group = (b[0] & 0xFF) | (b[1] & 0xFF) << 8;
    String vr = new String(b, 4, 2, StandardCharsets.US_ASCII);
    if (group == 0x0800 && VRS.contains(vr)) {
      return !LONG_FORM_VRS.contains(vr) || (b[6] == 0 && b[7] == 0);
    }
    if (group != 0x0002 && group != 0x0008) {
      return false;
    }
    if (VRS.contains(vr)) {
      return !LONG_FORM_VRS.contains(vr) || (b[6] == 0 && b[7] == 0);
    }
    long implicitLength = (b[4] & 0xFFL) | (b[5] & 0xFFL) << 8 | (b[6] & 0xFFL) << 16 | (b[7] & 0xFFL) << 24;
    return implicitLength < MAX_PLAUSIBLE_FIRST_LENGTH;
  }

  private static boolean startsWith(byte[] b, int length, byte[] signature) {
    if (length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if (b[i] != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
