package org.radiomesh.radiograph;

/**
 * A small seeded random source whose sequence is fixed by this code alone (SplitMix64 with Box–Muller and exact
 * Poisson inversion, all in {@link StrictMath}), so that simulated images are byte-identical on every JVM and platform.
 * {@link java.util.Random#nextGaussian()} and {@code RandomGenerator} defaults may change between JDK releases.
 *
 * <p>Streams: {@link #forStream(long, long)} derives an independent source from (seed, stream), for example one per
 * image row, so that results do not depend on how rows are split over threads. Not thread-safe; O(1) per draw.
 */
final class NoiseSource {
  private long state;
  private double spare = Double.NaN;

  private NoiseSource(long state) {
    this.state = state;
  }

  /** The source for {@code stream} (a row, a slice) of the generator seeded with {@code seed}. */
  static NoiseSource forStream(long seed, long stream) {
    return new NoiseSource(mix(seed ^ mix(stream + 0x632BE59BD9B4E019L)));
  }

  /** Uniform in [0, 1), 53 random bits. */
  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  long nextLong() {
    state += 0x9E3779B97F4A7C15L;
    return mix(state);
  }

  /** Standard normal deviate (Box–Muller, both values used). */
  double nextGaussian() {
    if (!Double.isNaN(spare)) {
      double g = spare;
      spare = Double.NaN;
      return g;
    }
    double u1 = 1.0 - nextDouble();
    double u2 = nextDouble();
    double r = StrictMath.sqrt(-2.0 * StrictMath.log(u1));
    double a = 2.0 * StrictMath.PI * u2;
    spare = r * StrictMath.sin(a);
    return r * StrictMath.cos(a);
  }

  /**
   * A Poisson count of mean {@code lambda}: exact inversion below 30, the normal approximation λ + √λ·g above (its
   * error in the mean and variance is below 1 % there, far under the detector's other approximations).
   */
  double nextPoisson(double lambda) {
    if (lambda < 30) {
      double p = StrictMath.exp(-lambda);
      double cumulative = p;
      double u = nextDouble();
      int k = 0;
      while (u > cumulative && k < 200) {
        k++;
        p *= lambda / k;
        cumulative += p;
      }
      return k;
    }
    return Math.max(0, lambda + StrictMath.sqrt(lambda) * nextGaussian());
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
