package org.radiomesh.anatomy.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.radiomesh.anatomy.Condition;
import org.radiomesh.anatomy.DentitionSpec;
import org.radiomesh.anatomy.ToothNumber;
import org.radiomesh.anatomy.ToothSpec;
import org.radiomesh.report.ConditionVocabulary;
import org.radiomesh.report.ReportFinding;
import org.radiomesh.report.StructuredReport;

/**
 * Turns a structured report into the {@link DentitionSpec} of the whole permanent dentition: all 32 teeth in FDI
 * order, each with the conditions its findings name (missing, implant, impacted, caries with its depth, restoration,
 * root canal, crown, periapical lesion, bone loss); teeth the report does not mention are sound.
 *
 * <p>Steps: findings below {@link ReportSpecOptions#minConfidence()} are left out; each remaining finding becomes a
 * condition ({@link FindingConditions}: its detail, or its code with documented defaults); a region finding of bone
 * loss on {@code maxilla} / {@code upper jaw}, {@code mandible} / {@code lower jaw}, or {@code dentition} /
 * {@code full mouth} / {@code generalized} applies to every tooth of that region (a finding on a tooth itself wins
 * over it); any other region finding is unplaceable ({@link ReportSpecOptions#skipUnplaceable()}); the findings of
 * each tooth are settled by {@link ToothFindingRules} (implant wins, then missing; one condition per kind or surface,
 * the most confident). Deterministic: the same findings in any order give the same spec. Cost O(n log n + 32) for n
 * findings.
 *
 * <pre>{@code
 * DentitionSpec spec = ReportSpecs.toSpec(report, ReportSpecOptions.defaults());
 * VirtualPatient patient = VirtualPatient.build(spec, seed);
 * }</pre>
 */
public final class ReportSpecs {
  private static final Map<String, int[]> REGIONS = Map.of(
      "maxilla", new int[] {1, 2}, "upper jaw", new int[] {1, 2}, "maxillary", new int[] {1, 2},
      "mandible", new int[] {3, 4}, "lower jaw", new int[] {3, 4}, "mandibular", new int[] {3, 4},
      "dentition", new int[] {1, 2, 3, 4}, "full mouth", new int[] {1, 2, 3, 4},
      "generalized", new int[] {1, 2, 3, 4}, "generalised", new int[] {1, 2, 3, 4});

  private ReportSpecs() {}

  /** The whole-dentition spec of {@code report} ({@link #convert} without the notes). */
  public static DentitionSpec toSpec(StructuredReport report, ReportSpecOptions options)
      throws ReportSpecException {
    return convert(report, options).spec();
  }

  /** The whole-dentition spec of {@code report}, with notes on what was left out, defaulted or settled. */
  public static ReportSpec convert(StructuredReport report, ReportSpecOptions options) throws ReportSpecException {
    return convert(report.imageId(), report.findings(), options);
  }

