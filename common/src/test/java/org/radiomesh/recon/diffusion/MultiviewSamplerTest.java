package org.radiomesh.recon.diffusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.radiomesh.recon.GenerationException;

/** The sampling loop with closed-form denoisers written here: no model, no torch. */
class MultiviewSamplerTest {
  private static final int K = 3;
  private static final int C = 2;
  private static final int H = 4;
  private static final int W = 5;
  private static final int P = 12;
  private static final NoiseSchedule SCHEDULE = NoiseSchedule.of(NoiseSchedule.Kind.LINEAR, 1e-4, 0.02, 1000);

  /** The data distribution is one point x*: then ε(x_t, t) = (x_t − √ᾱ_t·x*)/√(1 − ᾱ_t) exactly. */
  private static Denoiser oracle(float[] target, PredictionType type) {
    return in -> {
      float[] out = new float[in.xt().length];
      for (int i = 0; i < out.length; i++) {
        double a = SCHEDULE.alphaCumprod((int) in.timesteps()[i / in.viewSize()]);
        double x0 = target[i % target.length];
        double eps = (in.xt()[i] - Math.sqrt(a) * x0) / Math.sqrt(1 - a);
        out[i] = (float) (type == PredictionType.EPSILON ? eps : Math.sqrt(a) * eps - Math.sqrt(1 - a) * x0);
      }
      return out;
    };
  }

  /** Output depends on x_t, t, the view's camera and the object's mean condition value. */
  private static final class Recording implements Denoiser {
    final List<DenoiserInput> calls = new ArrayList<>();

    @Override
    public float[] predict(DenoiserInput in) {
      calls.add(in);
      float[] out = new float[in.xt().length];
      int perCond = in.condTokens() * in.condDim();
      for (int i = 0; i < out.length; i++) {
        int row = i / in.viewSize();
        int object = row / in.views();
        double c = 0;
        for (int j = 0; j < perCond; j++) {
          c += in.cond()[object * perCond + j];
        }
        out[i] = (float) (0.3 * in.xt()[i] + 0.1 * c / perCond + 0.05 * in.cameras()[row * in.cameraWidth()]
            + 1e-4 * in.timesteps()[row]);
      }
      return out;
    }
  }

  private static DiffusionConditioning conditioning(int objects, float condValue) {
    float[] cond = new float[objects * 2 * 4];
    Arrays.fill(cond, condValue);
    return new DiffusionConditioning(objects, 2, 4, cond, new float[cond.length]);
  }

  private static float[] cameras(int objects) {
    float[] cams = new float[objects * K * P];
    for (int i = 0; i < cams.length; i++) {
      cams[i] = (float) Math.sin(0.1 * i);
    }
    return cams;
  }

  private static float[] sample(DiffusionOptions options, PredictionType type, Denoiser d, long[] seeds,
      DiffusionConditioning cond) throws GenerationException {
    return new MultiviewSampler(SCHEDULE, type, options).sample(d, seeds, K, C, H, W, P, cameras(seeds.length), cond);
  }

  @Test
  void ddimAndDdpmRecoverTheTargetOfAnExactDenoiser() throws GenerationException {
    float[] target = new float[K * C * H * W];
    for (int i = 0; i < target.length; i++) {
      target[i] = (float) Math.cos(1.7 * i) * 0.9f;
    }
    for (PredictionType type : PredictionType.values()) {
      for (DiffusionOptions o : List.of(
          DiffusionOptions.builder().steps(7).build(),
          DiffusionOptions.builder().steps(7).eta(1).clipSample(false).build(),
          DiffusionOptions.builder().method(DiffusionOptions.Method.DDPM).steps(20).build())) {
        float[] x = sample(o, type, oracle(target, type), new long[] {5}, conditioning(1, 0));
        for (int i = 0; i < x.length; i++) {
          assertThat(x[i]).as("%s %s", type, o).isCloseTo(target[i], within(1e-4f));
        }
      }
    }
  }

