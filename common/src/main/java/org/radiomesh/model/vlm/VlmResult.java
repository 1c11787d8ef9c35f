package org.radiomesh.model.vlm;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What {@link VlmGenerator} produced for one {@link VlmRequest}: the new token ids (stop token excluded), their
 * decoded text (special tokens left out), why generation ended, and the prompt length in positions (text tokens plus
 * image embeddings). Arrays are compared by content in {@link #equals}.
 *
 * @param id the request's id
 * @param tokens generated token ids, at most {@code maxNewTokens}
 * @param text decoded text of {@code tokens}
 * @param stopReason why generation ended
 * @param promptLength positions taken by the prompt
 */
public record VlmResult(String id, long[] tokens, String text, StopReason stopReason, int promptLength)
    implements Serializable {

  /** Why a sequence ended. */
  public enum StopReason {
    /** A stop token was generated (and left out of {@code tokens}). */
    STOP_TOKEN,
    /** {@code maxNewTokens} tokens were generated. */
    MAX_NEW_TOKENS,
    /** The sequence reached the language model's {@code maxPositions}. */
    CONTEXT_FULL
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VlmResult r && id.equals(r.id) && Arrays.equals(tokens, r.tokens) && text.equals(r.text)
        && stopReason == r.stopReason && promptLength == r.promptLength;
  }

  @Override
  public int hashCode() {
    return 31 * id.hashCode() + Arrays.hashCode(tokens);
  }

  @Override
  public String toString() {
    return id + ": " + Arrays.toString(tokens) + " \"" + text + "\" (" + stopReason + ", prompt " + promptLength + ")";
  }
}
