package org.radiomesh.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Every {@link DecodableTransferSyntax}: the decoded modality values equal the stored values written. */
class ImageDecoderTransferSyntaxTest {
  private static final int ROWS = 19;
  private static final int COLS = 23;

  @ParameterizedTest
  @CsvSource({
      "1.2.840.10008.1.2, 16, true",
      "1.2.840.10008.1.2.1, 16, true",
      "1.2.840.10008.1.2.2, 16, true",
      "1.2.840.10008.1.2.1.99, 16, true",
      "1.2.840.10008.1.2.5, 16, true",
      "1.2.840.10008.1.2, 8, false",
      "1.2.840.10008.1.2.1, 8, false",
      "1.2.840.10008.1.2.2, 8, false",
      "1.2.840.10008.1.2.1.99, 8, false",
      "1.2.840.10008.1.2.5, 8, false"})
  void losslessSyntaxesReturnTheStoredValuesOfEveryFrame(String ts, int bits, boolean signed) throws Exception {
    int frames = 3;
    int[] values = randomValues(new Random(ts.hashCode() + bits), ROWS * COLS * frames, bits, signed);
    byte[] file = DicomImageWriter.write(spec(values, frames, bits, signed).transferSyntax(ts, true).build());

    DecodedImage img = ImageDecoder.decode(file, "ts-" + ts,
        DecodeOptions.builder().allFrames().keepModalityValues(true).build());

    assertThat(img.transferSyntaxUid()).isEqualTo(ts);
    assertThat(img.frames()).isEqualTo(frames);
    assertThat(img.width()).isEqualTo(COLS);
    assertThat(img.height()).isEqualTo(ROWS);
    for (int i = 0; i < values.length; i++) {
      assertThat(img.modalityValues()[i]).as("value %d", i).isEqualTo((float) (values[i] * 2 - 100));
    }
  }

  @Test
  void rawDataSetWithoutPreambleDecodes() throws Exception {
    int[] values = randomValues(new Random(3), ROWS * COLS, 16, true);
    byte[] file = DicomImageWriter.write(spec(values, 1, 16, true)
        .transferSyntax(DecodableTransferSyntax.IMPLICIT_VR_LITTLE_ENDIAN.uid(), false).build());
    assertThat(new String(file, 128, 4, java.nio.charset.StandardCharsets.ISO_8859_1)).isNotEqualTo("DICM");

    DecodedImage img = ImageDecoder.decode(file, "raw", DecodeOptions.builder().keepModalityValues(true).build());

    for (int i = 0; i < values.length; i++) {
      assertThat(img.modalityValues()[i]).isEqualTo((float) (values[i] * 2 - 100));
    }
  }

  @ParameterizedTest
  @EnumSource(value = DecodableTransferSyntax.class, names = {"JPEG_BASELINE", "JPEG_EXTENDED"})
  void jpegIsCloseToTheStoredValues(DecodableTransferSyntax ts) throws Exception {
    int[] values = new int[ROWS * COLS * 2];
    for (int f = 0; f < 2; f++) {
      for (int y = 0; y < ROWS; y++) {
        for (int x = 0; x < COLS; x++) {
          values[(f * ROWS + y) * COLS + x] = 40 + 6 * x + 3 * y + 20 * f;
        }
      }
    }
    byte[] file = DicomImageWriter.write(DicomImageSpec.builder().size(ROWS, COLS, 2).bits(8, 8, 7, false)
        .stored(values).transferSyntax(ts.uid(), true).build());

    DecodedImage img = ImageDecoder.decode(file, "jpeg", DecodeOptions.builder().allFrames()
        .keepModalityValues(true).build());

    double sumAbs = 0;
    for (int i = 0; i < values.length; i++) {
      assertThat(img.modalityValues()[i]).isCloseTo(values[i], within(12f));
      sumAbs += Math.abs(img.modalityValues()[i] - values[i]);
    }
    assertThat(sumAbs / values.length).isLessThan(2.0);
  }

