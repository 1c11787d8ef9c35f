package org.radiomesh.model.vlm;

import java.util.Arrays;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Token bookkeeping for one batch of sequences that are decoded together: the tokens generated so far, which
 * sequences have ended and why, and each sequence's random stream. Not thread-safe; O(batch × maxNewTokens) memory.
 */
final class DecodingState {
  private final int batch;
  private final int promptLength;
  private final int maxPositions;
  private final int maxNewTokens;
  private final Set<Long> stopIds;
  private final TokenSampler sampler;
  private final SplittableRandom[] random;
  private final long[][] tokens;
  private final int[] count;
  private final VlmResult.StopReason[] reason;

  DecodingState(String[] ids, int promptLength, int maxPositions, GenerationOptions options, Set<Long> stopIds) {
    this.batch = ids.length;
    this.promptLength = promptLength;
    this.maxPositions = maxPositions;
    this.maxNewTokens = options.maxNewTokens();
    this.stopIds = stopIds;
    this.sampler = TokenSampler.of(options);
    this.random = new SplittableRandom[batch];
    this.tokens = new long[batch][maxNewTokens];
    this.count = new int[batch];
    this.reason = new VlmResult.StopReason[batch];
    for (int r = 0; r < batch; r++) {
      random[r] = new SplittableRandom(streamSeed(options.seed(), ids[r]));
    }
  }

  /**
   * The seed of one request's random stream: the base seed mixed with the id's {@link String#hashCode()} (fixed by
   * the Java specification), so a request samples the same tokens whatever batch or partition it lands in.
   */
  static long streamSeed(long seed, String id) {
    long z = seed + 0x9E3779B97F4A7C15L * (id.hashCode() + 1L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Picks the next token of every running sequence from {@code logits} ({@code [batch][vocab]} row-major), records
   * it, and ends sequences that hit a stop token, {@code maxNewTokens} or the context limit.
   *
   * @return the token to feed for each row; ended rows repeat their last token, which the caller's output ignores
   */
  long[] step(float[] logits, int vocab) {
    long[] next = new long[batch];
    for (int r = 0; r < batch; r++) {
      if (reason[r] != null) {
        next[r] = count[r] > 0 ? tokens[r][count[r] - 1] : 0;
        continue;
      }
      long token = sampler.next(logits, r * vocab, vocab, random[r]);
      next[r] = token;
      if (stopIds.contains(token)) {
        reason[r] = VlmResult.StopReason.STOP_TOKEN;
        continue;
      }
      tokens[r][count[r]++] = token;
      if (count[r] == maxNewTokens) {
        reason[r] = VlmResult.StopReason.MAX_NEW_TOKENS;
      } else if (promptLength + count[r] >= maxPositions) {
        reason[r] = VlmResult.StopReason.CONTEXT_FULL;
      }
    }
    return next;
  }

  boolean allDone() {
    for (VlmResult.StopReason r : reason) {
      if (r == null) {
        return false;
      }
    }
    return true;
  }

  long[] tokens(int row) {
    return Arrays.copyOf(tokens[row], count[row]);
  }

  VlmResult.StopReason reason(int row) {
    return reason[row];
  }
}
