package org.radiomesh.dicom;

import java.io.IOException;
import java.util.Objects;

/**
 * A file that cannot be cataloged, with the {@link ReasonCode} that sends it to quarantine. The message names the file,
 * the byte offset where the problem was found (when known) and what was expected there; it never quotes attribute
 * values, so it can be stored and logged without leaking identities.
 */
public final class QuarantineException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Marker for "no byte offset applies". */
  public static final long NO_OFFSET = -1;

  private final ReasonCode reason;
  private final String source;
  private final long byteOffset;

  /**
   * @param reason why the file is rejected
   * @param source the file's name or path, as given by the caller
   * @param byteOffset where the problem was found, or {@link #NO_OFFSET}
   * @param expectation what was expected at that point, e.g. "a 4-byte value length"
   */
  public QuarantineException(ReasonCode reason, String source, long byteOffset, String expectation) {
    this(reason, source, byteOffset, expectation, null);
  }

  /** As {@link #QuarantineException(ReasonCode, String, long, String)}, keeping the exception that revealed it. */
  public QuarantineException(ReasonCode reason, String source, long byteOffset, String expectation, Throwable cause) {
    super(format(reason, source, byteOffset, expectation), cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.source = Objects.requireNonNull(source, "source");
    this.byteOffset = byteOffset;
  }

  private static String format(ReasonCode reason, String source, long byteOffset, String expectation) {
    String at = byteOffset >= 0 ? " at byte " + byteOffset : "";
    return reason + ": " + source + at + ": " + expectation;
  }

  /** The quarantine reason. */
  public ReasonCode reason() {
    return reason;
  }

  /** The file's name or path, as the caller gave it. */
  public String source() {
    return source;
  }

  /** The byte offset of the problem, or {@link #NO_OFFSET}. */
  public long byteOffset() {
    return byteOffset;
  }
}
