package org.radiomesh.imaging;

import org.radiomesh.dicom.ImageFormat;
import org.radiomesh.imaging.PixelDecodeException.Reason;

/**
 * Turns one image file held in memory (DICOM, PNG, JPEG, TIFF, BMP or GIF) into {@link DecodedImage}: float pixels in
 * [0, 1] for a model, and optionally the modality values (HU for CT).
 *
 * <p>DICOM goes through the grayscale pipeline of PS3.3 C.11: modality LUT (Rescale Slope/Intercept or Modality LUT
 * Sequence), then VOI (VOI LUT Sequence, else Window Center/Width with VOI LUT Function LINEAR, LINEAR_EXACT or
 * SIGMOID, else the full range of the values; see {@link DecodeOptions.VoiMode}), then MONOCHROME1 inversion. Enhanced
 * multi-frame objects take Rescale and Window per frame from their functional groups. Bits allocated 8 or 16, any bits
 * stored and high bit within them, signed or unsigned; one sample per pixel, or 8-bit RGB/YBR_FULL reduced to luma.
 * Transfer syntaxes: {@link DecodableTransferSyntax}. PNG, JPEG, TIFF (pages are frames), BMP and GIF go through the
 * JDK's ImageIO: gray samples keep their values as modality values and map to [0, 1] by v / (2<sup>bits</sup> − 1)
 * unless a window or {@link DecodeOptions.VoiMode#FULL_RANGE} is asked for; colour becomes luma.
 *
 * <p>Thread-safe and stateless. Cost O(header + pixels decoded); native DICOM is read in place without copying.
 *
 * <pre>{@code
 * DecodedImage img = ImageDecoder.decode(Files.readAllBytes(path), path.toString());
 * float v = img.pixel(0, x, y);
 * }</pre>
 */
public final class ImageDecoder {
  private ImageDecoder() {}

  /** Decodes frame 0 with {@link DecodeOptions#defaults()}. */
  public static DecodedImage decode(byte[] bytes, String source) throws PixelDecodeException {
    return decode(bytes, bytes.length, source, DecodeOptions.defaults());
  }

  public static DecodedImage decode(byte[] bytes, String source, DecodeOptions options) throws PixelDecodeException {
    return decode(bytes, bytes.length, source, options);
  }

  /**
   * Decodes {@code bytes[0 .. length)}; the array is only read, and may be a reused buffer longer than the file.
   *
   * @param source the name used in error messages and in {@link DecodedImage#source()}
   * @throws PixelDecodeException with a {@link Reason}, the source and, where known, the byte offset
   */
  public static DecodedImage decode(byte[] bytes, int length, String source, DecodeOptions options)
      throws PixelDecodeException {
    if (length < 0 || length > bytes.length) {
      throw new IllegalArgumentException("length " + length + " outside 0.." + bytes.length);
    }
    if (length == 0) {
      throw new PixelDecodeException(Reason.NOT_AN_IMAGE, source, 0, "an image file, got zero bytes");
    }
    ImageFormat format = ImageFormat.detect(bytes, length);
    return switch (format) {
      case DICOM_PART10, DICOM_RAW -> DicomImageDecoder.decode(bytes, length, source, options);
      case UNKNOWN -> throw new PixelDecodeException(Reason.NOT_AN_IMAGE, source, 0,
          "DICOM (preamble + DICM, or a raw data set) or a PNG, JPEG, TIFF, BMP or GIF signature");
      default -> RasterImageDecoder.decode(bytes, length, format, source, options);
    };
  }
}
