package org.radiomesh.imaging;

/**
 * DICOM RLE Lossless decoding of one frame (PS3.5 Annex G): a 64-byte header with the segment count and offsets, one
 * PackBits segment per byte plane (most significant byte of each sample first, samples in order). Produces the stored
 * sample words: 8-bit samples as bytes (colour pixel-interleaved), 16-bit samples as shorts. Every error names the
 * frame's byte offset in the input. Cost O(pixels).
 */
final class RleDecoder {
  private RleDecoder() {}

  /**
   * Decodes frame bytes {@code b[off .. off + len)} into {@code out8[outOff ..]} (8-bit) or {@code out16[outOff ..]}
   * (16-bit), {@code pixels · samples} words.
   *
   * @throws PixelDecodeException DECODE_FAILED when the header, a segment or a run does not fit the frame
   */
  static void decodeFrame(byte[] b, int off, int len, PixelModule pm, byte[] out8, short[] out16, int outOff,
      String source) throws PixelDecodeException {
    int samples = pm.samplesPerPixel();
    int bytesPerSample = pm.bytesPerSample();
    int segments = samples * bytesPerSample;
    int pixels = pm.pixelsPerFrame();
    if (len < 64 || (int) EncapsulatedFrames.le32(b, off) != segments) {
      throw failed(source, off, "an RLE header declaring " + segments + " segments");
    }
    byte[] plane = bytesPerSample == 1 && samples == 1 ? null : new byte[pixels];
    for (int k = 0; k < segments; k++) {
      long start = EncapsulatedFrames.le32(b, off + 4 + 4 * k);
      long end = k + 1 < segments ? EncapsulatedFrames.le32(b, off + 8 + 4 * k) : len;
      if (start < 64 || end > len || start > end) {
        throw failed(source, off, "RLE segment " + k + " within the frame's " + len + " bytes, offsets " + start
            + ".." + end);
      }
      byte[] target = plane == null ? out8 : plane;
      int targetOff = plane == null ? outOff : 0;
      unpackBits(b, off + (int) start, off + (int) end, target, targetOff, pixels, source);
      int sample = k / bytesPerSample;
      int byteIndex = bytesPerSample - 1 - k % bytesPerSample;
      if (bytesPerSample == 2) {
        int shift = 8 * byteIndex;
        for (int i = 0; i < pixels; i++) {
          out16[outOff + i] = (short) (out16[outOff + i] | ((plane[i] & 0xff) << shift));
        }
      } else if (plane != null) {
        for (int i = 0; i < pixels; i++) {
          out8[outOff + i * samples + sample] = plane[i];
        }
      }
    }
  }

  /** PackBits from {@code b[p .. end)} into exactly {@code n} bytes of {@code out} from {@code o}. */
  private static void unpackBits(byte[] b, int p, int end, byte[] out, int o, int n, String source)
      throws PixelDecodeException {
    int written = 0;
    while (written < n) {
      if (p >= end) {
        throw failed(source, p, n + " decoded bytes in an RLE segment, it ends after " + written);
      }
      int h = b[p++];
      if (h >= 0) {
        int count = h + 1;
        if (p + count > end || written + count > n) {
          throw failed(source, p, "a literal run of " + count + " bytes inside the segment and the plane");
        }
        System.arraycopy(b, p, out, o + written, count);
        p += count;
        written += count;
      } else if (h != -128) {
        int count = 1 - h;
        if (p >= end || written + count > n) {
          throw failed(source, p, "a replicate run of " + count + " bytes inside the segment and the plane");
        }
        java.util.Arrays.fill(out, o + written, o + written + count, b[p++]);
        written += count;
      }
    }
  }

  private static PixelDecodeException failed(String source, long offset, String expected) {
    return new PixelDecodeException(PixelDecodeException.Reason.DECODE_FAILED, source, offset, expected);
  }
}
