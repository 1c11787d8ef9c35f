package org.radiomesh.report.eval;

/**
 * True positives, false positives and false negatives of one class (a condition, a tooth position, or all of them
 * pooled), with precision, recall and F1. Conventions where a ratio has no denominator: precision is 1 when nothing was
 * predicted and nothing was missed, else 0; recall is 1 when there was nothing to find and nothing was predicted,
 * else 0; F1 = 2·TP / (2·TP + FP + FN), and 1 when all three counts are 0. Immutable; O(1).
 */
public record ConfusionCounts(long tp, long fp, long fn) {
  public static final ConfusionCounts ZERO = new ConfusionCounts(0, 0, 0);

  public ConfusionCounts {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("counts " + tp + ", " + fp + ", " + fn + ", expected non-negative");
    }
  }

  /** The element-wise sum. */
  public ConfusionCounts plus(ConfusionCounts o) {
    return new ConfusionCounts(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  /** TP / (TP + FP), see the class comment for the empty case. */
  public double precision() {
    return tp + fp == 0 ? (fn == 0 ? 1 : 0) : (double) tp / (tp + fp);
  }

  /** TP / (TP + FN), see the class comment for the empty case. */
  public double recall() {
    return tp + fn == 0 ? (fp == 0 ? 1 : 0) : (double) tp / (tp + fn);
  }

  /** 2·TP / (2·TP + FP + FN), 1 when all counts are 0. */
  public double f1() {
    long d = 2 * tp + fp + fn;
    return d == 0 ? 1 : 2.0 * tp / d;
  }

  /** Truths of the class: TP + FN. */
  public long support() {
    return tp + fn;
  }
}