  @Test
  void guidanceScaleOneSkipsTheUnconditionalPassAndUsesTheConditionalOutput() throws GenerationException {
    DiffusionOptions o = DiffusionOptions.builder().steps(6).build();
    DiffusionConditioning cond = conditioning(1, 2f);
    Recording d = new Recording();
    float[] x = sample(o, PredictionType.EPSILON, d, new long[] {9}, cond);
    assertThat(d.calls).hasSize(6);
    assertThat(d.calls).allSatisfy(in -> {
      assertThat(in.rows()).isEqualTo(K);
      assertThat(in.condRows()).isEqualTo(1);
      assertThat(in.cond()).containsExactly(cond.conditional());
    });
    // the same loop written out: initial noise stream 0, DDIM η = 0 on timesteps 830, 664, ..., 0
    float[] ref = GaussianNoise.sample(9, 0, K * C * H * W);
    int[] ts = SCHEDULE.timesteps(6);
    Recording plain = new Recording();
    for (int t : ts) {
      long[] tt = new long[K];
      Arrays.fill(tt, t);
      float[] out = plain.predict(new DenoiserInput(K, C, H, W, ref, tt, P, cameras(1), 1, 2, 4, cond.conditional()));
      ref = DiffusionStep.ddim(ref, out, PredictionType.EPSILON, SCHEDULE.alphaCumprod(t),
          SCHEDULE.alphaCumprod(t - SCHEDULE.stride(6)), 0, true, null);
    }
    assertThat(x).containsExactly(ref);
  }

  @Test
  void guidanceEvaluatesBothInOneCallAndChangesTheSample() throws GenerationException {
    DiffusionConditioning cond = conditioning(1, 2f);
    Recording d = new Recording();
    float[] guided = sample(DiffusionOptions.builder().steps(5).guidanceScale(4).build(), PredictionType.EPSILON, d,
        new long[] {9}, cond);
    assertThat(d.calls).hasSize(5).allSatisfy(in -> {
      assertThat(in.rows()).isEqualTo(2 * K);
      assertThat(in.condRows()).isEqualTo(2);
      assertThat(Arrays.copyOfRange(in.xt(), 0, K * C * H * W))
          .containsExactly(Arrays.copyOfRange(in.xt(), K * C * H * W, 2 * K * C * H * W));
      assertThat(Arrays.copyOfRange(in.cond(), 8, 16)).containsOnly(0f);
    });
    float[] plain = sample(DiffusionOptions.builder().steps(5).build(), PredictionType.EPSILON, new Recording(),
        new long[] {9}, cond);
    assertThat(Arrays.equals(guided, plain)).isFalse();
    // nothing to guide when the unconditional tokens equal the conditional ones: one pass, same result as s = 1
    Recording same = new Recording();
    DiffusionConditioning equal = new DiffusionConditioning(1, 2, 4, new float[8], new float[8]);
    float[] skipped = sample(DiffusionOptions.builder().steps(5).guidanceScale(4).build(), PredictionType.EPSILON, same,
        new long[] {9}, equal);
    assertThat(same.calls).allSatisfy(in -> assertThat(in.rows()).isEqualTo(K));
    assertThat(skipped).containsExactly(sample(DiffusionOptions.builder().steps(5).build(), PredictionType.EPSILON,
        new Recording(), new long[] {9}, equal));
  }

  @Test
  void seedsDetermineTheSampleAndObjectsOfABatchAreIndependent() throws GenerationException {
    DiffusionOptions o = DiffusionOptions.builder().method(DiffusionOptions.Method.DDPM).steps(8).build();
    float[] a = sample(o, PredictionType.V, new Recording(), new long[] {3}, conditioning(1, 1f));
    assertThat(sample(o, PredictionType.V, new Recording(), new long[] {3}, conditioning(1, 1f))).containsExactly(a);
    float[] b = sample(o, PredictionType.V, new Recording(), new long[] {4}, conditioning(1, 1f));
    assertThat(Arrays.equals(a, b)).isFalse();
    // the recording denoiser works per row, so object 1 of a batch equals its run alone (same cameras of view 0..K)
    float[] batch = new MultiviewSampler(SCHEDULE, PredictionType.V, o).sample(new Recording(), new long[] {4, 3}, K,
        C, H, W, P, Arrays.copyOf(cameras(1), 2 * K * P), conditioning(2, 1f));
    float[] alone = new MultiviewSampler(SCHEDULE, PredictionType.V, o).sample(new Recording(), new long[] {3}, K, C,
        H, W, P, new float[K * P], conditioning(1, 1f));
    assertThat(Arrays.copyOfRange(batch, a.length, 2 * a.length)).containsExactly(alone);
  }

  @Test
  void aDenoiserWithTheWrongOutputSizeIsReported() {
    Denoiser shortOutput = in -> new float[in.xt().length - 1];
    assertThatThrownBy(() -> sample(DiffusionOptions.builder().steps(2).build(), PredictionType.EPSILON, shortOutput,
        new long[] {1}, conditioning(1, 0))).isInstanceOf(GenerationException.class)
        .hasMessageContaining("returned " + (K * C * H * W - 1) + " values for 3 views of 2x4x5");
  }
}
