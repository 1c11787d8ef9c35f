package org.radiomesh.recon.diffusion;

import java.util.Arrays;
import org.radiomesh.recon.GenerationException;

/**
 * The reverse-diffusion loop for B objects of K views each: seeded initial noise, one {@link Denoiser} call per step
 * with classifier-free guidance, then a DDIM or DDPM update ({@link DiffusionStep}) on the {@link NoiseSchedule}'s
 * strided timesteps. Everything but the denoiser runs in Java, in double precision per element with the state stored
 * as float, so a sample depends only on the seeds, the options and the denoiser's outputs.
 *
 * <p>Conventions: the state x is {@code [B·K, C, H, W]} row-major, object-major, in the model's data range (images
 * in [−1, 1]); object b's initial x_T is {@link GaussianNoise} stream 0 of {@code seeds[b]} and the noise added at step
 * i (i = 0 is the noisiest) is stream i + 1, so an object's sample does not depend on the other objects of the batch.
 * Guidance, when the scale s ≠ 1 and the unconditional tokens differ from the conditional ones, evaluates both in one
 * call of 2·B·K rows (conditional first) and combines out_u + s·(out_c − out_u); at s = 1 the unconditional pass is
 * skipped and the conditional output is used as is.
 *
 * <p>Cost: {@code steps} denoiser calls of B·K rows (2·B·K with guidance) plus O(steps·B·K·C·H·W) Java arithmetic.
 * Immutable and thread-safe; the denoiser is the caller's.
 */
public final class MultiviewSampler {
  private final NoiseSchedule schedule;
  private final PredictionType prediction;
  private final DiffusionOptions options;

  public MultiviewSampler(NoiseSchedule schedule, PredictionType prediction, DiffusionOptions options) {
    this.schedule = schedule;
    this.prediction = prediction;
    this.options = options;
  }

  /**
   * The final x_0 of every view, {@code [B·K, C, H, W]}.
   *
   * @param seeds one seed per object (B = seeds.length)
   * @param views K
   * @param cameraWidth values per camera pose vector
   * @param cameras {@code [B·K, cameraWidth]}
   * @throws GenerationException when the denoiser fails or returns the wrong number of values
   * @throws IllegalArgumentException when the shapes disagree or the steps exceed the schedule's
   */
  public float[] sample(Denoiser denoiser, long[] seeds, int views, int channels, int height, int width,
      int cameraWidth, float[] cameras, DiffusionConditioning conditioning) throws GenerationException {
    int b = seeds.length;
    if (b < 1 || conditioning.objects() != b) {
      throw new IllegalArgumentException(b + " seeds for " + conditioning.objects() + " conditioned objects");
    }
    int n = b * views;
    int perObject = views * channels * height * width;
    float[] x = new float[b * perObject];
    for (int o = 0; o < b; o++) {
      GaussianNoise.fill(seeds[o], 0, x, o * perObject, perObject);
    }
    boolean guided = options.guidanceScale() != 1.0 && !conditioning.unconditionalEqualsConditional();
    int rows = guided ? 2 * n : n;
    float[] cams = guided ? twice(cameras) : cameras;
    float[] cond = guided ? concat(conditioning.conditional(), conditioning.unconditional())
        : conditioning.conditional();
    int[] timesteps = schedule.timesteps(options.steps());
    int stride = schedule.stride(options.steps());
    for (int i = 0; i < timesteps.length; i++) {
      int t = timesteps[i];
      long[] ts = new long[rows];
      Arrays.fill(ts, t);
      DenoiserInput input = new DenoiserInput(rows, channels, height, width, guided ? twice(x) : x, ts, cameraWidth,
          cams, guided ? 2 * b : b, conditioning.tokens(), conditioning.dim(), cond);
      float[] out = denoiser.predict(input);
      if (out.length != rows * channels * height * width) {
        throw new GenerationException("the denoiser returned " + out.length + " values for " + rows + " views of "
            + channels + "x" + height + "x" + width);
      }
      float[] modelOutput = guided ? DiffusionStep.guide(Arrays.copyOfRange(out, x.length, 2 * x.length),
          Arrays.copyOf(out, x.length), options.guidanceScale()) : out;
      x = step(x, modelOutput, t, t - stride, i, seeds, perObject);
    }
    return x;
  }

  private float[] step(float[] x, float[] modelOutput, int t, int prev, int index, long[] seeds, int perObject) {
    double abarT = schedule.alphaCumprod(t);
    double abarPrev = schedule.alphaCumprod(prev);
    boolean ddim = options.method() == DiffusionOptions.Method.DDIM;
    double sigma = ddim ? DiffusionStep.ddimSigma(abarT, abarPrev, options.eta())
        : DiffusionStep.ddpmSigma(abarT, abarPrev);
    float[] noise = null;
    if (sigma > 0) {
      noise = new float[x.length];
      for (int o = 0; o < seeds.length; o++) {
        GaussianNoise.fill(seeds[o], index + 1, noise, o * perObject, perObject);
      }
    }
    return ddim
        ? DiffusionStep.ddim(x, modelOutput, prediction, abarT, abarPrev, options.eta(), options.clipSample(), noise)
        : DiffusionStep.ddpm(x, modelOutput, prediction, abarT, abarPrev, options.clipSample(), noise);
  }

  public NoiseSchedule schedule() {
    return schedule;
  }

  public PredictionType prediction() {
    return prediction;
  }

  public DiffusionOptions options() {
    return options;
  }

  private static float[] twice(float[] a) {
    return concat(a, a);
  }

  private static float[] concat(float[] a, float[] b) {
    float[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
