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
