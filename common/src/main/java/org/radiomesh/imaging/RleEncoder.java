package org.radiomesh.imaging;

import java.io.ByteArrayOutputStream;

/**
 * DICOM RLE Lossless encoding of one frame (PS3.5 Annex G): one PackBits segment per byte plane (most significant byte
 * of each sample first, samples in order), a 64-byte header of the segment count and offsets, segments padded to even
 * length. Runs of three or more equal bytes become replicate runs, the rest literal runs. Cost O(pixels).
 */
final class RleEncoder {
  private static final int MAX_SEGMENTS = 15;

  private RleEncoder() {}

  /**
   * @param words stored sample words, samples interleaved per pixel or planar
   * @param offset index of the frame's first word
   * @param pixels pixels in the frame
   */
  static byte[] encodeFrame(int[] words, int offset, int pixels, int samples, int bytesPerSample, boolean planar) {
    int segments = samples * bytesPerSample;
    if (segments > MAX_SEGMENTS) {
      throw new IllegalArgumentException(segments + " RLE segments, at most " + MAX_SEGMENTS);
    }
    byte[][] encoded = new byte[segments][];
    byte[] plane = new byte[pixels];
    int k = 0;
    for (int s = 0; s < samples; s++) {
      for (int byteIndex = bytesPerSample - 1; byteIndex >= 0; byteIndex--) {
        for (int p = 0; p < pixels; p++) {
          int w = words[offset + (planar ? s * pixels + p : p * samples + s)];
          plane[p] = (byte) (w >> (8 * byteIndex));
        }
        encoded[k++] = packBits(plane);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeLe32(out, segments);
    int position = 64;
    for (int i = 0; i < MAX_SEGMENTS; i++) {
      writeLe32(out, i < segments ? position : 0);
      if (i < segments) {
        position += encoded[i].length;
      }
    }
    for (byte[] e : encoded) {
      out.writeBytes(e);
    }
    return out.toByteArray();
  }

  /** PackBits of one byte plane, padded to an even length. */
  static byte[] packBits(byte[] in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + in.length / 64 + 2);
    int i = 0;
    while (i < in.length) {
      int run = 1;
      while (i + run < in.length && run < 128 && in[i + run] == in[i]) {
        run++;
      }
      if (run >= 3) {
        out.write(257 - run);
        out.write(in[i]);
        i += run;
        continue;
      }
      int start = i;
      int n = 0;
      while (i < in.length && n < 128) {
        if (i + 2 < in.length && in[i] == in[i + 1] && in[i] == in[i + 2]) {
          break;
        }
        i++;
        n++;
      }
      out.write(n - 1);
      out.write(in, start, n);
    }
    if ((out.size() & 1) == 1) {
      out.write(0x80);
    }
    return out.toByteArray();
  }

  private static void writeLe32(ByteArrayOutputStream out, int v) {
    out.write(v);
    out.write(v >> 8);
    out.write(v >> 16);
    out.write(v >> 24);
  }
}
