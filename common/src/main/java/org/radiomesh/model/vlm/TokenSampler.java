package org.radiomesh.model.vlm;

import java.util.SplittableRandom;

/**
 * Picks the next token from one row of logits: greedy (argmax) or temperature plus top-p (nucleus) sampling.
 *
 * <p>Sampling: p_i = softmax(logits / temperature), computed with the maximum subtracted (float64); tokens sorted by
 * decreasing p (lower id first on ties); the nucleus is the shortest prefix whose mass reaches {@code topP} (at least
 * one token); one uniform draw from {@code random} in [0, nucleus mass) selects the token. Greedy returns the lowest
 * id among the maxima. Cost: greedy O(V); sampling O(V log V) for V logits. Stateless and thread-safe.
 */
public final class TokenSampler {
  private final double temperature;
  private final double topP;

  /**
   * @param temperature 0 for greedy, else a positive temperature
   * @param topP nucleus mass in (0, 1]
   */
  public TokenSampler(double temperature, double topP) {
    if (!(temperature >= 0) || Double.isInfinite(temperature) || !(topP > 0 && topP <= 1)) {
      throw new IllegalArgumentException("temperature " + temperature + " (expected >= 0), topP " + topP
          + " (expected (0, 1])");
    }
    this.temperature = temperature;
    this.topP = topP;
  }

  /** The sampler for {@code options}. */
  public static TokenSampler of(GenerationOptions options) {
    return new TokenSampler(options.temperature(), options.topP());
  }

  /** The lowest index of the largest value in {@code logits[offset, offset + length)}, relative to offset. */
  public static int argmax(float[] logits, int offset, int length) {
    int best = 0;
    for (int i = 1; i < length; i++) {
      if (logits[offset + i] > logits[offset + best]) {
        best = i;
      }
    }
    return best;
  }

  /**
   * The next token for the row {@code logits[offset, offset + vocab)}.
   *
   * @param random the sequence's own random stream; unused when greedy
   */
  public int next(float[] logits, int offset, int vocab, SplittableRandom random) {
    for (int i = 0; i < vocab; i++) {
      if (Float.isNaN(logits[offset + i])) {
        throw new IllegalStateException("logit " + i + " is NaN: the language model produced invalid output");
      }
    }
    if (temperature == 0) {
      return argmax(logits, offset, vocab);
    }
    double[] p = probabilities(logits, offset, vocab, temperature);
    Integer[] order = new Integer[vocab];
    for (int i = 0; i < vocab; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> p[a] != p[b] ? Double.compare(p[b], p[a]) : Integer.compare(a, b));
    double mass = 0;
    int kept = 0;
    while (kept < vocab && (kept == 0 || mass < topP)) {
      mass += p[order[kept++]];
    }
    double u = random.nextDouble() * mass;
    double cumulative = 0;
    for (int k = 0; k < kept; k++) {
      cumulative += p[order[k]];
      if (u < cumulative) {
        return order[k];
      }
    }
    return order[kept - 1];
  }

  /** softmax(logits / temperature) over the row, in float64, maximum subtracted for stability. */
  static double[] probabilities(float[] logits, int offset, int vocab, double temperature) {
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < vocab; i++) {
      max = Math.max(max, logits[offset + i]);
    }
    double[] p = new double[vocab];
    double sum = 0;
    for (int i = 0; i < vocab; i++) {
      p[i] = Math.exp((logits[offset + i] - max) / temperature);
      sum += p[i];
    }
    for (int i = 0; i < vocab; i++) {
      p[i] /= sum;
    }
    return p;
  }
}
