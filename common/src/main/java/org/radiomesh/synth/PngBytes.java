package org.radiomesh.synth;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferUShort;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * PNG files as bytes, for a {@link CaseSink}: 16-bit grey (radiograph values kept exactly), 8-bit grey previews
 * (windowed) and RGB renders. The JDK's PNG writer adds no time or text chunk, so equal pixels give equal bytes.
 * O(pixels).
 */
public final class PngBytes {
  private PngBytes() {}

  /**
   * A 16-bit grey PNG of {@code pixels} (row-major from the top left, read as unsigned 16-bit values; a 12-bit
   * radiograph keeps its 0..4095 values).
   */
  public static byte[] grey16(short[] pixels, int width, int height) throws IOException {
    check(pixels.length, width, height);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_USHORT_GRAY);
    short[] data = ((DataBufferUShort) image.getRaster().getDataBuffer()).getData();
    System.arraycopy(pixels, 0, data, 0, pixels.length);
    return encode(image);
  }

  /**
   * An 8-bit grey PNG preview: {@code low} maps to 0, {@code high} to 255, linearly, rounded and clamped (values read
   * as signed shorts).
   */
  public static byte[] grey8(short[] pixels, int width, int height, int low, int high) throws IOException {
    check(pixels.length, width, height);
    if (high <= low) {
      throw new IllegalArgumentException("window " + low + ".." + high + ", expected high > low");
    }
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    byte[] grey = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    double scale = 255.0 / (high - low);
    for (int i = 0; i < pixels.length; i++) {
      grey[i] = (byte) Math.max(0, Math.min(255, Math.round((pixels[i] - low) * scale)));
    }
    return encode(image);
  }

  /** Any image (for example a rendered RGB view) as PNG bytes. */
  public static byte[] encode(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(image.getWidth() * image.getHeight() / 2 + 1024);
    if (!ImageIO.write(image, "png", out)) {
      throw new IOException("no PNG writer in this Java runtime");
    }
    return out.toByteArray();
  }

  private static void check(int length, int width, int height) {
    if (width < 1 || height < 1 || length != (long) width * height) {
      throw new IllegalArgumentException(length + " pixels for a " + width + "x" + height + " image");
    }
  }
}
