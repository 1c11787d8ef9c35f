package org.radiomesh.report.eval;

import java.util.List;

/**
 * ROUGE-L (Lin, 2004) of candidate texts against one reference each: for a pair, with l the length of the longest
 * common subsequence of the token lists ({@link TextTokens}), recall l / |reference|, precision l / |candidate| and
 * F = 2PR / (P + R) (β = 1); 0 when l = 0, and 1 when both texts have no token. The corpus figure is the mean F over
 * the pairs. Not thread-safe; O(|candidate| · |reference|) time and O(|reference|) memory per pair.
 */
public final class RougeL {
  private double sum;
  private long pairs;

  /** Adds one (candidate, reference) pair of texts and returns its F. */
  public double add(String candidate, String reference) {
    double f = f(TextTokens.of(candidate), TextTokens.of(reference));
    sum += f;
    pairs++;
    return f;
  }

  /** The mean F over the pairs added so far; 0 when there are none. */
  public double score() {
    return pairs == 0 ? 0 : sum / pairs;
  }

  /** Pairs added so far. */
  public long pairs() {
    return pairs;
  }

  /** The F of one pair of token lists. */
  public static double f(List<String> candidate, List<String> reference) {
    if (candidate.isEmpty() && reference.isEmpty()) {
      return 1;
    }
    int l = lcs(candidate, reference);
    if (l == 0) {
      return 0;
    }
    double p = (double) l / candidate.size();
    double r = (double) l / reference.size();
    return 2 * p * r / (p + r);
  }

  /** The length of the longest common subsequence of {@code a} and {@code b}. */
  public static int lcs(List<String> a, List<String> b) {
    int[] prev = new int[b.size() + 1];
    int[] cur = new int[b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      for (int j = 1; j <= b.size(); j++) {
        cur[j] = a.get(i - 1).equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.size()];
  }
}
