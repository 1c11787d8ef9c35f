package org.radiomesh.report.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RougeLTest {

  @Test
  void handComputedPairs() {
    RougeL r = new RougeL();
    // LCS "the cat on the mat" = 5 of 6 tokens each way: P = R = F = 5/6
    assertThat(r.add("the cat sat on the mat", "the cat is on the mat")).isCloseTo(5.0 / 6, within(1e-12));
    // LCS 3, P = 3/3, R = 3/6: F = 2 * 1 * 0.5 / 1.5 = 2/3
    assertThat(r.add("on the mat", "the cat is on the mat")).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(r.score()).isCloseTo((5.0 / 6 + 2.0 / 3) / 2, within(1e-12));
    assertThat(r.add("x y", "a b")).isZero();
    assertThat(RougeL.f(List.of(), List.of())).isEqualTo(1.0);
  }

  @Test
  void lcsMatchesBruteForceOnSeededSequences() {
    Random random = new Random(3);
    for (int trial = 0; trial < 200; trial++) {
      List<String> a = word(random, random.nextInt(9));
      List<String> b = word(random, random.nextInt(9));
      assertThat(RougeL.lcs(a, b)).as(a + " / " + b).isEqualTo(bruteForce(a, b));
    }
  }

  private static List<String> word(Random random, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(String.valueOf((char) ('a' + random.nextInt(3))));
    }
    return out;
  }

  /** The longest subsequence of a (over all 2^|a| subsets) that is a subsequence of b. */
  private static int bruteForce(List<String> a, List<String> b) {
    int best = 0;
    for (int mask = 0; mask < (1 << a.size()); mask++) {
      List<String> sub = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) {
        if ((mask & (1 << i)) != 0) {
          sub.add(a.get(i));
        }
      }
      int j = 0;
      for (String s : b) {
        if (j < sub.size() && sub.get(j).equals(s)) {
          j++;
        }
      }
      if (j == sub.size()) {
        best = Math.max(best, sub.size());
      }
    }
    return best;
  }
}
