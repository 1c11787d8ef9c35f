package org.radiomesh.imaging;

import java.util.ArrayList;
import java.util.List;

/**
 * The compressed frames of encapsulated Pixel Data (PS3.5 A.4), located in place in the file's bytes: after the
 * element header, a Basic Offset Table item, then fragment items, then the Sequence Delimitation Item. Items are always
 * little endian. Frames map onto fragments one to one (the rule for RLE, and what almost every JPEG writer does), or,
 * for a single frame, all fragments form the frame; other layouts (several fragments per frame) make {@link #parse}
 * return null so that the caller can let PixelMed reassemble them. Cost O(fragments).
 */
final class EncapsulatedFrames {
  private static final int ITEM = 0xE000;
  private static final int SEQUENCE_DELIMITER = 0xE0DD;

  private final byte[] bytes;
  private final int[] offsets;
  private final int[] lengths;

  private EncapsulatedFrames(byte[] bytes, int[] offsets, int[] lengths) {
    this.bytes = bytes;
    this.offsets = offsets;
    this.lengths = lengths;
  }

  /**
   * The frames of the items starting at {@code valueStart} (just after the Pixel Data element's 12-byte header), or
   * null when the items do not map onto {@code frames} frames as described above.
   *
   * @throws PixelDecodeException TRUNCATED when an item runs past {@code length}, DECODE_FAILED on a bad item tag
   */
  static EncapsulatedFrames parse(byte[] b, int length, int valueStart, int frames, String source)
      throws PixelDecodeException {
    List<int[]> fragments = new ArrayList<>();
    int p = valueStart;
    boolean first = true;
    while (true) {
      if (p + 8 > length) {
        throw new PixelDecodeException(PixelDecodeException.Reason.TRUNCATED, source, length, "an item or sequence"
            + " delimiter of encapsulated Pixel Data at byte " + p + ", the input ends at " + length);
      }
      int group = le16(b, p);
      int element = le16(b, p + 2);
      long len = le32(b, p + 4);
      if (group != 0xFFFE || (element != ITEM && element != SEQUENCE_DELIMITER)) {
        throw new PixelDecodeException(PixelDecodeException.Reason.DECODE_FAILED, source, p, "an Item (FFFE,E000)"
            + " or Sequence Delimitation Item (FFFE,E0DD) in encapsulated Pixel Data");
      }
      if (element == SEQUENCE_DELIMITER) {
        break;
      }
      if (len > length - p - 8L) {
        throw new PixelDecodeException(PixelDecodeException.Reason.TRUNCATED, source, length, "a fragment of " + len
            + " bytes from byte " + (p + 8) + ", the input ends at " + length);
      }
      if (!first) {
        fragments.add(new int[] {p + 8, (int) len});
      }
      first = false;
      p += 8 + (int) len;
    }
    if (fragments.size() == frames) {
      int[] offsets = new int[frames];
      int[] lengths = new int[frames];
      for (int f = 0; f < frames; f++) {
        offsets[f] = fragments.get(f)[0];
        lengths[f] = fragments.get(f)[1];
      }
      return new EncapsulatedFrames(b, offsets, lengths);
    }
    if (frames == 1 && !fragments.isEmpty()) {
      int total = 0;
      for (int[] f : fragments) {
        total += f[1];
      }
      byte[] joined = new byte[total];
      int q = 0;
      for (int[] f : fragments) {
        System.arraycopy(b, f[0], joined, q, f[1]);
        q += f[1];
      }
      return new EncapsulatedFrames(joined, new int[] {0}, new int[] {total});
    }
    return null;
  }

  /** The array holding the frames. */
  byte[] bytes() {
    return bytes;
  }

  int offset(int frame) {
    return offsets[frame];
  }

  int length(int frame) {
    return lengths[frame];
  }

  private static int le16(byte[] b, int p) {
    return (b[p] & 0xff) | (b[p + 1] & 0xff) << 8;
  }

  static long le32(byte[] b, int p) {
    return (b[p] & 0xffL) | (b[p + 1] & 0xffL) << 8 | (b[p + 2] & 0xffL) << 16 | (b[p + 3] & 0xffL) << 24;
  }
}
