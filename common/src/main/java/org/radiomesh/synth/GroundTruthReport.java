package org.radiomesh.synth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.radiomesh.anatomy.Condition;
import org.radiomesh.anatomy.ToothSpec;
import org.radiomesh.report.FindingPhrases;
import org.radiomesh.report.ReportFinding;
import org.radiomesh.report.ReportText;

/**
 * The ground-truth structured report of a case ({@code report.txt}), built from its {@link CaseFindings}: the
 * reference text that generated reports will be scored against. The format is fixed and line-oriented so that a
 * scorer can parse it back; it changes only with {@link Provenance#FORMAT_VERSION}.
 *
 * <pre>
 * GROUND-TRUTH REPORT case-000042
 * Source: radiomesh synth, synthetic data, CC0-1.0
 *
 * FINDINGS:
 * 16: occlusal amalgam restoration.
 * 36: deep distal caries (inner dentin); periapical lesion (radius 2.5 mm).
 * 46: missing.
 *
 * IMPRESSION:
 * Dentition: 29 of 32 teeth present.
 * Missing teeth: 18, 46.
 * Deep caries: 36.
 * Periapical lesions: 36.
 * Restorations: 16.
 * </pre>
 *
 * <p>The FINDINGS and IMPRESSION sections are rendered by {@link ReportText}, the renderer of generated reports too,
 * so that text metrics compare like with like. Grammar. FINDINGS has one line {@code FDI: phrase(; phrase)*.} per tooth with at least one condition, in FDI
 * order, phrases in {@link CaseFindings#RANK} order; a case without any has the single line {@code No findings.}.
 * Phrases:
 * <ul>
 *   <li>caries: {@code [deep ]SURFACE caries (DEPTH)}; SURFACE occlusal, mesial, distal, buccal or lingual; DEPTH
 *       enamel, outer dentin, inner dentin or pulp exposure; "deep" exactly for inner dentin and pulp exposure
 *       (DENTEX's "Deep Caries").</li>
 *   <li>restoration: {@code SURFACE MATERIAL restoration}, MATERIAL composite or amalgam.</li>
 *   <li>root_canal: {@code root canal filling to P% of the root length} (P an integer).</li>
 *   <li>crown: {@code MATERIAL crown}, MATERIAL metal, ceramic or metal-ceramic.</li>
 *   <li>implant: {@code implant}; missing: {@code missing}.</li>
 *   <li>impacted: {@code impacted (tilted A° mesially)}, {@code (tilted A° distally)} or {@code (upright)}, A an
 *       integer.</li>
 *   <li>periapical_lesion: {@code periapical lesion (radius R mm)}; bone_loss: {@code horizontal bone loss (D mm)} or
 *       {@code vertical bone loss (D mm)}; R and D with one decimal.</li>
 * </ul>
 * IMPRESSION starts with {@code Dentition: N of 32 teeth present.} (present or impacted natural teeth), then one line
 * {@code Label: FDI, FDI, ....} per category that has teeth, in this order: Missing teeth, Implants, Impacted teeth,
 * Caries (enamel or outer dentin), Deep caries, Periapical lesions, Restorations, Root canal fillings, Crowns,
 * Horizontal bone loss, Vertical bone loss; or {@code No abnormality.} when there is none. Lines end with {@code \n};
 * the text is ASCII except the degree sign (UTF-8). O(teeth).
 */
public final class GroundTruthReport {
  private GroundTruthReport() {}

  /** The report text of {@code findings}: the header, then {@link ReportText#body} of its findings. */
  public static String of(CaseFindings findings) {
    List<ReportFinding> list = new ArrayList<>();
    for (ToothSpec t : findings.withFindings()) {
      t.conditions().forEach(c -> list.add(ReportFinding.of(t.tooth().fdi(), c)));
    }
    int present = (int) findings.spec().teeth().stream()
        .filter(t -> CaseFindings.status(t).equals("present") || CaseFindings.status(t).equals("impacted")).count();
    return "GROUND-TRUTH REPORT " + findings.caseId() + "\nSource: " + Provenance.GENERATOR + ", synthetic data, "
        + Provenance.LICENCE + "\n\n" + ReportText.body(list, present);
  }

  /** The IMPRESSION categories in report order, each with the conditions it collects ({@link FindingPhrases}). */
  public static Map<String, Predicate<Condition>> categories() {
    Map<String, Predicate<Condition>> m = new LinkedHashMap<>();
    FindingPhrases.categories().forEach((label, p) -> m.put(label, c -> p.test(ReportFinding.of(11, c))));
    return m;
  }

  /** The FINDINGS phrase of one condition ({@link FindingPhrases#phrase(Condition)}). */
  public static String phrase(Condition c) {
    return FindingPhrases.phrase(c);
  }

  /** DENTEX's "Deep Caries": inner dentin or pulp exposure. */
  public static boolean deep(Condition.Caries c) {
    return c.depth() == Condition.CariesDepth.INNER_DENTIN || c.depth() == Condition.CariesDepth.PULP_EXPOSURE;
  }
}
