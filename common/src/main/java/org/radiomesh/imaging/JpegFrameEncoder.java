package org.radiomesh.imaging;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * One 8-bit gray frame as a JPEG stream with the JDK's encoder (baseline, Huffman, quality 0.95, lossy). For the
 * JPEG Extended transfer syntax the start-of-frame marker is rewritten from SOF0 to SOF1: an 8-bit Huffman stream is
 * the same in both processes, only the marker says which. Cost O(pixels).
 */
final class JpegFrameEncoder {
  private static final float QUALITY = 0.95f;

  private JpegFrameEncoder() {}

  static byte[] encodeGray8(int[] words, int offset, int width, int height, boolean extended) throws IOException {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    WritableRaster r = img.getRaster();
    int[] row = new int[width];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        row[x] = words[offset + y * width + x] & 0xff;
      }
      r.setSamples(0, y, width, 1, 0, row);
    }
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam p = writer.getDefaultWriteParam();
      p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      p.setCompressionQuality(QUALITY);
      writer.write(null, new IIOImage(img, null, null), p);
    } finally {
      writer.dispose();
    }
    byte[] jpeg = bytes.toByteArray();
    if (extended) {
      jpeg[startOfFrame(jpeg) + 1] = (byte) 0xC1;
    }
    return jpeg;
  }

  /** Offset of the 0xFF of the first SOF marker, walking the marker segments from SOI. */
  static int startOfFrame(byte[] jpeg) {
    int p = 2;
    while (p + 4 <= jpeg.length) {
      if ((jpeg[p] & 0xff) != 0xFF) {
        throw new IllegalStateException("JPEG marker expected at byte " + p);
      }
      int marker = jpeg[p + 1] & 0xff;
      if (marker >= 0xC0 && marker <= 0xC2) {
        return p;
      }
      int len = (jpeg[p + 2] & 0xff) << 8 | (jpeg[p + 3] & 0xff);
      p += 2 + len;
    }
    throw new IllegalStateException("no SOF marker in a JPEG stream of " + jpeg.length + " bytes");
  }
}
