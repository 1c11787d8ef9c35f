package org.radiomesh.report.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** BLEU-4 against values computed by hand (the n-gram counts are in the comments). */
class BleuTest {

  @Test
  void oneDifferentLastWord() {
    // a b c d e vs a b c d f: p1 = 4/5, p2 = 3/4, p3 = 2/3, p4 = 1/2, c = r = 5 -> (0.2)^(1/4)
    Bleu b = new Bleu();
    b.add("a b c d e", "a b c d f");
    assertThat(b.precision(1)).isEqualTo(0.8);
    assertThat(b.precision(4)).isEqualTo(0.5);
    assertThat(b.score()).isCloseTo(Math.pow(0.2, 0.25), within(1e-12));
  }

  @Test
  void shortCandidateIsPenalised() {
    // a b c d vs a b c d e f: every precision 1, c = 4, r = 6 -> exp(1 - 6/4)
    Bleu b = new Bleu();
    b.add("a b c d", "a b c d e f");
    assertThat(b.brevityPenalty()).isCloseTo(Math.exp(-0.5), within(1e-12));
    assertThat(b.score()).isCloseTo(Math.exp(-0.5), within(1e-12));
  }

  @Test
  void countsAreClippedAndPooledOverTheCorpus() {
    // pair 1: the the the the vs the cat: p1 = 1/4, no matching bigram; pair 2 identical 4 tokens.
    // pooled p1 = (1 + 4) / 8, p2 = (0 + 3) / (3 + 3), p3 = (0 + 2) / (2 + 2), p4 = (0 + 1) / (1 + 1); c = 8 > r = 6
    Bleu b = new Bleu();
    b.add("the the the the", "the cat");
    b.add("w x y z", "w x y z");
    assertThat(b.precision(1)).isEqualTo(5.0 / 8);
    assertThat(b.precision(2)).isEqualTo(3.0 / 6);
    assertThat(b.precision(3)).isEqualTo(0.5);
    assertThat(b.precision(4)).isEqualTo(0.5);
    assertThat(b.brevityPenalty()).isEqualTo(1.0);
    assertThat(b.score()).isCloseTo(Math.pow(5.0 / 8 * 0.5 * 0.5 * 0.5, 0.25), within(1e-12));
  }

  @Test
  void noFourGramMatchScoresZeroAndIdenticalScoresOne() {
    Bleu none = new Bleu();
    none.add("the cat sat on the mat", "the cat is on the mat");
    assertThat(none.precision(3)).isEqualTo(0.25);
    assertThat(none.score()).isZero();
    Bleu same = new Bleu();
    same.add("16: crown.\n46: missing.", "16: crown.\n46: missing.");
    assertThat(same.score()).isEqualTo(1.0);
  }

  @Test
  void tokensSplitPunctuationAndKeepDecimals() {
    assertThat(TextTokens.of("36: Deep caries (2.5 mm).")).containsExactly("36", ":", "deep", "caries", "(", "2.5",
        "mm", ")", ".");
  }
}
