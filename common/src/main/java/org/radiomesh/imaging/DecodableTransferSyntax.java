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
 *       <td>JDK ImageIO JPEG reader on the fragments in place (gray); PixelMed + ImageIO for colour</td></tr>
 *   <tr><td>1.2.840.10008.1.2.4.51</td><td>JPEG Extended (Process 2 and 4), 8-bit samples only</td>
 *       <td>as JPEG Baseline (12-bit streams fail with DECODE_FAILED: the JDK reader has no 12-bit path)</td></tr>
 *   <tr><td>1.2.840.10008.1.2.5</td><td>RLE Lossless</td><td>radiomesh's RLE decoder on the fragments in place;
 *       PixelMed's when the fragments do not map one to one onto frames</td></tr>
 * </table>
 *
 * <p>Not decodable without extra codecs on the classpath: JPEG Lossless (.4.57, .4.70; PixelMed's
 * {@code pixelmed_imageio} codec would add them), JPEG-LS (.4.80, .4.81), JPEG 2000 (.4.90, .4.91), HTJ2K (.4.201 to
 * .4.203), MPEG-2/MPEG-4/HEVC video (.4.100 to .4.108), JPEG XL (.4.110 to .4.112), Deflated Image Frame Compression
 * (.8.1) and PixelMed's private bzip2 syntax (needs commons-compress).
 */
public enum DecodableTransferSyntax {
  IMPLICIT_VR_LITTLE_ENDIAN("1.2.840.10008.1.2", false, false, Encoding.NATIVE),
  EXPLICIT_VR_LITTLE_ENDIAN("1.2.840.10008.1.2.1", true, false, Encoding.NATIVE),
  EXPLICIT_VR_BIG_ENDIAN("1.2.840.10008.1.2.2", true, true, Encoding.NATIVE),
  DEFLATED_EXPLICIT_VR_LITTLE_ENDIAN("1.2.840.10008.1.2.1.99", true, false, Encoding.DEFLATED),
  JPEG_BASELINE("1.2.840.10008.1.2.4.50", true, false, Encoding.JPEG),
  JPEG_EXTENDED("1.2.840.10008.1.2.4.51", true, false, Encoding.JPEG),
  RLE_LOSSLESS("1.2.840.10008.1.2.5", true, false, Encoding.RLE);

  /** How the pixel data is encoded. */
  public enum Encoding {
    /** Uncompressed, in the data set's byte order. */
    NATIVE,
    /** The whole data set deflated (RFC 1951); pixels native inside. */
    DEFLATED,
    /** Encapsulated JPEG frames. */
    JPEG,
    /** Encapsulated RLE Lossless frames. */
    RLE
  }

  private final String uid;
  private final boolean explicitVr;
  private final boolean bigEndian;
  private final Encoding encoding;

  DecodableTransferSyntax(String uid, boolean explicitVr, boolean bigEndian, Encoding encoding) {
    this.uid = uid;
    this.explicitVr = explicitVr;
    this.bigEndian = bigEndian;
    this.encoding = encoding;
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

  public Encoding encoding() {
    return encoding;
  }

  /** True for the encapsulated (compressed-frame) syntaxes. */
  public boolean encapsulated() {
    return encoding == Encoding.JPEG || encoding == Encoding.RLE;
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
