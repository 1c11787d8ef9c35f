package org.radiomesh.report.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Corpus BLEU-4 (Papineni et al., 2002) of candidate texts against one reference each: clipped n-gram precisions
 * p<sub>1..4</sub> summed over the corpus (matches and candidate n-grams pooled over all pairs, then divided), their
 * geometric mean with uniform weights, times the brevity penalty exp(1 − r / c) when the total candidate length c is
 * below the total reference length r (1 otherwise). No smoothing: a corpus with no matching 4-gram scores 0. Result
 * in [0, 1]. Tokens: {@link TextTokens}. Accumulate pairs with {@link #add}, read {@link #score}. Not thread-safe;
 * O(tokens) per pair.
 */
public final class Bleu {
  /** The largest n-gram order. */
  public static final int MAX_ORDER = 4;

  private final long[] matches = new long[MAX_ORDER];
  private final long[] totals = new long[MAX_ORDER];
  private long candidateLength;
  private long referenceLength;

  /** Adds one (candidate, reference) pair of texts. */
  public void add(String candidate, String reference) {
    addTokens(TextTokens.of(candidate), TextTokens.of(reference));
  }

  /** Adds one pair of token lists. */
  public void addTokens(List<String> candidate, List<String> reference) {
    candidateLength += candidate.size();
    referenceLength += reference.size();
    for (int n = 1; n <= MAX_ORDER; n++) {
      Map<List<String>, Integer> ref = ngrams(reference, n);
      for (Map.Entry<List<String>, Integer> e : ngrams(candidate, n).entrySet()) {
        matches[n - 1] += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
        totals[n - 1] += e.getValue();
      }
    }
  }

  /** The clipped precision of order {@code n} (1..4); 0 when the candidates have no n-gram of that order. */
  public double precision(int n) {
    return totals[n - 1] == 0 ? 0 : (double) matches[n - 1] / totals[n - 1];
  }

  /** The brevity penalty: 1 when c ≥ r, exp(1 − r / c) otherwise, 0 when c = 0. */
  public double brevityPenalty() {
    if (candidateLength == 0) {
      return 0;
    }
    return candidateLength >= referenceLength ? 1 : Math.exp(1 - (double) referenceLength / candidateLength);
  }

  /** BLEU-4 of the pairs added so far. */
  public double score() {
    double logSum = 0;
    for (int n = 1; n <= MAX_ORDER; n++) {
      double p = precision(n);
      if (p == 0) {
        return 0;
      }
      logSum += Math.log(p) / MAX_ORDER;
    }
    return brevityPenalty() * Math.exp(logSum);
  }

  private static Map<List<String>, Integer> ngrams(List<String> tokens, int n) {
    Map<List<String>, Integer> out = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      out.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
    }
    return out;
  }
}
