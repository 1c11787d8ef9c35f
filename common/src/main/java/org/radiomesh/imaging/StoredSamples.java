package org.radiomesh.imaging;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Stored pixel samples of one frame → floats. A stored value is the Bits Stored bits below High Bit of a sample word,
 * sign-extended when Pixel Representation is 1. Three kernels, each one pass over the frame:
 * <ul>
 *   <li>{@link #affine}: {@code out = clamp(v · scale + offset, lo, hi)}; with the rescale as the affine map and no
 *       bounds it gives modality values, with the rescale composed with a linear window and bounds [0, 1] it gives the
 *       display values directly, without an intermediate array.</li>
 *   <li>{@link #range}: the smallest and largest stored value (for a full-range window).</li>
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

  /** {@code out[outOff + i] = clamp(stored_i · scale + offset, lo, hi)} over frame {@code frame}. */
  static void affine(Source src, PixelModule pm, int frame, float scale, float offset, float lo, float hi,
      float[] out, int outOff) {
    int n = pm.pixelsPerFrame();
    if (!pm.isMonochrome()) {
      luma(src.bytes(), start(src, pm, frame), pm, out, outOff);
      for (int i = outOff; i < outOff + n; i++) {
        out[i] = Math.min(hi, Math.max(lo, out[i] * scale + offset));
      }
      return;
    }
    int shift = pm.highBit() + 1 - pm.bitsStored();
    int ext = 32 - pm.bitsStored();
    boolean signed = pm.signed();
    int s = start(src, pm, frame);
    if (src.shorts() != null) {
      short[] w = src.shorts();
      for (int i = 0; i < n; i++) {
        int v = ((w[s + i] & 0xffff) >>> shift) << ext;
        out[outOff + i] = Math.min(hi, Math.max(lo, (signed ? v >> ext : v >>> ext) * scale + offset));
      }
    } else if (pm.bitsAllocated() == 8) {
      byte[] b = src.bytes();
      for (int i = 0; i < n; i++) {
        int v = ((b[s + i] & 0xff) >>> shift) << ext;
        out[outOff + i] = Math.min(hi, Math.max(lo, (signed ? v >> ext : v >>> ext) * scale + offset));
      }
    } else if (src.bigEndian()) {
      byte[] b = src.bytes();
      for (int i = 0; i < n; i++) {
        int v = (((short) SHORT_BE.get(b, s + 2 * i) & 0xffff) >>> shift) << ext;
        out[outOff + i] = Math.min(hi, Math.max(lo, (signed ? v >> ext : v >>> ext) * scale + offset));
      }
    } else {
      byte[] b = src.bytes();
      for (int i = 0; i < n; i++) {
        int v = (((short) SHORT_LE.get(b, s + 2 * i) & 0xffff) >>> shift) << ext;
        out[outOff + i] = Math.min(hi, Math.max(lo, (signed ? v >> ext : v >>> ext) * scale + offset));
      }
    }
  }

  /** {min, max} of the stored values of frame {@code frame} (luma for colour). */
  static float[] range(Source src, PixelModule pm, int frame, float[] scratch) {
    int n = pm.pixelsPerFrame();
    affine(src, pm, frame, 1, 0, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY, scratch, 0);
    float min = Float.POSITIVE_INFINITY;
    float max = Float.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      min = Math.min(min, scratch[i]);
      max = Math.max(max, scratch[i]);
    }
    return new float[] {min, max};
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
