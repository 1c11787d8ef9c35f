package org.radiomesh.imaging;

import java.io.IOException;

/**
 * An image whose pixels could not be turned into model input: the message names the source, the byte offset where
 * known and what was expected; {@link #reason()} is a stable code for quarantine tables and error counts.
 *
 * <p>The reason codes that the catalog's quarantine also uses ({@code UNSUPPORTED_TRANSFER_SYNTAX}, {@code TRUNCATED},
 * {@code TOO_LARGE}, {@code MALFORMED_HEADER}) carry the same meaning here.
 */
public final class PixelDecodeException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Why decoding failed. */
  public enum Reason {
    /** Neither DICOM nor an image format the JDK's ImageIO reads (PNG, JPEG, TIFF, BMP, GIF). */
    NOT_AN_IMAGE,
    /** The DICOM header could not be parsed up to the pixel data. */
    MALFORMED_HEADER,
    /** DICOM without Pixel Data (7FE0,0010), for example a structured report. */
    NO_PIXEL_DATA,
    /** A compressed transfer syntax for which no decoder is on the classpath. */
    UNSUPPORTED_TRANSFER_SYNTAX,
    /** Bits allocated, samples per pixel or photometric interpretation outside what the decoder handles. */
    UNSUPPORTED_PIXEL_FORMAT,
    /** Fewer pixel bytes than rows × columns × frames × samples × bytes per sample declare. */
    TRUNCATED,
    /** Declared pixel bytes above the configured limit; nothing that large was allocated. */
    TOO_LARGE,
    /** A frame index outside 0 .. frames − 1. */
    FRAME_OUT_OF_RANGE,
    /** The codec or the parser failed on the pixel bytes themselves. */
    DECODE_FAILED
  }

  private final Reason reason;
  private final String source;
  private final long offset;

  /**
   * @param reason the code
   * @param source file name or other identifier of the input
   * @param offset byte offset in the input where the problem was found, or −1 when unknown
   * @param expected what was expected there, in words
   * @param cause the underlying exception, or null
   */
  public PixelDecodeException(Reason reason, String source, long offset, String expected, Throwable cause) {
    super(message(reason, source, offset, expected, cause), cause);
    this.reason = reason;
    this.source = source;
    this.offset = offset;
  }

  public PixelDecodeException(Reason reason, String source, long offset, String expected) {
    this(reason, source, offset, expected, null);
  }

  public Reason reason() {
    return reason;
  }

  public String source() {
    return source;
  }

  /** Byte offset of the problem in the input, or −1 when unknown. */
  public long offset() {
    return offset;
  }

  private static String message(Reason reason, String source, long offset, String expected, Throwable cause) {
    StringBuilder m = new StringBuilder().append(reason).append(": ").append(source);
    if (offset >= 0) {
      m.append(" at byte ").append(offset);
    }
    m.append(": ").append(expected);
    if (cause != null && cause.getMessage() != null) {
      m.append(" (").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage()).append(')');
    }
    return m.toString();
  }
}
