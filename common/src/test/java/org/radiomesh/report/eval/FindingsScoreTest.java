package org.radiomesh.report.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.radiomesh.report.ConditionVocabulary;
import org.radiomesh.report.ReportFinding;

class FindingsScoreTest {

  @Test
  void handCountedExample() {
    FindingsScore s = new FindingsScore();
    s.add(List.of(ReportFinding.predicted(16, "crown", 1), ReportFinding.predicted(46, "missing", 1),
            ReportFinding.predicted(36, "caries", 1), ReportFinding.predicted(36, "caries", 1)),
        List.of(ReportFinding.predicted(16, "crown", 0.9), ReportFinding.predicted(47, "missing", 0.8),
            ReportFinding.predicted(36, "caries", 0.7)));
    assertThat(s.byCondition().get("crown")).isEqualTo(new ConfusionCounts(1, 0, 0));
    assertThat(s.byCondition().get("missing")).isEqualTo(new ConfusionCounts(0, 1, 1));
    assertThat(s.byCondition().get("caries")).isEqualTo(new ConfusionCounts(1, 0, 0));
    assertThat(s.byTooth().get(46)).isEqualTo(new ConfusionCounts(0, 0, 1));
    assertThat(s.byTooth().get(47)).isEqualTo(new ConfusionCounts(0, 1, 0));
    assertThat(s.micro()).isEqualTo(new ConfusionCounts(2, 1, 1));
    assertThat(s.micro().f1()).isCloseTo(4.0 / 6, within(1e-12));
    assertThat(s.macroF1(List.of("crown", "missing"))).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void emptyConventions() {
    assertThat(ConfusionCounts.ZERO.f1()).isEqualTo(1.0);
    assertThat(ConfusionCounts.ZERO.precision()).isEqualTo(1.0);
    assertThat(new ConfusionCounts(0, 0, 3).precision()).isZero();
    assertThat(new ConfusionCounts(0, 2, 0).recall()).isZero();
  }

  @Test
  void countsMatchPerPairBruteForceOnSeededSets() {
    Random random = new Random(11);
    FindingsScore s = new FindingsScore();
    long[][] expected = new long[ConditionVocabulary.CODES.size()][3];
    for (int image = 0; image < 50; image++) {
      List<ReportFinding> truth = draw(random);
      List<ReportFinding> predicted = draw(random);
      s.add(truth, predicted);
      Set<String> t = keys(truth);
      Set<String> p = keys(predicted);
      for (int c = 0; c < ConditionVocabulary.CODES.size(); c++) {
        for (int q = 1; q <= 4; q++) {
          for (int pos = 1; pos <= 8; pos++) {
            String k = (q * 10 + pos) + "/" + ConditionVocabulary.CODES.get(c);
            boolean inT = t.contains(k);
            boolean inP = p.contains(k);
            expected[c][0] += inT && inP ? 1 : 0;
            expected[c][1] += !inT && inP ? 1 : 0;
            expected[c][2] += inT && !inP ? 1 : 0;
          }
        }
      }
    }
    for (int c = 0; c < ConditionVocabulary.CODES.size(); c++) {
      String code = ConditionVocabulary.CODES.get(c);
      assertThat(s.byCondition().get(code)).as(code)
          .isEqualTo(new ConfusionCounts(expected[c][0], expected[c][1], expected[c][2]));
    }
  }

  private static List<ReportFinding> draw(Random random) {
    List<ReportFinding> out = new ArrayList<>();
    int n = random.nextInt(12);
    for (int i = 0; i < n; i++) {
      int fdi = (1 + random.nextInt(4)) * 10 + 1 + random.nextInt(8);
      String code = ConditionVocabulary.CODES.get(random.nextInt(ConditionVocabulary.CODES.size()));
      out.add(ReportFinding.predicted(fdi, code, random.nextDouble()));
    }
    return out;
  }

  private static Set<String> keys(List<ReportFinding> findings) {
    Set<String> out = new HashSet<>();
    findings.forEach(f -> out.add(f.tooth() + "/" + f.code()));
    return out;
  }
}
