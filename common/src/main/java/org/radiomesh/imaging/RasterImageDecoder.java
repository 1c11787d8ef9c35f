package org.radiomesh.imaging;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.radiomesh.dicom.ImageFormat;
import org.radiomesh.imaging.PixelDecodeException.Reason;

/**
 * Decodes PNG, JPEG, TIFF (several pages = frames), BMP and GIF radiographs with the JDK's ImageIO readers.
 *
 * <p>Gray images keep their sample values (8 or 16 bits) as modality values; colour and palette images become luma
 * (ITU-R BT.601, 0.299 R + 0.587 G + 0.114 B) in the range of their bit depth; alpha is ignored. The VOI maps the bit
 * depth's full range to [0, 1] (v / (2<sup>bits</sup> − 1)) unless a window is given or
 * {@link DecodeOptions.VoiMode#FULL_RANGE} asks for the data's own min and max. Streams are cached in memory, never in
 * temporary files. Cost O(pixels) after the codec.
 */
final class RasterImageDecoder {
  private RasterImageDecoder() {}

  static DecodedImage decode(byte[] bytes, int length, ImageFormat format, String source, DecodeOptions opts)
      throws PixelDecodeException {
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes, 0, length))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new PixelDecodeException(Reason.NOT_AN_IMAGE, source, 0, "an image ImageIO can read, found none for "
            + format);
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, false, true);
        int pages = format == ImageFormat.TIFF || format == ImageFormat.GIF ? reader.getNumImages(true) : 1;
        int first = opts.allFrames() ? 0 : opts.frame();
        int count = opts.allFrames() ? pages : 1;
        if (first >= pages) {
          throw new PixelDecodeException(Reason.FRAME_OUT_OF_RANGE, source, -1, "a frame index in 0.." + (pages - 1)
              + ", asked for " + first);
        }
        return toImage(reader, first, count, source, format, opts);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof PixelDecodeException p) {
        throw p;
      }
      throw new PixelDecodeException(Reason.DECODE_FAILED, source, -1, "a readable " + format + " stream", e);
    }
  }

  private static DecodedImage toImage(ImageReader reader, int first, int count, String source, ImageFormat format,
      DecodeOptions opts) throws IOException {
    int width = reader.getWidth(first);
    int height = reader.getHeight(first);
    long total = (long) width * height * count;
    if (total * 2 > opts.maxPixelBytes() || total > Integer.MAX_VALUE - 8) {
      throw new PixelDecodeException(Reason.TOO_LARGE, source, -1, "at most " + opts.maxPixelBytes()
          + " bytes of pixels, the image has " + width + " x " + height + " x " + count);
    }
    float[] values = new float[(int) total];
    int bits = 8;
    for (int f = 0; f < count; f++) {
      BufferedImage img = reader.read(first + f);
      if (img.getWidth() != width || img.getHeight() != height) {
        throw new PixelDecodeException(Reason.UNSUPPORTED_PIXEL_FORMAT, source, -1, "pages of equal size "
            + width + " x " + height + ", page " + (first + f) + " is " + img.getWidth() + " x " + img.getHeight());
      }
      bits = samples(img, values, f * width * height);
    }
    VoiTransform voi;
    if (opts.hasWindowOverride()) {
      voi = VoiTransform.linear(opts.windowCenter(), opts.windowWidth());
    } else if (opts.voiMode() == DecodeOptions.VoiMode.FULL_RANGE) {
      voi = DicomGrayscaleTransforms.fullRange(values, 0, values.length);
    } else {
      voi = VoiTransform.fullRange(0, (1 << bits) - 1);
    }
    float[] pixels = opts.keepModalityValues() ? new float[values.length] : values;
    voi.apply(values, 0, pixels, 0, values.length, false);
    return DecodedImage.builder()
        .source(source, format)
        .size(width, height, count, first)
        .pixels(pixels, opts.keepModalityValues() ? values : null)
        .photometric("MONOCHROME2")
        .voi(voi.describe())
        .build();
  }

  /** Writes gray values or luma of {@code img} to {@code out[off..]}; returns the bit depth of the values. */
  private static int samples(BufferedImage img, float[] out, int off) {
    Raster r = img.getRaster();
    int w = img.getWidth();
    int h = img.getHeight();
    int bands = r.getNumBands();
    int bits = r.getSampleModel().getSampleSize(0);
    boolean palette = img.getColorModel() instanceof IndexColorModel;
    if (!palette && bits <= 16 && (bands == 1 || bands == 2)) {
      int[] row = new int[w];
      for (int y = 0; y < h; y++) {
        r.getSamples(0, y, w, 1, 0, row);
        for (int x = 0; x < w; x++) {
          out[off + y * w + x] = row[x];
        }
      }
      return bits;
    }
    if (!palette && bits <= 16 && (bands == 3 || bands == 4)) {
      int[] px = new int[bands * w];
      for (int y = 0; y < h; y++) {
        r.getPixels(0, y, w, 1, px);
        for (int x = 0; x < w; x++) {
          out[off + y * w + x] = 0.299f * px[bands * x] + 0.587f * px[bands * x + 1] + 0.114f * px[bands * x + 2];
        }
      }
      return bits;
    }
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int argb = img.getRGB(x, y);
        out[off + y * w + x] = 0.299f * ((argb >> 16) & 0xff) + 0.587f * ((argb >> 8) & 0xff) + 0.114f * (argb & 0xff);
      }
    }
    return 8;
  }
}
