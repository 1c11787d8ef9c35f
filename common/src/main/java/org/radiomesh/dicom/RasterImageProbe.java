package org.radiomesh.dicom;

import java.awt.image.SampleModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Width, height, bands and bits per sample of a PNG, JPEG, TIFF, BMP or GIF, from the JDK's ImageIO reader for the
 * format, reading only the image header (IHDR, SOF, the first IFD, the BMP info header or the GIF screen descriptor)
 * and never decoding pixels. O(header bytes).
 */
final class RasterImageProbe {
  /** What the header of a raster image declares. */
  record RasterInfo(int width, int height, int bands, int bitsPerSample) {
    long decodedBytes() {
      return ((long) width * height * bands * bitsPerSample + 7) / 8;
    }
  }

  private RasterImageProbe() {}

  /**
   * Probes the first image of {@code bytes}.
   *
   * @throws QuarantineException {@link ReasonCode#MALFORMED_IMAGE} when the reader rejects the header
   */
  static RasterInfo probe(byte[] bytes, ImageFormat format, String source) throws QuarantineException {
    String name = switch (format) {
      case PNG -> "png";
      case JPEG -> "jpeg";
      case TIFF -> "tiff";
      case BMP -> "bmp";
      case GIF -> "gif";
      default -> throw new IllegalArgumentException("not a raster format: " + format);
    };
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(name);
    if (!readers.hasNext()) {
      throw new IllegalStateException("no ImageIO reader for " + name + " in this JVM");
    }
    ImageReader reader = readers.next();
    try (ImageInputStream iis = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      reader.setInput(iis, true, true);
      int width = reader.getWidth(0);
      int height = reader.getHeight(0);
      ImageTypeSpecifier type = reader.getRawImageType(0);
      if (type == null) {
        Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
        type = types.hasNext() ? types.next() : null;
      }
      if (type == null) {
        throw new QuarantineException(ReasonCode.MALFORMED_IMAGE, source, QuarantineException.NO_OFFSET,
            "a " + name + " image with a sample layout the reader understands");
      }
      SampleModel sm = type.getSampleModel();
      return new RasterInfo(width, height, sm.getNumBands(), sm.getSampleSize(0));
    } catch (IOException | RuntimeException e) {
      if (e instanceof QuarantineException q) {
        throw q;
      }
      throw new QuarantineException(ReasonCode.MALFORMED_IMAGE, source, QuarantineException.NO_OFFSET,
          "a readable " + name + " header: " + e, e);
    } finally {
      reader.dispose();
    }
  }
}
