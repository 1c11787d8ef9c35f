package org.radiomesh.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.radiomesh.anatomy.Condition;
import org.radiomesh.anatomy.ToothNumber;
import org.radiomesh.radiograph.PixelBox;

/**
 * One finding of a report: where (a tooth by FDI number, or a named region such as {@code "mandible"}), what (a
 * condition code of {@link ConditionVocabulary}, with the caries depth when known, and the full condition with its
 * parameters when the producer knows them), how sure (confidence in [0, 1]) and, optionally, a box on the source
 * image. Immutable.
 *
 * <p>A model that only predicts codes leaves {@code detail} null; ground truth and parsers that read the parameters
 * set it, and the report text then names them ({@link FindingPhrases}). When {@code detail} is a
 * {@link Condition.Caries}, {@code cariesDepth} is taken from it.
 *
 * @param tooth FDI number (11..48), or null for a region finding
 * @param region region name for a finding not tied to one tooth, or null when {@code tooth} is set
 * @param code condition code, one of {@link ConditionVocabulary#CODES}
 * @param cariesDepth depth of a caries finding when known, else null (always null for other codes)
 * @param detail the condition with its parameters, or null; its code equals {@code code}
 * @param confidence probability-like score in [0, 1]; 1 for ground truth
 * @param box where on the source image, pixels, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportFinding(Integer tooth, String region, String code,
    @JsonProperty("caries_depth") Condition.CariesDepth cariesDepth, Condition detail, double confidence,
    PixelBox box) {

  public ReportFinding {
    if ((tooth == null) == (region == null || region.isBlank())) {
      throw new IllegalArgumentException("finding " + code + ": expected exactly one of tooth and region, got "
          + tooth + " and " + region);
    }
    if (tooth != null) {
      ToothNumber.fdi(tooth);
    }
    ConditionVocabulary.rank(Objects.requireNonNull(code, "condition code"));
    if (detail != null && !detail.code().equals(code)) {
      throw new IllegalArgumentException("finding " + code + " with a " + detail.code() + " detail");
    }
    if (detail instanceof Condition.Caries c) {
      if (cariesDepth != null && cariesDepth != c.depth()) {
        throw new IllegalArgumentException("caries depth " + cariesDepth + " but detail " + c);
      }
      cariesDepth = c.depth();
    }
    if (cariesDepth != null && !code.equals("caries")) {
      throw new IllegalArgumentException("caries depth on a " + code + " finding");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("finding " + code + ": confidence " + confidence + ", expected [0, 1]");
    }
  }

  /** A ground-truth finding: {@code condition} on tooth {@code fdi}, confidence 1, no box. */
  public static ReportFinding of(int fdi, Condition condition) {
    return new ReportFinding(fdi, null, condition.code(), null, condition, 1.0, null);
  }

  /** A predicted finding: {@code code} on tooth {@code fdi} with {@code confidence}, no detail, no box. */
  public static ReportFinding predicted(int fdi, String code, double confidence) {
    return new ReportFinding(fdi, null, code, null, null, confidence, null);
  }

  /** This finding with {@code box}. */
  public ReportFinding withBox(PixelBox box) {
    return new ReportFinding(tooth, region, code, cariesDepth, detail, confidence, box);
  }

  /** Whether the caries of this finding is deep (inner dentin or pulp exposure; DENTEX's "Deep Caries"). */
  public boolean deepCaries() {
    return cariesDepth == Condition.CariesDepth.INNER_DENTIN || cariesDepth == Condition.CariesDepth.PULP_EXPOSURE;
  }
}
