package org.radiomesh.model.findings.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.radiomesh.model.findings.FindingsLabels;

class AugmentationTest {
  private static final int H = 4;
  private static final int W = 6;

  private static TrainingCase ramp() {
    float[] x = new float[H * W];
    for (int i = 0; i < x.length; i++) {
      x[i] = i;
    }
    float[] y = new float[FindingsLabels.OUTPUTS];
    y[FindingsLabels.index(16, "crown")] = 1;
    return new TrainingCase("c", x, y);
  }

  @Test
  void noneIsTheIdentity() {
    TrainingCase c = ramp();
    TrainingCase a = Augmentation.none().apply(c, H, W, new Random(1));
    assertThat(a.input()).containsExactly(c.input());
    assertThat(a.targets()).containsExactly(c.targets());
  }

  @Test
  void flipMirrorsPixelsAndTeeth() {
    TrainingCase a = new Augmentation(1, 0, 0, 0, 0).apply(ramp(), H, W, new Random(1));
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        assertThat(a.input()[y * W + x]).isEqualTo(y * W + (W - 1 - x));
      }
    }
    assertThat(a.targets()[FindingsLabels.index(26, "crown")]).isEqualTo(1f);
    assertThat(a.targets()[FindingsLabels.index(16, "crown")]).isZero();
  }

  @Test
  void shiftRepeatsEdgesAndKeepsTargets() {
    Random random = new Random(4);
    Augmentation shift = new Augmentation(0, 2, 0, 0, 0);
    for (int trial = 0; trial < 20; trial++) {
      TrainingCase a = shift.apply(ramp(), H, W, random);
      assertThat(a.targets()).containsExactly(ramp().targets());
      // every output pixel is some input pixel (no values invented), rows stay rows
      for (int y = 0; y < H; y++) {
        for (int x = 1; x < W; x++) {
          float d = a.input()[y * W + x] - a.input()[y * W + x - 1];
          assertThat(d).isIn(0f, 1f);
        }
      }
    }
  }

  @Test
  void invalidSettingsAreRejected() {
    assertThatThrownBy(() -> new Augmentation(1.5, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Augmentation(0, -1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
