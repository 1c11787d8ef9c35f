package org.radiomesh.imaging;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Stored pixel samples → modality values, one frame at a time: extracts the Bits Stored bits below High Bit, sign-extends
 * them when Pixel Representation is 1, applies the {@link ModalityLut}, and for three-sample colour images takes the
 * luma (ITU-R BT.601: 0.299 R + 0.587 G + 0.114 B for RGB, the Y sample for YBR_FULL) as the value.
 *
 * <p>Sources are either the raw little- or big-endian bytes of native Pixel Data, read in place, or the
 * {@code short[]}/{@code byte[]} that PixelMed produced after decompression. Cost O(pixels), one pass.
 */
final class StoredSamples {
  private static final VarHandle SHORT_LE = MethodHandles.byteArrayViewVarHandle(short[].class,
      ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle SHORT_BE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);

  private StoredSamples() {}

  /**
   * Frame {@code frame} of the pixel bytes starting at {@code offset} (native encoding) into {@code out[outOff..]}.
   */
  static void fromBytes(byte[] b, int offset, boolean bigEndian, PixelModule pm, int frame, ModalityLut lut,
      float[] out, int outOff) {
    int start = Math.toIntExact(offset + frame * pm.bytesPerFrame());
    int n = pm.pixelsPerFrame();
    if (!pm.isMonochrome()) {
      luma(b, start, pm, out, outOff);
      return;
    }
    int shift = pm.highBit() + 1 - pm.bitsStored();
    int bits = pm.bitsStored();
    int mask = (1 << bits) - 1;
    int ext = 32 - bits;
    boolean signed = pm.signed();
    if (pm.bitsAllocated() == 8) {
      for (int i = 0; i < n; i++) {
        int raw = (b[start + i] & 0xff) >>> shift;
        out[outOff + i] = signed ? (raw << ext) >> ext : raw & mask;
      }
    } else {
      VarHandle h = bigEndian ? SHORT_BE : SHORT_LE;
      if (signed) {
        for (int i = 0; i < n; i++) {
          int raw = ((short) h.get(b, start + 2 * i) & 0xffff) >>> shift;
          out[outOff + i] = (raw << ext) >> ext;
        }
      } else {
        for (int i = 0; i < n; i++) {
          out[outOff + i] = (((short) h.get(b, start + 2 * i) & 0xffff) >>> shift) & mask;
        }
      }
    }
    applyModality(lut, out, outOff, n);
  }

  /** Frame {@code frame} of 16-bit samples already in a {@code short[]} (PixelMed after decompression). */
  static void fromShorts(short[] s, PixelModule pm, int frame, ModalityLut lut, float[] out, int outOff) {
    int n = pm.pixelsPerFrame();
    int start = Math.toIntExact((long) frame * n);
    int shift = pm.highBit() + 1 - pm.bitsStored();
    int bits = pm.bitsStored();
    int mask = (1 << bits) - 1;
    int ext = 32 - bits;
    if (pm.signed()) {
      for (int i = 0; i < n; i++) {
        int raw = (s[start + i] & 0xffff) >>> shift;
        out[outOff + i] = (raw << ext) >> ext;
      }
    } else {
      for (int i = 0; i < n; i++) {
        out[outOff + i] = ((s[start + i] & 0xffff) >>> shift) & mask;
      }
    }
    applyModality(lut, out, outOff, n);
  }

  /** Stored values already in {@code out} → modality values, in place. */
  private static void applyModality(ModalityLut lut, float[] out, int off, int n) {
    if (lut.isIdentity()) {
      return;
    }
    if (lut.table() != null) {
      LookupTable t = lut.table();
      for (int i = 0; i < n; i++) {
        out[off + i] = t.lookup(out[off + i]);
      }
      return;
    }
    float slope = (float) lut.slope();
    float intercept = (float) lut.intercept();
    for (int i = 0; i < n; i++) {
      out[off + i] = out[off + i] * slope + intercept;
    }
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
