package org.radiomesh.imaging;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Stored pixel samples of one frame → floats. A stored value is the Bits Stored bits below High Bit of a sample word,
 * sign-extended when Pixel Representation is 1. Two kernels:
 * <ul>
 *   <li>{@link #affine}: {@code out = clamp(v · scale + offset, lo, hi)}; with the rescale as the affine map and no
 *       bounds it gives modality values, with the rescale composed with a linear window and bounds [0, 1] it gives the
 *       display values directly, without an intermediate array.</li>
 *   <li>{@link #table}: a Modality LUT, {@code out = LUT(v)}.</li>
 * </ul>
 * Colour (three 8-bit samples) becomes luma: ITU-R BT.601 {@code 0.299 R + 0.587 G + 0.114 B} for RGB, the Y sample
 * for YBR_FULL. Sources: the native Pixel Data bytes read in place (little or big endian), or the {@code short[]} that
 * PixelMed produced after decompression. Cost O(pixels); the 16-bit kernels read words through constant
 * {@link VarHandle}s, which the JIT compiles to plain loads.
 */
final class StoredSamples {
  private static final VarHandle SHORT_LE = MethodHandles.byteArrayViewVarHandle(short[].class,
      ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle SHORT_BE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);

  /**
   * Where the frames' sample words are: bytes from an offset in one byte order, or a short array; frame
   * {@code firstFrame} is the first one held.
   */
  record Source(byte[] bytes, int offset, boolean bigEndian, short[] shorts, int firstFrame) {
    static Source bytes(byte[] b, int offset, boolean bigEndian, int firstFrame) {
      return new Source(b, offset, bigEndian, null, firstFrame);
    }

    static Source shorts(short[] s, int firstFrame) {
      return new Source(null, 0, false, s, firstFrame);
    }
  }

  private StoredSamples() {}

  /**
   * {@code out[outOff + i] = clamp(stored_i · scale + offset, lo, hi)} over frame {@code frame}. The clamp is a second
   * pass over the (cache-warm) output: C2 vectorises a float-to-float min/max loop but not one that also converts from
   * integers, and two simple loops run about twice as fast as the fused one.
   */
  static void affine(Source src, PixelModule pm, int frame, float scale, float offset, float lo, float hi,
      float[] out, int outOff) {
    int n = pm.pixelsPerFrame();
    int s = start(src, pm, frame);
    if (!pm.isMonochrome()) {
      luma(src.bytes(), s, pm, out, outOff);
      for (int i = outOff; i < outOff + n; i++) {
        out[i] = out[i] * scale + offset;
      }
    } else if (src.shorts() != null) {
      words(src.shorts(), s, n, pm, scale, offset, out, outOff);
    } else if (pm.bitsAllocated() == 8) {
      bytes(src.bytes(), s, n, pm, scale, offset, out, outOff);
    } else if (src.bigEndian()) {
      wordsBigEndian(src.bytes(), s, n, pm, scale, offset, out, outOff);
    } else {
      wordsLittleEndian(src.bytes(), s, n, pm, scale, offset, out, outOff);
    }
    if (lo > Float.NEGATIVE_INFINITY || hi < Float.POSITIVE_INFINITY) {
      for (int i = outOff; i < outOff + n; i++) {
        out[i] = Math.min(hi, Math.max(lo, out[i]));
      }
    }
  }

  // One loop per source layout; the VarHandles must be constants for the JIT to compile them to plain loads.
  private static void wordsLittleEndian(byte[] b, int s, int n, PixelModule pm, float scale, float offset,
      float[] out, int outOff) {
    int shift = pm.highBit() + 1 - pm.bitsStored();
    int ext = 32 - pm.bitsStored();
    int mask = (1 << pm.bitsStored()) - 1;
    // The common layouts get loops with fewer integer operations: the whole word, or the low bits without shift.
    if (shift == 0 && pm.bitsStored() == 16 && pm.signed()) {
      for (int i = 0; i < n; i++) {
        out[outOff + i] = (short) SHORT_LE.get(b, s + 2 * i) * scale + offset;
      }
    } else if (shift == 0 && pm.bitsStored() == 16) {
      for (int i = 0; i < n; i++) {
        out[outOff + i] = ((short) SHORT_LE.get(b, s + 2 * i) & 0xffff) * scale + offset;
      }
    } else if (shift == 0 && !pm.signed()) {
      for (int i = 0; i < n; i++) {
        out[outOff + i] = ((short) SHORT_LE.get(b, s + 2 * i) & mask) * scale + offset;
      }
    } else if (shift == 0) {
      for (int i = 0; i < n; i++) {
        out[outOff + i] = (((short) SHORT_LE.get(b, s + 2 * i) << ext) >> ext) * scale + offset;
      }
    } else if (pm.signed()) {
      for (int i = 0; i < n; i++) {
        out[outOff + i] = (((((short) SHORT_LE.get(b, s + 2 * i) & 0xffff) >>> shift) << ext) >> ext) * scale + offset;
      }
    } else {
      for (int i = 0; i < n; i++) {
        out[outOff + i] = ((((short) SHORT_LE.get(b, s + 2 * i) & 0xffff) >>> shift) & mask) * scale + offset;
      }
    }
  }

  private static void wordsBigEndian(byte[] b, int s, int n, PixelModule pm, float scale, float offset,
      float[] out, int outOff) {
    int shift = pm.highBit() + 1 - pm.bitsStored();
    int ext = 32 - pm.bitsStored();
    if (pm.signed()) {
      for (int i = 0; i < n; i++) {
        out[outOff + i] = (((((short) SHORT_BE.get(b, s + 2 * i) & 0xffff) >>> shift) << ext) >> ext) * scale + offset;
      }
    } else {
      for (int i = 0; i < n; i++) {
        out[outOff + i] = (((((short) SHORT_BE.get(b, s + 2 * i) & 0xffff) >>> shift) << ext) >>> ext) * scale
            + offset;
      }
    }
  }

  private static void words(short[] w, int s, int n, PixelModule pm, float scale, float offset, float[] out,
      int outOff) {
    int shift = pm.highBit() + 1 - pm.bitsStored();
    int ext = 32 - pm.bitsStored();
    if (pm.signed()) {
      for (int i = 0; i < n; i++) {
        out[outOff + i] = ((((w[s + i] & 0xffff) >>> shift) << ext) >> ext) * scale + offset;
      }
    } else {
      for (int i = 0; i < n; i++) {
        out[outOff + i] = ((((w[s + i] & 0xffff) >>> shift) << ext) >>> ext) * scale + offset;
      }
    }
  }

  private static void bytes(byte[] b, int s, int n, PixelModule pm, float scale, float offset, float[] out,
      int outOff) {
    int shift = pm.highBit() + 1 - pm.bitsStored();
    int ext = 32 - pm.bitsStored();
    if (pm.signed()) {
      for (int i = 0; i < n; i++) {
        out[outOff + i] = ((((b[s + i] & 0xff) >>> shift) << ext) >> ext) * scale + offset;
      }
    } else {
      for (int i = 0; i < n; i++) {
        out[outOff + i] = ((((b[s + i] & 0xff) >>> shift) << ext) >>> ext) * scale + offset;
      }
    }
  }

  /** {@code out[outOff + i] = table(stored_i)} over frame {@code frame}. */
  static void table(Source src, PixelModule pm, int frame, LookupTable table, float[] out, int outOff) {
    affine(src, pm, frame, 1, 0, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, out, outOff);
    for (int i = outOff; i < outOff + pm.pixelsPerFrame(); i++) {
      out[i] = table.lookup(out[i]);
    }
  }

  private static int start(Source src, PixelModule pm, int frame) {
    int held = frame - src.firstFrame();
    if (src.shorts() != null) {
      return Math.toIntExact((long) held * pm.pixelsPerFrame() * pm.samplesPerPixel());
    }
    return Math.toIntExact(src.offset() + held * pm.bytesPerFrame());
  }

  private static void luma(byte[] b, int start, PixelModule pm, float[] out, int outOff) {
    int n = pm.pixelsPerFrame();
    boolean planar = pm.planarConfiguration() == 1;
    if ("YBR_FULL".equals(pm.photometric())) {
      for (int i = 0; i < n; i++) {
        out[outOff + i] = b[start + (planar ? i : 3 * i)] & 0xff;
      }
      return;
    }
    int gStep = planar ? n : 1;
    for (int i = 0; i < n; i++) {
      int p = start + (planar ? i : 3 * i);
      int r = b[p] & 0xff;
      int g = b[p + gStep] & 0xff;
      int bl = b[p + 2 * gStep] & 0xff;
      out[outOff + i] = 0.299f * r + 0.587f * g + 0.114f * bl;
    }
  }
}
