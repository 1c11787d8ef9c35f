package org.radiomesh.model.findings.training;

import java.util.List;
import org.radiomesh.model.findings.FindingsLabels;
import org.radiomesh.report.ReportFinding;

/**
 * One training example: a case id, the encoded image ({@code 1 × height × width} floats) and its targets
 * ({@link FindingsLabels#OUTPUTS} values, 1 where the tooth has the condition, else 0). The arrays are not copied;
 * treat them as read-only.
 */
public record TrainingCase(String caseId, float[] input, float[] targets) {
  public TrainingCase {
    if (targets.length != FindingsLabels.OUTPUTS) {
      throw new IllegalArgumentException(caseId + ": " + targets.length + " targets, expected "
          + FindingsLabels.OUTPUTS);
    }
  }

  /**
   * The targets of ground-truth findings: 1 for each (tooth, condition) of {@link FindingsLabels} that a finding
   * names, 0 elsewhere; region findings and conditions the network does not predict are ignored. O(findings).
   */
  public static float[] targets(List<ReportFinding> findings) {
    float[] y = new float[FindingsLabels.OUTPUTS];
    for (ReportFinding f : findings) {
      if (f.tooth() != null && FindingsLabels.CONDITIONS.contains(f.code())) {
        y[FindingsLabels.index(f.tooth(), f.code())] = 1;
      }
    }
    return y;
  }
}