  /**
   * The whole-dentition spec of {@code findings}, the findings of the report named {@code reportName} (used in
   * messages).
   *
   * @throws ReportSpecException for a region finding that cannot be placed, unless the options skip it
   */
  public static ReportSpec convert(String reportName, List<ReportFinding> findings, ReportSpecOptions options)
      throws ReportSpecException {
    List<String> notes = new ArrayList<>();
    Map<Integer, List<ToothFindingRules.Candidate>> byTooth = new TreeMap<>();
    for (ToothNumber t : ToothNumber.all()) {
      byTooth.put(t.fdi(), new ArrayList<>());
    }
    for (int i = 0; i < findings.size(); i++) {
      ReportFinding f = findings.get(i);
      String where = f.tooth() != null ? "tooth " + f.tooth() : "region " + f.region();
      if (f.confidence() < options.minConfidence()) {
        notes.add("finding " + i + " (" + f.code() + " on " + where + ") left out: confidence " + f.confidence()
            + " below " + options.minConfidence());
        continue;
      }
      if (FindingConditions.defaulted(f)) {
        notes.add("finding " + i + " (" + f.code() + " on " + where + ") has no parameters: defaults applied");
      }
      if (f.tooth() != null) {
        byTooth.get(f.tooth()).add(candidate(reportName, i, f, f.tooth(), false));
        continue;
      }
      int[] quadrants = REGIONS.get(f.region().trim().toLowerCase(Locale.ROOT));
      String unplaceable = quadrants == null ? "region '" + f.region() + "' is not a jaw or the whole dentition"
          + " (expected one of " + new TreeMap<>(REGIONS).keySet() + ")"
          : !f.code().equals("bone_loss") ? "only bone loss can be placed on a region, not " + f.code() : null;
      if (unplaceable != null) {
        if (!options.skipUnplaceable()) {
          throw new ReportSpecException(reportName, i, unplaceable);
        }
        notes.add("finding " + i + " left out: " + unplaceable);
        continue;
      }
      for (int q : quadrants) {
        for (int p = 1; p <= 8; p++) {
          byTooth.get(q * 10 + p).add(candidate(reportName, i, f, q * 10 + p, true));
        }
      }
    }
    List<ToothSpec> teeth = new ArrayList<>();
    for (Map.Entry<Integer, List<ToothFindingRules.Candidate>> e : byTooth.entrySet()) {
      List<ToothFindingRules.Candidate> own = e.getValue().stream().filter(c -> !c.region()).toList();
      List<ToothFindingRules.Candidate> all = new ArrayList<>(own);
      boolean gone = own.stream().anyMatch(c -> c.condition() instanceof Condition.Missing);
      for (ToothFindingRules.Candidate c : e.getValue()) {
        // A finding on the tooth itself wins over its region's; a missing tooth has no bone to lose.
        if (c.region() && !gone && own.stream().noneMatch(o -> o.condition().code().equals(c.condition().code()))) {
          all.add(c);
        }
      }
      teeth.add(new ToothSpec(ToothNumber.fdi(e.getKey()), ToothFindingRules.settle(e.getKey(), all, notes)));
    }
    return new ReportSpec(new DentitionSpec(teeth), notes);
  }

  /**
   * A finding from raw values (a table row, a form): checks the code against {@link ConditionVocabulary} and the
   * depth against {@link Condition.CariesDepth}, so that a bad value names its report and position.
   *
   * @param cariesDepth a {@link Condition.CariesDepth} name (case-insensitive), or null
   * @throws ReportSpecException naming the report, the finding's position and the bad value
   */
  public static ReportFinding finding(String reportName, int index, Integer tooth, String region, String code,
      String cariesDepth, double confidence) throws ReportSpecException {
    if (code == null || !ConditionVocabulary.isCode(code)) {
      throw new ReportSpecException(reportName, index, "unknown condition code '" + code + "', expected one of "
          + ConditionVocabulary.CODES);
    }
    Condition.CariesDepth depth = null;
    if (cariesDepth != null) {
      try {
        depth = Condition.CariesDepth.valueOf(cariesDepth.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ReportSpecException(reportName, index, "unknown caries depth '" + cariesDepth + "', expected one of "
            + List.of(Condition.CariesDepth.values()), e);
      }
    }
    try {
      return new ReportFinding(tooth, region, code, depth, null, confidence, null);
    } catch (IllegalArgumentException e) {
      throw new ReportSpecException(reportName, index, e.getMessage(), e);
    }
  }

  private static ToothFindingRules.Candidate candidate(String reportName, int index, ReportFinding f, int fdi,
      boolean region) throws ReportSpecException {
    try {
      return new ToothFindingRules.Candidate(FindingConditions.of(f, fdi), f.confidence(), index, region);
    } catch (IllegalArgumentException e) {
      throw new ReportSpecException(reportName, index, e.getMessage(), e);
    }
  }
}
