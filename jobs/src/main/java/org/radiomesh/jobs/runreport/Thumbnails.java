package org.radiomesh.jobs.runreport;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.radiomesh.imaging.DecodedImage;
import org.radiomesh.imaging.ImageDecoder;
import org.radiomesh.imaging.ImageResampler;
import org.radiomesh.imaging.PixelDecodeException;

/**
 * Downscaled PNG previews as {@code data:image/png;base64,...} URIs for the run report: radiographs (DICOM, PNG, JPEG,
 * TIFF) through {@link ImageDecoder} (modality LUT, VOI window, MONOCHROME1 inverted, first frame, area-averaged to at
 * most {@code maxSide} pixels on the longer side), and colour renderings (mesh previews) through ImageIO with bilinear
 * scaling. Images already small enough keep their size. Cost O(input pixels).
 */
public final class Thumbnails {
  private Thumbnails() {}

  /**
   * A grayscale preview of a radiograph file's first frame.
   *
   * @throws PixelDecodeException when the bytes are no image the decoder reads (the message names {@code source})
   */
  public static String radiograph(byte[] bytes, String source, int maxSide) throws PixelDecodeException {
    DecodedImage image = ImageDecoder.decode(bytes, source);
    int w = image.width();
    int h = image.height();
    double s = Math.min(1.0, (double) maxSide / Math.max(w, h));
    int ow = Math.max(1, (int) Math.round(w * s));
    int oh = Math.max(1, (int) Math.round(h * s));
    float[] frame = new float[w * h];
    System.arraycopy(image.pixels(), 0, frame, 0, w * h);
    float[] small = ImageResampler.resize(frame, w, h, ow, oh, ImageResampler.Method.AREA);
    BufferedImage out = new BufferedImage(ow, oh, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < oh; y++) {
      for (int x = 0; x < ow; x++) {
        float v = small[y * ow + x];
        out.getRaster().setSample(x, y, 0, Math.max(0, Math.min(255, Math.round(v * 255))));
      }
    }
    return dataUri(out);
  }

  /**
   * A colour preview of a PNG or JPEG rendering.
   *
   * @throws IOException when ImageIO cannot read the bytes as an image (the message names {@code source})
   */
  public static String rendering(byte[] bytes, String source, int maxSide) throws IOException {
    BufferedImage in = ImageIO.read(new ByteArrayInputStream(bytes));
    if (in == null) {
      throw new IOException(source + ": not an image ImageIO can read (expected PNG or JPEG)");
    }
    double s = Math.min(1.0, (double) maxSide / Math.max(in.getWidth(), in.getHeight()));
    int ow = Math.max(1, (int) Math.round(in.getWidth() * s));
    int oh = Math.max(1, (int) Math.round(in.getHeight() * s));
    BufferedImage out = new BufferedImage(ow, oh, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(in, 0, 0, ow, oh, null);
    } finally {
      g.dispose();
    }
    return dataUri(out);
  }

  private static String dataUri(BufferedImage image) {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", png);
    } catch (IOException e) {
      throw new IllegalStateException("PNG encoding of an in-memory image failed", e);
    }
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
  }
}
