package org.radiomesh.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.UnsignedShortAttribute;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The grayscale pipeline: bits and sign, rescale, windows in closed form, LUTs, inversion, frame choice. */
class ImageDecoderGrayscaleTest {
  private static final int ROWS = 16;
  private static final int COLS = 12;

  @ParameterizedTest
  @CsvSource({
      "8, 8, 7, false, 1, 0",
      "8, 8, 7, true, 2, -50",
      "8, 6, 5, true, 1, 0",
      "16, 12, 11, false, 1, -1024",
      "16, 12, 11, true, 1, 0",
      "16, 12, 13, true, 0.5, 10",
      "16, 16, 15, false, 1, -32768",
      "16, 16, 15, true, 0.25, -1000"})
  void storedBitsAreMaskedSignExtendedAndRescaledExactly(int allocated, int stored, int highBit, boolean signed,
      double slope, double intercept) throws Exception {
    Random r = new Random(allocated * 100 + stored * 10 + highBit + (signed ? 1 : 0));
    int n = ROWS * COLS;
    int[] values = new int[n];
    int[] words = new int[n];
    int shift = highBit + 1 - stored;
    for (int i = 0; i < n; i++) {
      values[i] = signed ? r.nextInt(1 << stored) - (1 << (stored - 1)) : r.nextInt(1 << stored);
      int noiseAbove = r.nextInt(1 << 16) << (highBit + 1);
      int noiseBelow = shift > 0 ? r.nextInt(1 << shift) : 0;
      words[i] = (((values[i] & ((1 << stored) - 1)) << shift) | noiseAbove | noiseBelow) & ((1 << allocated) - 1);
    }
    byte[] file = DicomImageWriter.write(DicomImageSpec.builder().size(ROWS, COLS, 1)
        .bits(allocated, stored, highBit, signed).stored(words).rescale(slope, intercept).modality("CT",
            "1.2.840.10008.5.1.4.1.1.2").build());

    DecodedImage img = ImageDecoder.decode(file, "bits", DecodeOptions.builder().keepModalityValues(true).build());

    float min = Float.POSITIVE_INFINITY;
    float max = Float.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      float expected = (float) (values[i] * slope + intercept);
      assertThat(img.modalityValues()[i]).as("pixel %d", i).isEqualTo(expected);
      min = Math.min(min, expected);
      max = Math.max(max, expected);
    }
    for (int i = 0; i < n; i++) {
      double expected = (img.modalityValues()[i] - min) / (max - min);
      assertThat((double) img.pixels()[i]).isCloseTo(expected, within(1e-6));
    }
    assertThat(img.voi()).startsWith("FULL_RANGE");
  }

  @ParameterizedTest
  @CsvSource({"LINEAR, 40, 400", "LINEAR, 40.5, 1", "LINEAR_EXACT, -600, 1500", "SIGMOID, 300, 800"})
  void windowFollowsTheStandardsClosedForm(String function, double center, double width) throws Exception {
    int[] values = ramp(-1200, 2000);
    byte[] file = DicomImageWriter.write(DicomImageSpec.builder().size(ROWS, COLS, 1).bits(16, 16, 15, true)
        .stored(values).rescale(1, 0).windows(new double[] {center, 9999}, new double[] {width, 1}, function)
        .build());

    DecodedImage img = ImageDecoder.decode(file, "window");

    for (int i = 0; i < values.length; i++) {
      double x = values[i];
      double expected = switch (function) {
        case "LINEAR" -> width == 1 ? (x <= center - 0.5 ? 0 : 1)
            : x <= center - 0.5 - (width - 1) / 2 ? 0
            : x > center - 0.5 + (width - 1) / 2 ? 1
            : ((x - (center - 0.5)) / (width - 1) + 0.5);
        case "LINEAR_EXACT" -> x <= center - width / 2 ? 0 : x > center + width / 2 ? 1 : (x - center) / width + 0.5;
        default -> 1 / (1 + Math.exp(-4 * (x - center) / width));
      };
      assertThat((double) img.pixels()[i]).as("x = %s", x).isCloseTo(expected, within(2e-6));
    }
  }

  @Test
  void monochrome1IsTheInverseOfMonochrome2() throws Exception {
    int[] values = ramp(0, 4095);
    DicomImageSpec.Builder b = DicomImageSpec.builder().size(ROWS, COLS, 1).bits(16, 12, 11, false).stored(values)
        .windows(new double[] {2000}, new double[] {3000}, null);
    DecodedImage m2 = ImageDecoder.decode(DicomImageWriter.write(b.build()), "m2");
    DecodedImage m1 = ImageDecoder.decode(DicomImageWriter.write(b.photometric("MONOCHROME1", 1, 0).build()), "m1");

    assertThat(m1.photometricInterpretation()).isEqualTo("MONOCHROME1");
    for (int i = 0; i < values.length; i++) {
      assertThat(m1.pixels()[i] + m2.pixels()[i]).isCloseTo(1f, within(1e-6f));
    }
    assertThat(m2.pixels()[0]).isEqualTo(0f);
    assertThat(m1.pixels()[0]).isEqualTo(1f);
  }

  @Test
  void windowOverrideAndWindowIndexChooseTheWindow() throws Exception {
    int[] values = ramp(-1000, 1000);
    byte[] file = DicomImageWriter.write(DicomImageSpec.builder().size(ROWS, COLS, 1).bits(16, 16, 15, true)
        .stored(values).windows(new double[] {0, 500}, new double[] {2001, 11}, null).build());

    DecodedImage second = ImageDecoder.decode(file, "w", DecodeOptions.builder().windowIndex(1).build());
    DecodedImage override = ImageDecoder.decode(file, "w", DecodeOptions.builder().window(-500, 101).build());
    DecodedImage full = ImageDecoder.decode(file, "w", DecodeOptions.builder()
        .voiMode(DecodeOptions.VoiMode.FULL_RANGE).build());

    assertThat(second.voi()).isEqualTo("WINDOW 500.0/11.0 LINEAR");
    assertThat(override.voi()).isEqualTo("WINDOW -500.0/101.0 LINEAR");
    for (int i = 0; i < values.length; i++) {
      assertThat((double) second.pixels()[i]).isCloseTo(VoiTransform.linear(500, 11).apply(values[i]), within(2e-6));
      assertThat((double) override.pixels()[i]).isCloseTo(VoiTransform.linear(-500, 101).apply(values[i]),
          within(2e-6));
      assertThat((double) full.pixels()[i]).isCloseTo((values[i] + 1000) / 2000.0, within(2e-6));
    }
  }

  @Test
  void voiLutSequenceIsPreferredInAutoModeAndModalityLutReplacesRescale() throws Exception {
    int[] values = ramp(0, 255);
    AttributeList list = DicomImageWriter.toAttributeList(DicomImageSpec.builder().size(ROWS, COLS, 1)
        .bits(8, 8, 7, false).stored(values).windows(new double[] {128}, new double[] {256}, null).build());
    int[] modalityLut = new int[256];
    for (int i = 0; i < 256; i++) {
      modalityLut[i] = 1000 + 3 * i;
    }
    list.put(lutSequence(DicomGrayscaleTransforms.MODALITY_LUT_SEQUENCE, 256, 0, 16, modalityLut));
    int[] voiLut = new int[1000];
    for (int i = 0; i < voiLut.length; i++) {
      voiLut[i] = (i * 7) % 4096;
    }
    list.put(lutSequence(TagFromName.VOILUTSequence, voiLut.length, 1200, 12, voiLut));
    byte[] file = DicomImageWriter.toBytes(list, DecodableTransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN.uid(), true);

    DecodedImage auto = ImageDecoder.decode(file, "lut", DecodeOptions.builder().keepModalityValues(true).build());
    DecodedImage window = ImageDecoder.decode(file, "lut", DecodeOptions.builder()
        .voiMode(DecodeOptions.VoiMode.WINDOW).build());

    for (int i = 0; i < values.length; i++) {
      int m = 1000 + 3 * values[i];
      assertThat(auto.modalityValues()[i]).isEqualTo((float) m);
      int index = Math.max(0, Math.min(voiLut.length - 1, m - 1200));
      assertThat((double) auto.pixels()[i]).isCloseTo(voiLut[index] / 4095.0, within(1e-6));
      assertThat((double) window.pixels()[i]).isCloseTo(VoiTransform.linear(128, 256).apply(m), within(2e-6));
    }
  }

  @Test
  void framesAreChosenOneOrAll() throws Exception {
    int n = ROWS * COLS;
    int[] values = new int[3 * n];
    for (int i = 0; i < values.length; i++) {
      values[i] = 100 * (i / n) + i % 7;
    }
    byte[] file = DicomImageWriter.write(DicomImageSpec.builder().size(ROWS, COLS, 3).bits(16, 16, 15, false)
        .stored(values).build());

    DecodedImage one = ImageDecoder.decode(file, "mf", DecodeOptions.builder().frame(2).keepModalityValues(true)
        .build());
    DecodedImage all = ImageDecoder.decode(file, "mf", DecodeOptions.builder().allFrames().keepModalityValues(true)
        .build());

    assertThat(one.frames()).isEqualTo(1);
    assertThat(one.firstFrame()).isEqualTo(2);
    assertThat(all.frames()).isEqualTo(3);
    for (int i = 0; i < n; i++) {
      assertThat(one.modalityValues()[i]).isEqualTo(values[2 * n + i]);
    }
    for (int i = 0; i < 3 * n; i++) {
      assertThat(all.modalityValues()[i]).isEqualTo(values[i]);
    }
  }

  private static int[] ramp(int from, int to) {
    int[] v = new int[ROWS * COLS];
    for (int i = 0; i < v.length; i++) {
      v[i] = from + (int) Math.round((to - from) * (double) i / (v.length - 1));
    }
    return v;
  }

  private static SequenceAttribute lutSequence(com.pixelmed.dicom.AttributeTag tag, int entries, int first, int bits,
      int[] data) throws Exception {
    AttributeList item = new AttributeList();
    Attribute d = new UnsignedShortAttribute(TagFromName.LUTDescriptor);
    d.addValue(entries);
    d.addValue(first);
    d.addValue(bits);
    item.put(d);
    Attribute lut = new UnsignedShortAttribute(TagFromName.LUTData);
    for (int v : data) {
      lut.addValue(v);
    }
    item.put(lut);
    SequenceAttribute s = new SequenceAttribute(tag);
    s.addItem(item);
    return s;
  }
}
