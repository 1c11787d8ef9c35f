package org.radiomesh.anatomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseDrawTest {

  @Test
  void sameSeedSameCaseDifferentSeedsDiffer() {
    assertThat(CaseDraw.draw(11)).isEqualTo(CaseDraw.draw(11));
    int differing = 0;
    for (long s = 0; s < 20; s++) {
      differing += CaseDraw.draw(s).equals(CaseDraw.draw(s + 1000)) ? 0 : 1;
    }
    assertThat(differing).isGreaterThan(15);
  }

  @Test
  void casesListAllTeethWithARealisticMixOfConditions() {
    int cases = 2000;
    double missing = 0;
    int molars = 0;
    int restoredMolars = 0;
    int implants = 0;
    int rct = 0;
    int crowns = 0;
    int impacted = 0;
    int lesions = 0;
    int boneLoss = 0;
    int caries = 0;
    for (long seed = 0; seed < cases; seed++) {
      DentitionSpec spec = CaseDraw.draw(seed);
      assertThat(spec.teeth()).hasSize(32);
      for (ToothSpec t : spec.teeth()) {
        boolean third = t.tooth().position() == 8;
        if (!third && t.has(Condition.Missing.class)) {
          missing++;
        }
        if (t.tooth().type().isMolar() && !third && !t.has(Condition.Missing.class)
            && !t.has(Condition.Implant.class)) {
          molars++;
          restoredMolars += t.has(Condition.Restoration.class) || t.has(Condition.Crown.class) ? 1 : 0;
        }
        implants += t.has(Condition.Implant.class) ? 1 : 0;
        rct += t.has(Condition.RootCanal.class) ? 1 : 0;
        crowns += t.has(Condition.Crown.class) ? 1 : 0;
        impacted += t.has(Condition.Impacted.class) ? 1 : 0;
        lesions += t.has(Condition.PeriapicalLesion.class) ? 1 : 0;
        boneLoss += t.has(Condition.BoneLoss.class) ? 1 : 0;
        caries += t.has(Condition.Caries.class) ? 1 : 0;
        if (t.has(Condition.Impacted.class)) {
          assertThat(third).isTrue();
        }
        if (t.has(Condition.Missing.class) || t.has(Condition.Implant.class)) {
          assertThat(t.conditions()).hasSize(1);
        }
      }
    }
    // Expected values from the documented probabilities, with generous sampling margins.
    assertThat(missing / cases).isBetween(0.6, 1.1); // E = 1.05 drawn, minus repeats and implants
    assertThat((double) restoredMolars / molars).isBetween(0.2, 0.4);
    assertThat((double) caries / cases).isBetween(1.0, 3.0);
    assertThat(implants).isPositive();
    assertThat(rct).isPositive();
    assertThat(crowns).isPositive();
    assertThat(impacted).isPositive();
    assertThat(lesions).isPositive();
    assertThat(boneLoss).isPositive();
  }
}
