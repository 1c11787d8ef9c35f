package org.radiomesh.model.findings;

import java.util.ArrayList;
import java.util.List;
import org.radiomesh.report.ReportFinding;

/**
 * Turns one image's sigmoid outputs ({@link FindingsLabels} layout) into report findings, per tooth in FDI order:
 * <ol>
 *   <li>{@code missing} when its output reaches its threshold and is at least the {@code implant} output: the tooth
 *       then has no other finding;</li>
 *   <li>else {@code implant} when its output reaches its threshold: no other finding either;</li>
 *   <li>else every other condition whose output reaches its threshold.</li>
 * </ol>
 * A finding's confidence is its sigmoid output. Thread-safe. O(outputs).
 */
public final class ToothFindingsDecoder {
  private final FindingsThresholds thresholds;

  public ToothFindingsDecoder(FindingsThresholds thresholds) {
    this.thresholds = thresholds;
  }

  /** The findings of {@code probabilities}, {@link FindingsLabels#OUTPUTS} values in [0, 1]. */
  public List<ReportFinding> decode(float[] probabilities) {
    if (probabilities.length != FindingsLabels.OUTPUTS) {
      throw new IllegalArgumentException(probabilities.length + " outputs, expected " + FindingsLabels.OUTPUTS);
    }
    int k = FindingsLabels.CONDITIONS.size();
    int missing = FindingsLabels.CONDITIONS.indexOf("missing");
    int implant = FindingsLabels.CONDITIONS.indexOf("implant");
    List<ReportFinding> out = new ArrayList<>();
    for (int t = 0; t < FindingsLabels.TEETH.size(); t++) {
      int fdi = FindingsLabels.TEETH.get(t);
      float pMissing = probabilities[t * k + missing];
      float pImplant = probabilities[t * k + implant];
      if (pMissing >= thresholds.get(missing) && pMissing >= pImplant) {
        out.add(ReportFinding.predicted(fdi, "missing", pMissing));
      } else if (pImplant >= thresholds.get(implant)) {
        out.add(ReportFinding.predicted(fdi, "implant", pImplant));
      } else {
        for (int c = 0; c < k; c++) {
          float p = probabilities[t * k + c];
          if (c != missing && c != implant && p >= thresholds.get(c)) {
            out.add(ReportFinding.predicted(fdi, FindingsLabels.CONDITIONS.get(c), p));
          }
        }
      }
    }
    return out;
  }
}
