package org.radiomesh.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CaseSeedsTest {

  @Test
  void mixIsSplittableRandomsFinaliser() {
    // new SplittableRandom(s).nextLong() = mix64(s + γ), the JDK's own implementation of the same function.
    SplittableRandom inputs = new SplittableRandom(11);
    for (int i = 0; i < 1000; i++) {
      long y = inputs.nextLong();
      assertThat(CaseSeeds.mix64(y)).isEqualTo(new SplittableRandom(y - CaseSeeds.GOLDEN_GAMMA).nextLong());
    }
  }

  @Test
  void caseSeedIsTheDocumentedFormulaOfMasterSeedAndIndexOnly() {
    for (long master : new long[] {0, 1, -1, 2024, Long.MIN_VALUE}) {
      for (long i : new long[] {0, 1, 41, 1_000_000}) {
        long expected = CaseSeeds.mix64(CaseSeeds.mix64(master) + CaseSeeds.GOLDEN_GAMMA * (i + 1));
        assertThat(CaseSeeds.caseSeed(master, i)).isEqualTo(expected);
      }
    }
  }

  @Test
  void seedsOfOneRunAreDistinctAndSeedZeroIsASeed() {
    Set<Long> seen = new HashSet<>();
    for (long i = 0; i < 20_000; i++) {
      assertThat(seen.add(CaseSeeds.caseSeed(0, i))).as("index %d", i).isTrue();
    }
    assertThat(CaseSeeds.caseSeed(0, 0)).isNotEqualTo(CaseSeeds.caseSeed(1, 0)).isNotZero();
  }

  @Test
  void streamsDifferFromEachOtherAndFromTheCaseSeed() {
    long s = CaseSeeds.caseSeed(5, 3);
    assertThat(CaseSeeds.streamSeed(s, "panoramic")).isNotEqualTo(CaseSeeds.streamSeed(s, "cbct")).isNotEqualTo(s);
  }

  @Test
  void caseIdsHaveSixDigitsAtLeastAndParseBack() {
    assertThat(CaseSeeds.caseId(42)).isEqualTo("case-000042");
    assertThat(CaseSeeds.caseId(1_234_567)).isEqualTo("case-1234567");
    assertThat(CaseSeeds.indexOf("case-000042")).isEqualTo(42);
    assertThatThrownBy(() -> CaseSeeds.indexOf("case-42")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CaseSeeds.caseSeed(1, -1)).hasMessageContaining("-1");
    assertThatThrownBy(() -> CaseIdentity.of(1, 2).equals(new CaseIdentity(2, "case-000002", 1, 0)))
        .hasMessageContaining("does not derive");
  }
}
