package org.radiomesh.model.findings.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.radiomesh.model.findings.FindingsLabels;
import org.radiomesh.model.findings.FindingsThresholds;
import org.radiomesh.report.eval.ConfusionCounts;

class ThresholdSearchTest {

  @Test
  void separableScoresGetAThresholdBetweenTheClassesAndCountsMatchBruteForce() {
    Random random = new Random(8);
    List<float[]> p = new ArrayList<>();
    List<float[]> y = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      float[] pi = new float[FindingsLabels.OUTPUTS];
      float[] yi = new float[FindingsLabels.OUTPUTS];
      for (int j = 0; j < pi.length; j++) {
        yi[j] = random.nextInt(5) == 0 ? 1 : 0;
        // crown (index 2) separable between 0.3 and 0.35; other conditions random
        pi[j] = j % 9 == 2 ? (yi[j] > 0 ? 0.35f + 0.6f * random.nextFloat() : 0.3f * random.nextFloat())
            : random.nextFloat();
      }
      p.add(pi);
      y.add(yi);
    }
    FindingsThresholds t = ThresholdSearch.tune(p, y);
    assertThat(t.get(2)).isBetween(0.3, 0.351);
    assertThat(ThresholdSearch.counts(p, y, 2, t.get(2)).f1()).isEqualTo(1.0);
    for (int c = 0; c < 9; c++) {
      double best = 0;
      for (int s = 0; s <= 36; s++) {
        best = Math.max(best, ThresholdSearch.counts(p, y, c, 0.05 + 0.025 * s).f1());
      }
      assertThat(ThresholdSearch.counts(p, y, c, t.get(c)).f1()).isEqualTo(best);
    }
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (int i = 0; i < p.size(); i++) {
      for (int tooth = 0; tooth < 32; tooth++) {
        boolean pred = p.get(i)[tooth * 9 + 5] >= 0.5;
        boolean truth = y.get(i)[tooth * 9 + 5] > 0.5;
        tp += pred && truth ? 1 : 0;
        fp += pred && !truth ? 1 : 0;
        fn += !pred && truth ? 1 : 0;
      }
    }
    assertThat(ThresholdSearch.counts(p, y, 5, 0.5)).isEqualTo(new ConfusionCounts(tp, fp, fn));
  }
}
