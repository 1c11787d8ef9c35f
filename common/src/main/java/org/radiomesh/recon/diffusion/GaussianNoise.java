package org.radiomesh.recon.diffusion;

/**
 * Seeded standard normal noise, generated in Java so that a sample depends only on its seed, never on the engine,
 * device or thread that runs the denoiser (libtorch's generators differ between CPU and CUDA).
 *
 * <p>Algorithm, fixed so that other languages can reproduce it bit for bit up to the last bit of libm's functions (the
 * test fixture's Python script does): a stream is keyed by (seed, stream index); its SplitMix64 state starts at
 * {@code mix64(seed + (stream + 1)·0xD1B54A32D192ED03)} (64-bit wrapping arithmetic) and each draw adds
 * {@code 0x9E3779B97F4A7C15} and returns {@code mix64(state)}, mix64 being SplitMix64's finaliser (shifts 30, 27, 31,
 * multipliers 0xBF58476D1CE4E5B9, 0x94D049BB133111EB). Two draws a, b give u1 = ((a >>> 11) + 1)·2⁻⁵³ ∈ (0, 1] and
 * u2 = (b >>> 11)·2⁻⁵³ ∈ [0, 1), and the Box–Muller pair r·cos(2πu2), r·sin(2πu2) with r = √(−2 ln u1), in that order,
 * each rounded to float. {@link StrictMath} keeps the doubles identical on every JVM.
 *
 * <p>The sampler uses stream 0 for an object's initial x_T and stream i + 1 for the noise added at sampling step i,
 * each filled in row-major order [K, C, H, W]. Cost O(count).
 */
public final class GaussianNoise {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final long STREAM = 0xD1B54A32D192ED03L;
  private static final double TWO_POW_MINUS_53 = 0x1.0p-53;

  private GaussianNoise() {}

  /** {@code count} standard normal floats of stream {@code stream} of {@code seed}. */
  public static float[] sample(long seed, long stream, int count) {
    float[] out = new float[count];
    fill(seed, stream, out, 0, count);
    return out;
  }

  /** Writes the first {@code count} values of stream {@code stream} of {@code seed} into {@code out[offset...]}. */
  public static void fill(long seed, long stream, float[] out, int offset, int count) {
    long state = mix64(seed + (stream + 1) * STREAM);
    for (int i = 0; i < count; i += 2) {
      state += GOLDEN;
      long a = mix64(state);
      state += GOLDEN;
      long b = mix64(state);
      double u1 = ((a >>> 11) + 1) * TWO_POW_MINUS_53;
      double u2 = (b >>> 11) * TWO_POW_MINUS_53;
      double r = StrictMath.sqrt(-2.0 * StrictMath.log(u1));
      double angle = 2.0 * Math.PI * u2;
      out[offset + i] = (float) (r * StrictMath.cos(angle));
      if (i + 1 < count) {
        out[offset + i + 1] = (float) (r * StrictMath.sin(angle));
      }
    }
  }

  /** SplitMix64's finaliser (Steele, Lea and Flood 2014). */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
