package org.radiomesh.report.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.radiomesh.report.ConditionVocabulary;
import org.radiomesh.report.ReportFinding;
import org.radiomesh.report.ReportText;

/**
 * Scores generated reports against the synthetic ground truth, one (report, truth) pair per image: findings with
 * {@link FindingsScore} and the text of the FINDINGS and IMPRESSION sections ({@link ReportText#sections}, headers
 * dropped on both sides) with {@link Bleu} (corpus BLEU-4) and {@link RougeL} (mean ROUGE-L F). {@link #toMap()} gives
 * every figure for a JSON summary: per condition and per FDI position precision, recall, F1 and support, micro
 * figures, macro F1 over all conditions, over {@link #STRUCTURAL} and over {@link #LESIONS}. Not thread-safe; O(text
 * length²) per pair for ROUGE-L.
 */
public final class ReportEvaluation {
  /** The conditions with a macro-F1 target of 0.8: missing, implant, crown, root canal treatment, restoration. */
  public static final List<String> STRUCTURAL = List.of("missing", "implant", "crown", "root_canal", "restoration");
  /** The harder conditions reported with their real figures: caries, periapical lesion, bone loss. */
  public static final List<String> LESIONS = List.of("caries", "periapical_lesion", "bone_loss");
  /** The conditions the built-in network predicts. */
  public static final List<String> PREDICTED = List.of("missing", "implant", "crown", "root_canal", "restoration",
      "caries", "periapical_lesion", "bone_loss", "impacted");

  private final FindingsScore findings = new FindingsScore();
  private final Bleu bleu = new Bleu();
  private final RougeL rouge = new RougeL();

  /** Adds one image: its predicted findings and text, and the ground truth's findings and report text. */
  public void add(List<ReportFinding> predicted, String text, List<ReportFinding> truth, String truthText) {
    findings.add(truth, predicted);
    String candidate = ReportText.sections(text);
    String reference = ReportText.sections(truthText);
    bleu.add(candidate, reference);
    rouge.add(candidate, reference);
  }

  public FindingsScore findings() {
    return findings;
  }

  public Bleu bleu() {
    return bleu;
  }

  public RougeL rouge() {
    return rouge;
  }

  /** Every figure, as nested maps of numbers (rounded to 4 decimals) for JSON. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("images", findings.images());
    Map<String, Object> byCondition = new LinkedHashMap<>();
    findings.byCondition().forEach((code, c) -> byCondition.put(code, counts(c)));
    m.put("by_condition", byCondition);
    Map<String, Object> byTooth = new LinkedHashMap<>();
    findings.byTooth().forEach((fdi, c) -> byTooth.put(String.valueOf(fdi), counts(c)));
    m.put("by_tooth", byTooth);
    m.put("micro", counts(findings.micro()));
    Map<String, Object> macro = new LinkedHashMap<>();
    macro.put("f1_predicted_conditions", round(findings.macroF1(PREDICTED)));
    macro.put("f1_all_conditions", round(findings.macroF1(ConditionVocabulary.CODES)));
    macro.put("f1_structural", round(findings.macroF1(STRUCTURAL)));
    macro.put("precision_structural", round(findings.macroPrecision(STRUCTURAL)));
    macro.put("recall_structural", round(findings.macroRecall(STRUCTURAL)));
    macro.put("f1_lesions", round(findings.macroF1(LESIONS)));
    m.put("macro", macro);
    Map<String, Object> text = new LinkedHashMap<>();
    text.put("bleu4", round(bleu.score()));
    for (int n = 1; n <= Bleu.MAX_ORDER; n++) {
      text.put("bleu_precision_" + n, round(bleu.precision(n)));
    }
    text.put("bleu_brevity_penalty", round(bleu.brevityPenalty()));
    text.put("rouge_l", round(rouge.score()));
    m.put("text", text);
    return m;
  }

  private static Map<String, Object> counts(ConfusionCounts c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("precision", round(c.precision()));
    m.put("recall", round(c.recall()));
    m.put("f1", round(c.f1()));
    m.put("support", c.support());
    m.put("tp", c.tp());
    m.put("fp", c.fp());
    m.put("fn", c.fn());
    return m;
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