  @ParameterizedTest
  @CsvSource({"1.2.840.10008.1.2.5, 0", "1.2.840.10008.1.2.5, 1", "1.2.840.10008.1.2.1, 0", "1.2.840.10008.1.2.1, 1",
      "1.2.840.10008.1.2.1.99, 1"})
  void rgbBecomesLumaWhateverThePlanarConfiguration(String ts, int planar) throws Exception {
    Random r = new Random(17 + planar);
    int n = ROWS * COLS;
    int[] rgb = new int[3 * n];
    for (int i = 0; i < rgb.length; i++) {
      rgb[i] = r.nextInt(256);
    }
    byte[] file = DicomImageWriter.write(DicomImageSpec.builder().size(ROWS, COLS, 1).bits(8, 8, 7, false)
        .photometric("RGB", 3, planar).stored(rgb).transferSyntax(ts, true).build());

    DecodedImage img = ImageDecoder.decode(file, "rgb", DecodeOptions.builder().keepModalityValues(true).build());

    for (int i = 0; i < n; i++) {
      int red = planar == 1 ? rgb[i] : rgb[3 * i];
      int green = planar == 1 ? rgb[n + i] : rgb[3 * i + 1];
      int blue = planar == 1 ? rgb[2 * n + i] : rgb[3 * i + 2];
      double luma = 0.299 * red + 0.587 * green + 0.114 * blue;
      assertThat((double) img.modalityValues()[i]).isCloseTo(luma, within(1e-3));
      assertThat((double) img.pixels()[i]).isCloseTo(luma / 255, within(1e-5));
    }
  }

  @Test
  void jpegFrameSplitOverTwoFragmentsIsJoined() throws Exception {
    int[] values = new int[ROWS * COLS];
    for (int i = 0; i < values.length; i++) {
      values[i] = 60 + (i % COLS) * 4;
    }
    DicomImageSpec spec = DicomImageSpec.builder().size(ROWS, COLS, 1).bits(8, 8, 7, false).stored(values)
        .transferSyntax(DecodableTransferSyntax.JPEG_BASELINE.uid(), true).build();
    byte[] whole = DicomImageWriter.write(spec);
    byte[] jpeg = ((com.pixelmed.dicom.OtherByteAttributeMultipleCompressedFrames) DicomImageWriter
        .toAttributeList(spec).get(com.pixelmed.dicom.TagFromName.PixelData)).getFrames()[0];
    byte[] split = splitFragment(whole, jpeg, 100);

    DecodedImage a = ImageDecoder.decode(whole, "one", DecodeOptions.builder().keepModalityValues(true).build());
    DecodedImage b = ImageDecoder.decode(split, "two", DecodeOptions.builder().keepModalityValues(true).build());

    assertThat(b.modalityValues()).containsExactly(a.modalityValues());
  }

  @Test
  void corruptRleSegmentFailsWithItsOffset() throws Exception {
    int[] values = randomValues(new Random(5), ROWS * COLS, 16, false);
    byte[] file = DicomImageWriter.write(spec(values, 1, 16, false)
        .transferSyntax(DecodableTransferSyntax.RLE_LOSSLESS.uid(), true).build());
    byte[] cut = java.util.Arrays.copyOf(file, file.length);
    int header = indexOf(cut, new byte[] {2, 0, 0, 0, 64, 0, 0, 0});
    cut[header + 8] = (byte) 0xff;
    cut[header + 9] = (byte) 0x7f;

    PixelDecodeException e = org.assertj.core.api.Assertions.catchThrowableOfType(PixelDecodeException.class,
        () -> ImageDecoder.decode(cut, "bad.rle", DecodeOptions.defaults()));

    assertThat(e.reason()).isEqualTo(PixelDecodeException.Reason.DECODE_FAILED);
    assertThat(e.offset()).isEqualTo(header);
    assertThat(e.getMessage()).contains("RLE segment");
  }

  /** The file with its one JPEG fragment item (even length, padded) replaced by two items split at {@code at}. */
  private static byte[] splitFragment(byte[] file, byte[] jpeg, int at) {
    int start = indexOf(file, jpeg);
    int itemLength = (int) EncapsulatedFrames.le32(file, start - 4);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.write(file, 0, start - 8);
    writeItem(out, file, start, at);
    writeItem(out, file, start + at, itemLength - at);
    out.write(file, start + itemLength, file.length - start - itemLength);
    return out.toByteArray();
  }

  private static void writeItem(java.io.ByteArrayOutputStream out, byte[] b, int off, int len) {
    out.writeBytes(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, (byte) 0xE0, (byte) len, (byte) (len >> 8),
        (byte) (len >> 16), (byte) (len >> 24)});
    out.write(b, off, len);
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalStateException("not found");
  }

  static DicomImageSpec.Builder spec(int[] values, int frames, int bits, boolean signed) {
    return DicomImageSpec.builder().size(ROWS, COLS, frames).bits(bits, bits, bits - 1, signed).stored(values)
        .rescale(2, -100);
  }

  static int[] randomValues(Random r, int n, int bits, boolean signed) {
    int[] v = new int[n];
    for (int i = 0; i < n; i++) {
      v[i] = signed ? r.nextInt(1 << bits) - (1 << (bits - 1)) : r.nextInt(1 << bits);
    }
    return v;
  }
}
