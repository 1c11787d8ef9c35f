package org.radiomesh.anatomy.records;

import org.radiomesh.anatomy.Condition;
import org.radiomesh.anatomy.Condition.CariesDepth;
import org.radiomesh.anatomy.Condition.Surface;
import org.radiomesh.anatomy.ToothNumber;
import org.radiomesh.report.ReportFinding;

/**
 * The condition a report finding stands for: its {@code detail} when the producer gave one (ground truth, parsers),
 * else the finding's code with documented defaults for the parameters a code-only finding (a model's prediction)
 * leaves out. The defaults are those of {@link org.radiomesh.anatomy.prompt.PromptParser}, so that a report and a
 * record saying the same thing give the same spec:
 *
 * <ul>
 *   <li>caries: the finding's caries depth, or outer dentin when unknown; occlusal surface on premolars and molars,
 *       mesial on incisors and canines (which have no occlusal surface);
 *   <li>restoration: composite, on the same default surface as caries;
 *   <li>root canal: filled to the full root length (1.0);
 *   <li>crown: metal-ceramic;
 *   <li>impacted: 45° (mesioangular, the commonest third-molar impaction);
 *   <li>periapical lesion: radius 1.5 mm;
 *   <li>bone loss: horizontal, 3 mm;
 *   <li>missing, implant: no parameters.
 * </ul>
 * O(1) per finding.
 */
public final class FindingConditions {
  /** Default caries depth of a code-only caries finding without a depth. */
  public static final CariesDepth DEFAULT_CARIES_DEPTH = CariesDepth.OUTER_DENTIN;
  /** Default root canal fill, as a fraction of the root length. */
  public static final double DEFAULT_FILL = 1.0;
  /** Default impaction angle, degrees (positive: mesially). */
  public static final double DEFAULT_IMPACTION_DEGREES = 45;
  /** Default periapical lesion radius, mm. */
  public static final double DEFAULT_LESION_RADIUS_MM = 1.5;
  /** Default bone loss, mm below the normal crest. */
  public static final double DEFAULT_BONE_LOSS_MM = 3;

  private FindingConditions() {}

  /**
   * The condition of {@code f} on tooth {@code fdi} (the finding's tooth, or a tooth of its region).
   *
   * @throws IllegalArgumentException when the code has no condition (never for a code of
   *     {@link org.radiomesh.report.ConditionVocabulary})
   */
  public static Condition of(ReportFinding f, int fdi) {
    if (f.detail() != null) {
      return f.detail();
    }
    Surface surface = defaultSurface(ToothNumber.fdi(fdi));
    return switch (f.code()) {
      case "caries" -> new Condition.Caries(surface, f.cariesDepth() == null ? DEFAULT_CARIES_DEPTH
          : f.cariesDepth());
      case "restoration" -> new Condition.Restoration(Condition.RestorationMaterial.COMPOSITE, surface);
      case "root_canal" -> new Condition.RootCanal(DEFAULT_FILL);
      case "crown" -> new Condition.Crown(Condition.CrownMaterial.METAL_CERAMIC);
      case "implant" -> new Condition.Implant();
      case "missing" -> new Condition.Missing();
      case "impacted" -> new Condition.Impacted(DEFAULT_IMPACTION_DEGREES);
      case "periapical_lesion" -> new Condition.PeriapicalLesion(DEFAULT_LESION_RADIUS_MM);
      case "bone_loss" -> new Condition.BoneLoss(Condition.BoneLossPattern.HORIZONTAL, DEFAULT_BONE_LOSS_MM);
      default -> throw new IllegalArgumentException("condition code '" + f.code() + "' has no condition");
    };
  }

  /** Whether {@link #of} applied defaults to {@code f} (it has no detail). */
  public static boolean defaulted(ReportFinding f) {
    return f.detail() == null && !f.code().equals("missing") && !f.code().equals("implant");
  }

  /** Occlusal on premolars and molars, mesial on incisors and canines. */
  public static Surface defaultSurface(ToothNumber t) {
    return t.type().isMolar() || t.type().isPremolar() ? Surface.OCCLUSAL : Surface.MESIAL;
  }
}
