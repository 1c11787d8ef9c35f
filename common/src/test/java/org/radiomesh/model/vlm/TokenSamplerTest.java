package org.radiomesh.model.vlm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TokenSamplerTest {

  @Test
  void greedyIsTheLowestIndexOfTheMaximum() {
    SplittableRandom random = new SplittableRandom(1);
    float[] logits = {9, 1, 3, 7, 7, 2};
    TokenSampler greedy = new TokenSampler(0, 1);
    assertThat(greedy.next(logits, 2, 4, random)).isEqualTo(1);
    assertThat(greedy.next(logits, 0, 6, random)).isEqualTo(0);
    assertThat(TokenSampler.argmax(new float[] {1, 5, 5}, 0, 3)).isEqualTo(1);
  }

  @Test
  void samplingFollowsTheTruncatedSoftmax() {
    // probabilities 0.5, 0.3, 0.15, 0.05 at temperature 1; top-p 0.7 keeps {0, 1}: 0.625 / 0.375
    float[] logits = {(float) Math.log(0.5), (float) Math.log(0.3), (float) Math.log(0.15), (float) Math.log(0.05)};
    SplittableRandom random = new SplittableRandom(2024);
    int n = 40_000;
    int[] full = new int[4];
    int[] nucleus = new int[4];
    TokenSampler all = new TokenSampler(1, 1);
    TokenSampler top = new TokenSampler(1, 0.7);
    for (int i = 0; i < n; i++) {
      full[all.next(logits, 0, 4, random)]++;
      nucleus[top.next(logits, 0, 4, random)]++;
    }
    double[] p = {0.5, 0.3, 0.15, 0.05};
    for (int k = 0; k < 4; k++) {
      // five binomial standard deviations
      assertThat(full[k] / (double) n).isCloseTo(p[k], within(5 * Math.sqrt(p[k] * (1 - p[k]) / n)));
    }
    assertThat(nucleus[2] + nucleus[3]).isZero();
    assertThat(nucleus[0] / (double) n).isCloseTo(0.625, within(5 * Math.sqrt(0.625 * 0.375 / n)));
  }

  @Test
  void temperatureSharpensAndFlattens() {
    float[] logits = {2, 1, 0};
    double[] cold = TokenSampler.probabilities(logits, 0, 3, 0.25);
    double[] hot = TokenSampler.probabilities(logits, 0, 3, 4);
    double z = Math.exp(8) + Math.exp(4) + 1;
    assertThat(cold[0]).isCloseTo(Math.exp(8) / z, within(1e-12));
    assertThat(hot[0]).isLessThan(0.5).isGreaterThan(hot[1]);
    assertThat(cold[0] + cold[1] + cold[2]).isCloseTo(1, within(1e-12));
  }

  @Test
  void theSameStreamGivesTheSameTokens() {
    float[] logits = new float[50];
    for (int i = 0; i < 50; i++) {
      logits[i] = (float) Math.sin(i * 1.7);
    }
    TokenSampler sampler = new TokenSampler(0.9, 0.95);
    SplittableRandom a = new SplittableRandom(DecodingState.streamSeed(7, "img-1"));
    SplittableRandom b = new SplittableRandom(DecodingState.streamSeed(7, "img-1"));
    for (int i = 0; i < 100; i++) {
      assertThat(sampler.next(logits, 0, 50, a)).isEqualTo(sampler.next(logits, 0, 50, b));
    }
    assertThat(DecodingState.streamSeed(7, "img-1")).isNotEqualTo(DecodingState.streamSeed(7, "img-2"))
        .isNotEqualTo(DecodingState.streamSeed(8, "img-1"));
  }

  @Test
  void invalidSettingsAndNaNLogitsAreRefused() {
    assertThatThrownBy(() -> new TokenSampler(-1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TokenSampler(1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TokenSampler(0, 1).next(new float[] {1, Float.NaN}, 0, 2, new SplittableRandom(1)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("NaN");
    assertThatThrownBy(() -> GenerationOptions.builder().maxNewTokens(0).build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
