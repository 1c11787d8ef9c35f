package org.radiomesh.imaging;

import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes one gray 8-bit JPEG frame (baseline or extended Huffman) with the JDK's ImageIO reader, reading the raster
 * without colour conversion, into a byte array of {@code rows × columns} samples. One reader per thread is kept and
 * reused. Cost O(pixels) plus the codec.
 */
final class JpegFrameDecoder {
  private static final ThreadLocal<ImageReader> READER = ThreadLocal.withInitial(() -> {
    Iterator<ImageReader> it = ImageIO.getImageReadersByFormatName("jpeg");
    if (!it.hasNext()) {
      throw new IllegalStateException("no JPEG ImageReader in this JDK");
    }
    return it.next();
  });

  private JpegFrameDecoder() {}

  /**
   * Decodes {@code b[off .. off + len)} into {@code out[outOff .. outOff + rows · columns)}.
   *
   * @throws PixelDecodeException DECODE_FAILED when the codec fails or the frame's size or components differ from
   *     the header's
   */
  static void decodeGray(byte[] b, int off, int len, PixelModule pm, byte[] out, int outOff, String source)
      throws PixelDecodeException {
    ImageReader reader = READER.get();
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(b, off, len))) {
      reader.setInput(in, true, true);
      Raster r = reader.readRaster(0, null);
      if (r.getWidth() != pm.columns() || r.getHeight() != pm.rows() || r.getNumBands() != 1) {
        throw new PixelDecodeException(PixelDecodeException.Reason.DECODE_FAILED, source, off, "a " + pm.columns()
            + " x " + pm.rows() + " single-component JPEG frame, got " + r.getWidth() + " x " + r.getHeight()
            + " with " + r.getNumBands() + " components");
      }
      if (outOff == 0) {
        r.getDataElements(0, 0, pm.columns(), pm.rows(), out);
      } else {
        byte[] frame = (byte[]) r.getDataElements(0, 0, pm.columns(), pm.rows(), null);
        System.arraycopy(frame, 0, out, outOff, frame.length);
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof PixelDecodeException p) {
        throw p;
      }
      throw new PixelDecodeException(PixelDecodeException.Reason.DECODE_FAILED, source, off, "a JPEG frame the JDK"
          + " reader decodes (8-bit baseline or extended Huffman)", e);
    } finally {
      reader.setInput(null);
    }
  }
}
