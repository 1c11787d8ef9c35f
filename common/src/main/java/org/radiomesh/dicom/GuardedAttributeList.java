package org.radiomesh.dicom;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;

/**
 * A PixelMed {@link AttributeList} that refuses a top-level element whose declared value length would pass the header
 * byte limit or the end of the file, before PixelMed allocates the value, and that records the first top-level tag in
 * group 7FE0 or later as the point where {@link DicomHeaderReader} stops. PixelMed calls
 * {@link #checkSanityOfValueLength} for every defined-length, non-sequence element of the list being read (not for
 * elements nested in sequence items, which PixelMed reads into plain lists).
 */
final class GuardedAttributeList extends AttributeList {
  private static final long serialVersionUID = 1L;
  private static final long UNDEFINED_LENGTH = 0xFFFFFFFFL;

  private final transient int synthetic;
  private transient HeaderInputStream counter;
  private transient long knownLength = -1;
  private transient AttributeTag stopTag;
  private transient ReasonCode guardReason;
  private transient long guardOffset = -1;
  private transient String guardMessage;

  /** @param synthetic bytes of synthetic preamble in front of the file, subtracted from reported offsets */
  GuardedAttributeList(int synthetic) {
    this.synthetic = synthetic;
  }

  /** Checks the lengths read from now on against {@code counter}'s remaining bytes and {@code knownLength}. */
  void guard(HeaderInputStream counter, long knownLength) {
    this.counter = counter;
    this.knownLength = knownLength;
  }

  /** The read termination test: stop at the first top-level tag in group 7FE0 or later, remembering it. */
  boolean stopAt(AttributeTag tag) {
    if (tag.getGroup() >= 0x7FE0) {
      stopTag = tag;
      return true;
    }
    return false;
  }

  @Override
  protected void checkSanityOfValueLength(long vl, byte[] vr, AttributeTag tag, boolean recovering)
      throws DicomException {
    if (vl != UNDEFINED_LENGTH && counter != null) {
      long offset = counter.position() - (knownLength >= 0 ? synthetic : 0);
      if (vl > counter.remaining()) {
        refuse(ReasonCode.TOO_LARGE, offset, "element " + tag + " declares " + vl
            + " bytes, more than the header byte limit leaves (" + counter.remaining() + ")");
      }
      if (knownLength >= 0 && counter.position() + vl > knownLength) {
        refuse(ReasonCode.TRUNCATED, offset, "element " + tag + " declares " + vl + " bytes, but the file ends after "
            + (knownLength - counter.position()));
      }
    }
    super.checkSanityOfValueLength(vl, vr, tag, recovering);
  }

  private void refuse(ReasonCode reason, long offset, String message) throws DicomException {
    guardReason = reason;
    guardOffset = offset;
    guardMessage = message;
    throw new DicomException(message);
  }

  AttributeTag stopTag() {
    return stopTag;
  }

  ReasonCode guardReason() {
    return guardReason;
  }

  long guardOffset() {
    return guardOffset;
  }

  String guardMessage() {
    return guardMessage;
  }

  @Override
  public boolean equals(Object o) {
    return super.equals(o);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }
}
