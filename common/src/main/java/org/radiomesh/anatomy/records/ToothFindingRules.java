package org.radiomesh.anatomy.records;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.radiomesh.anatomy.Condition;
import org.radiomesh.report.ConditionVocabulary;

/**
 * Settles the findings of one tooth into its conditions. The rule, in order:
 *
 * <ol>
 *   <li>an implant wins: the tooth keeps the implant, a crown (the implant crown's material) and bone loss
 *       (peri-implant); a "missing" finding and natural-tooth conditions (caries, restoration, root canal, impaction,
 *       periapical lesion) give way to it;
 *   <li>otherwise "missing" wins over everything else: the tooth is only missing;
 *   <li>otherwise every condition stays, but a tooth has at most one of each of impaction, root canal, crown,
 *       periapical lesion and bone loss, and at most one caries and one restoration per surface: of several, the one
 *       kept is the most confident, then a finding on the tooth before one on its region, then the first by the
 *       condition's text (so the result does not depend on the order of findings in the report).
 * </ol>
 * Conditions come out in the canonical order of {@link ConditionVocabulary#CODES}, caries and restorations by surface
 * (occlusal, mesial, distal, buccal, lingual). Every finding left out is noted. O(k log k) for k findings.
 */
final class ToothFindingRules {
  /** One finding as a condition of this tooth; {@code index} is its position in the report. */
  record Candidate(Condition condition, double confidence, int index, boolean region) {}

  private static final Comparator<Candidate> BEST = Comparator.comparingDouble((Candidate c) -> -c.confidence())
      .thenComparing(c -> c.region() ? 1 : 0).thenComparing(c -> c.condition().toString())
      .thenComparingInt(Candidate::index);

  private ToothFindingRules() {}

  static List<Condition> settle(int fdi, List<Candidate> candidates, List<String> notes) {
    Candidate implant = best(candidates, Condition.Implant.class);
    Candidate missing = best(candidates, Condition.Missing.class);
    List<Candidate> allowed = new ArrayList<>();
    for (Candidate c : candidates) {
      Condition x = c.condition();
      if (implant != null && !(x instanceof Condition.Implant || x instanceof Condition.Crown
          || x instanceof Condition.BoneLoss)) {
        notes.add(replaced(fdi, "implant", implant, c));
      } else if (implant == null && missing != null && !(x instanceof Condition.Missing)) {
        notes.add(replaced(fdi, "missing", missing, c));
      } else {
        allowed.add(c);
      }
    }
    Map<String, Candidate> kept = new LinkedHashMap<>();
    allowed.sort(BEST);
    for (Candidate c : allowed) {
      String slot = slot(c.condition());
      Candidate winner = kept.get(slot);
      if (winner == null) {
        kept.put(slot, c);
      } else if (!winner.condition().equals(c.condition())) {
        notes.add("tooth " + fdi + ": " + c.condition().code() + " " + c.condition() + " (finding " + c.index()
            + ", confidence " + c.confidence() + ") gives way to " + winner.condition() + " (finding "
            + winner.index() + ", confidence " + winner.confidence() + ")");
      }
    }
    List<Condition> out = new ArrayList<>();
    kept.values().forEach(c -> out.add(c.condition()));
    out.sort(Comparator.comparingInt((Condition c) -> ConditionVocabulary.rank(c.code()))
        .thenComparingInt(ToothFindingRules::surfaceOrder));
    return out;
  }

  private static String replaced(int fdi, String what, Candidate winner, Candidate loser) {
    return "tooth " + fdi + ": " + what + " (finding " + winner.index() + ") replaces " + loser.condition().code()
        + " (finding " + loser.index() + ")";
  }

  private static Candidate best(List<Candidate> candidates, Class<? extends Condition> type) {
    return candidates.stream().filter(c -> type.isInstance(c.condition())).min(BEST).orElse(null);
  }

  /** Conditions in one slot exclude each other: one per code, caries and restorations one per surface. */
  private static String slot(Condition c) {
    return c.code() + (surfaceOrder(c) < 0 ? "" : "/" + surfaceOrder(c));
  }

  private static int surfaceOrder(Condition c) {
    if (c instanceof Condition.Caries k) {
      return k.surface().ordinal();
    } else if (c instanceof Condition.Restoration r) {
      return r.surface().ordinal();
    }
    return -1;
  }
}
