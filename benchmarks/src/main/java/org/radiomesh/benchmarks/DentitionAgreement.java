package org.radiomesh.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.radiomesh.anatomy.Condition;
import org.radiomesh.anatomy.DentitionSpec;
import org.radiomesh.anatomy.ToothNumber;
import org.radiomesh.anatomy.ToothSpec;
import org.radiomesh.report.ReportFinding;

/**
 * Tooth-level agreement of a predicted {@link DentitionSpec} with the true one: what stands at each of the 32 FDI
 * positions ({@link Presence}: a tooth, an implant or nothing), and the spec's conditions as (tooth, condition code)
 * findings for {@link org.radiomesh.report.eval.FindingsScore}. A position the spec does not list counts as missing
 * (a {@link org.radiomesh.anatomy.VirtualPatient} does not model it). Stateless; O(32 + conditions).
 *
 * <pre>{@code
 * int same = DentitionAgreement.presenceMatches(truth, predicted);   // 0..32
 * score.add(DentitionAgreement.findings(truth), DentitionAgreement.findings(predicted));
 * }</pre>
 */
final class DentitionAgreement {
  /** What occupies a position: a natural tooth (impacted ones included), an implant, or nothing. */
  enum Presence {
    TOOTH,
    IMPLANT,
    MISSING
  }

  private DentitionAgreement() {}

  /** The presence at {@code fdi}: implant wins over missing, as in {@code ToothFindingRules}. */
  static Presence presence(DentitionSpec spec, int fdi) {
    ToothSpec t = spec.tooth(fdi).orElse(null);
    if (t == null) {
      return Presence.MISSING;
    }
    if (t.has(Condition.Implant.class)) {
      return Presence.IMPLANT;
    }
    return t.has(Condition.Missing.class) ? Presence.MISSING : Presence.TOOTH;
  }

  /** How many of the 32 positions have the same presence in both specs. */
  static int presenceMatches(DentitionSpec truth, DentitionSpec predicted) {
    int same = 0;
    for (ToothNumber t : ToothNumber.all()) {
      if (presence(truth, t.fdi()) == presence(predicted, t.fdi())) {
        same++;
      }
    }
    return same;
  }

  /** Counts of (true presence, predicted presence) over the 32 positions, indexed by {@link Presence#ordinal()}. */
  static long[][] presenceConfusion(DentitionSpec truth, DentitionSpec predicted) {
    long[][] c = new long[3][3];
    for (ToothNumber t : ToothNumber.all()) {
      c[presence(truth, t.fdi()).ordinal()][presence(predicted, t.fdi()).ordinal()]++;
    }
    return c;
  }

  /** Every condition of every tooth of {@code spec} as a ground-truth-style finding (tooth, code, detail). */
  static List<ReportFinding> findings(DentitionSpec spec) {
    List<ReportFinding> out = new ArrayList<>();
    for (ToothSpec t : spec.teeth()) {
      for (Condition c : t.conditions()) {
        out.add(ReportFinding.of(t.tooth().fdi(), c));
      }
    }
    return out;
  }
}
