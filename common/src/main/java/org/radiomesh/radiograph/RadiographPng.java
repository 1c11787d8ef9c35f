package org.radiomesh.radiograph;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Writes an 8-bit grey PNG preview of a radiograph or slice: value {@code low} maps to 0 (black), {@code high} to
 * 255, linearly, clamped (window centre (low + high)/2, width high − low). O(pixels). The file is written to a
 * temporary sibling and moved into place, so a reader never sees a partial PNG.
 */
public final class RadiographPng {
  private RadiographPng() {}

  /**
   * Writes {@code pixels} (row-major from the top left, {@code width × height} values, read as signed shorts) to
   * {@code file}.
   *
   * @throws IOException if the file cannot be written; the message names it
   */
  public static void write(short[] pixels, int width, int height, int low, int high, Path file) throws IOException {
    if (width < 1 || height < 1 || pixels.length != width * height) {
      throw new IllegalArgumentException(pixels.length + " pixels for a " + width + "×" + height + " image");
    }
    if (high <= low) {
      throw new IllegalArgumentException("window " + low + ".." + high + ", expected high > low");
    }
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    byte[] grey = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
    double scale = 255.0 / (high - low);
    for (int i = 0; i < pixels.length; i++) {
      grey[i] = (byte) Math.max(0, Math.min(255, Math.round((pixels[i] - low) * scale)));
    }
    Path absolute = file.toAbsolutePath();
    Path temporary = absolute.resolveSibling(absolute.getFileName() + ".part");
    try {
      try (java.io.OutputStream out = Files.newOutputStream(temporary)) {
        if (!ImageIO.write(image, "png", out)) {
          throw new IOException("no PNG writer available");
        }
      }
      Files.move(temporary, absolute, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.deleteIfExists(temporary);
      throw new IOException("cannot write PNG preview " + file + ": " + e.getMessage(), e);
    }
  }
}
