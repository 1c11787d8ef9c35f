package org.radiomesh.imaging;

import java.util.Optional;

/**
 * The DICOM transfer syntaxes whose pixels {@link ImageDecoder} decodes with PixelMed 20220618 and the JDK's ImageIO
 * alone; every other transfer syntax fails with {@link PixelDecodeException.Reason#UNSUPPORTED_TRANSFER_SYNTAX}.
 *
 * <table>
 *   <caption>Decodable transfer syntaxes</caption>
 *   <tr><th>UID</th><th>name</th><th>how</th></tr>
 *   <tr><td>1.2.840.10008.1.2</td><td>Implicit VR Little Endian</td><td>native, read in place</td></tr>
 *   <tr><td>1.2.840.10008.1.2.1</td><td>Explicit VR Little Endian</td><td>native, read in place</td></tr>
 *   <tr><td>1.2.840.10008.1.2.2</td><td>Explicit VR Big Endian (retired)</td><td>native, read in place</td></tr>
 *   <tr><td>1.2.840.10008.1.2.1.99</td><td>Deflated Explicit VR Little Endian</td><td>PixelMed inflates</td></tr>
 *   <tr><td>1.2.840.10008.1.2.4.50</td><td>JPEG Baseline (Process 1), 8-bit, lossy</td>
 *       <td>PixelMed + JDK ImageIO JPEG reader</td></tr>
 *   <tr><td>1.2.840.10008.1.2.4.51</td><td>JPEG Extended (Process 2 and 4), 8-bit samples only</td>
 *       <td>PixelMed + JDK ImageIO JPEG reader (12-bit streams fail with DECODE_FAILED)</td></tr>
 *   <tr><td>1.2.840.10008.1.2.5</td><td>RLE Lossless</td><td>PixelMed's own RLE decoder</td></tr>
 * </table>
 *
 * <p>Not decodable without extra codecs on the classpath: JPEG Lossless (.4.57, .4.70; PixelMed's
 * {@code pixelmed_imageio} codec would add them), JPEG-LS (.4.80, .4.81), JPEG 2000 (.4.90, .4.91), HTJ2K (.4.201 to
 * .4.203), MPEG-2/MPEG-4/HEVC video (.4.100 to .4.108), JPEG XL (.4.110 to .4.112), Deflated Image Frame Compression
 * (.8.1) and PixelMed's private bzip2 syntax (needs commons-compress).
 */
public enum DecodableTransferSyntax {
  IMPLICIT_VR_LITTLE_ENDIAN("1.2.840.10008.1.2", false, false, false),
  EXPLICIT_VR_LITTLE_ENDIAN("1.2.840.10008.1.2.1", true, false, false),
  EXPLICIT_VR_BIG_ENDIAN("1.2.840.10008.1.2.2", true, true, false),
  DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN("1.2.840.10008.1.2.1.99", true, false, true),
  JPEG_BASELINE("1.2.840.10008.1.2.4.50", true, false, true),
  JPEG_EXTENDED("1.2.840.10008.1.2.4.51", true, false, true),
  RLE_LOSSLESS("1.2.840.10008.1.2.5", true, false, true);

  private final String uid;
  private final boolean explicitVr;
  private final boolean bigEndian;
  private final boolean viaPixelMed;

  DecodableTransferSyntax(String uid, boolean explicitVr, boolean bigEndian, boolean viaPixelMed) {
    this.uid = uid;
    this.explicitVr = explicitVr;
    this.bigEndian = bigEndian;
    this.viaPixelMed = viaPixelMed;
  }

  public String uid() {
    return uid;
  }

  public boolean explicitVr() {
    return explicitVr;
  }

  public boolean bigEndian() {
    return bigEndian;
  }

  /**
   * True when PixelMed must read the whole data set (inflate or decompress); false when the native pixel bytes are
   * read in place after a header-only parse.
   */
  public boolean viaPixelMed() {
    return viaPixelMed;
  }

  /** The entry for a Transfer Syntax UID (surrounding spaces and NUL padding ignored), or empty. */
  public static Optional<DecodableTransferSyntax> forUid(String uid) {
    if (uid == null) {
      return Optional.empty();
    }
    String u = uid.replace('\0', ' ').trim();
    for (DecodableTransferSyntax t : values()) {
      if (t.uid.equals(u)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  public static boolean isDecodable(String uid) {
    return forUid(uid).isPresent();
  }
}
