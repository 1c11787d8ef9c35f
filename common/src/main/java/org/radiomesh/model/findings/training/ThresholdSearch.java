package org.radiomesh.model.findings.training;

import java.util.List;
import org.radiomesh.model.findings.FindingsLabels;
import org.radiomesh.model.findings.FindingsThresholds;
import org.radiomesh.report.eval.ConfusionCounts;

/**
 * Chooses each condition's decision threshold on validation outputs: the threshold among 0.05, 0.075, …, 0.95 with
 * the highest F1 of (tooth, condition) pairs pooled over the validation images (ties: the one closest to 0.5).
 * O(images · outputs · candidates).
 */
public final class ThresholdSearch {
  private ThresholdSearch() {}

  /** Tuned thresholds for sigmoid outputs {@code probabilities[i]} against {@code targets[i]}. */
  public static FindingsThresholds tune(List<float[]> probabilities, List<float[]> targets) {
    int k = FindingsLabels.CONDITIONS.size();
    double[] best = new double[k];
    for (int c = 0; c < k; c++) {
      double bestF1 = -1;
      for (int step = 0; step <= 36; step++) {
        double th = 0.05 + 0.025 * step;
        double f1 = counts(probabilities, targets, c, th).f1();
        if (f1 > bestF1 + 1e-12 || (Math.abs(f1 - bestF1) <= 1e-12 && Math.abs(th - 0.5) < Math.abs(best[c] - 0.5))) {
          bestF1 = f1;
          best[c] = th;
        }
      }
    }
    return FindingsThresholds.of(best);
  }

  /** The pooled counts of condition {@code c} at threshold {@code th}. */
  public static ConfusionCounts counts(List<float[]> probabilities, List<float[]> targets, int c, double th) {
    int k = FindingsLabels.CONDITIONS.size();
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (int i = 0; i < probabilities.size(); i++) {
      float[] p = probabilities.get(i);
      float[] y = targets.get(i);
      for (int t = 0; t < FindingsLabels.TEETH.size(); t++) {
        boolean predicted = p[t * k + c] >= th;
        boolean truth = y[t * k + c] > 0.5f;
        tp += predicted && truth ? 1 : 0;
        fp += predicted && !truth ? 1 : 0;
        fn += !predicted && truth ? 1 : 0;
      }
    }
    return new ConfusionCounts(tp, fp, fn);
  }
}
