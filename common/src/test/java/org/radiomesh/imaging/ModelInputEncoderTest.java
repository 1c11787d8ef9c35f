package org.radiomesh.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.radiomesh.dicom.ImageFormat;

/** Channels, normalisation and letterboxing of model input, on images whose answer is known in closed form. */
class ModelInputEncoderTest {

  @Test
  void meanStdIsAppliedPerChannelAfterRepeatingGray() {
    DecodedImage img = image(4, 4, 1, i -> 0.5f);
    ModelInputOptions o = ModelInputOptions.builder().size(2, 2).channels(3)
        .meanStd(new float[] {0.485f, 0.456f, 0.406f}, new float[] {0.229f, 0.224f, 0.225f}).build();

    float[] chw = ModelInputEncoder.encode(img, 0, o);

    assertThat(chw).hasSize(12);
    for (int c = 0; c < 3; c++) {
      for (int i = 0; i < 4; i++) {
        assertThat(chw[c * 4 + i]).isCloseTo((0.5f - o.mean(c)) / o.std(c), within(1e-6f));
      }
    }
  }

  @Test
  void perImageStandardisationGivesZeroMeanUnitVariance() {
    DecodedImage img = image(6, 6, 1, i -> (i * 37 % 11) / 10f);
    float[] out = ModelInputEncoder.encode(img, 0, ModelInputOptions.builder().size(6, 6)
        .normalization(ModelInputOptions.Normalization.PER_IMAGE).build());

    double mean = 0;
    double sq = 0;
    for (float v : out) {
      mean += v;
      sq += v * v;
    }
    assertThat(mean / out.length).isCloseTo(0, within(1e-6));
    assertThat(sq / out.length).isCloseTo(1, within(1e-5));
  }

  @Test
  void letterboxCentresTheScaledImageAndPadsTheRest() {
    DecodedImage img = image(8, 4, 1, i -> 1f);
    float[] out = ModelInputEncoder.encode(img, 0, ModelInputOptions.builder().size(4, 4)
        .aspect(ModelInputOptions.Aspect.PAD).padValue(0.25f).build());

    for (int y = 0; y < 4; y++) {
      for (int x = 0; x < 4; x++) {
        assertThat(out[y * 4 + x]).as("(%d, %d)", x, y).isEqualTo(y == 1 || y == 2 ? 1f : 0.25f);
      }
    }
  }

  @Test
  void everyFrameIsEncodedInOrder() {
    DecodedImage img = image(3, 3, 2, i -> i < 9 ? 0.2f : 0.8f);
    float[] out = ModelInputEncoder.encodeAll(img, ModelInputOptions.builder().size(2, 2).build());

    assertThat(out).hasSize(8);
    for (int i = 0; i < 4; i++) {
      assertThat(out[i]).isCloseTo(0.2f, within(1e-6f));
      assertThat(out[4 + i]).isCloseTo(0.8f, within(1e-6f));
    }
  }

  private static DecodedImage image(int w, int h, int frames, java.util.function.IntFunction<Float> value) {
    float[] p = new float[w * h * frames];
    for (int i = 0; i < p.length; i++) {
      p[i] = value.apply(i);
    }
    return DecodedImage.builder().source("test", ImageFormat.PNG).size(w, h, frames, 0).pixels(p, null)
        .voi("test").build();
  }
}
