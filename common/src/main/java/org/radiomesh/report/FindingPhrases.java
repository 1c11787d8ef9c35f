package org.radiomesh.report;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.radiomesh.anatomy.Condition;

/**
 * The words a report uses for a finding (FINDINGS phrases) and the IMPRESSION categories that collect findings. One
 * grammar for the synthetic ground truth and for generated reports, so that text metrics compare like with like.
 *
 * <p>Phrases of a finding with a {@code detail} (the condition's parameters):
 * <ul>
 *   <li>caries: {@code [deep ]SURFACE caries (DEPTH)}; SURFACE occlusal, mesial, distal, buccal or lingual; DEPTH
 *       enamel, outer dentin, inner dentin or pulp exposure; "deep" exactly for inner dentin and pulp exposure.</li>
 *   <li>restoration: {@code SURFACE MATERIAL restoration}, MATERIAL composite or amalgam.</li>
 *   <li>root_canal: {@code root canal filling to P% of the root length} (P an integer).</li>
 *   <li>crown: {@code MATERIAL crown}, MATERIAL metal, ceramic or metal-ceramic.</li>
 *   <li>implant: {@code implant}; missing: {@code missing}.</li>
 *   <li>impacted: {@code impacted (tilted A° mesially)}, {@code (tilted A° distally)} or {@code (upright)}.</li>
 *   <li>periapical_lesion: {@code periapical lesion (radius R mm)}; bone_loss: {@code horizontal bone loss (D mm)} or
 *       {@code vertical bone loss (D mm)}; R and D with one decimal.</li>
 * </ul>
 * Without a detail the phrase keeps the words that do not depend on parameters: {@code caries}, or
 * {@code [deep ]caries (DEPTH)} when the depth is known, {@code restoration}, {@code root canal filling},
 * {@code crown}, {@code implant}, {@code missing}, {@code impacted}, {@code periapical lesion}, {@code bone loss}.
 * O(1) per phrase.
 */
public final class FindingPhrases {
  private FindingPhrases() {}

  /** The FINDINGS phrase of {@code f}. */
  public static String phrase(ReportFinding f) {
    if (f.detail() != null) {
      return phrase(f.detail());
    }
    return switch (f.code()) {
      case "caries" -> f.cariesDepth() == null ? "caries"
          : (f.deepCaries() ? "deep " : "") + "caries (" + words(f.cariesDepth()) + ")";
      case "root_canal" -> "root canal filling";
      case "periapical_lesion" -> "periapical lesion";
      case "bone_loss" -> "bone loss";
      default -> f.code();
    };
  }

  /** The FINDINGS phrase of a condition with its parameters. */
  public static String phrase(Condition c) {
    if (c instanceof Condition.Caries k) {
      boolean deep = k.depth() == Condition.CariesDepth.INNER_DENTIN
          || k.depth() == Condition.CariesDepth.PULP_EXPOSURE;
      return (deep ? "deep " : "") + words(k.surface()) + " caries (" + words(k.depth()) + ")";
    } else if (c instanceof Condition.Restoration r) {
      return words(r.surface()) + " " + words(r.material()) + " restoration";
    } else if (c instanceof Condition.RootCanal r) {
      return "root canal filling to " + Math.round(r.fillLength() * 100) + "% of the root length";
    } else if (c instanceof Condition.Crown k) {
      return words(k.material()).replace(' ', '-') + " crown";
    } else if (c instanceof Condition.Implant) {
      return "implant";
    } else if (c instanceof Condition.Missing) {
      return "missing";
    } else if (c instanceof Condition.Impacted i) {
      long a = Math.round(Math.abs(i.angleDegrees()));
      return a == 0 ? "impacted (upright)"
          : "impacted (tilted " + a + "\u00b0 " + (i.angleDegrees() > 0 ? "mesially" : "distally") + ")";
    } else if (c instanceof Condition.PeriapicalLesion l) {
      return "periapical lesion (radius " + oneDecimal(l.radiusMm()) + " mm)";
    } else if (c instanceof Condition.BoneLoss b) {
      return words(b.pattern()) + " bone loss (" + oneDecimal(b.mm()) + " mm)";
    }
    throw new IllegalArgumentException("no report phrase for condition " + c);
  }

  /**
   * The IMPRESSION categories in report order, each with the findings it collects: Missing teeth, Implants, Impacted
   * teeth, Caries (enamel, outer dentin or depth unknown), Deep caries, Periapical lesions, Restorations, Root canal
   * fillings, Crowns, Horizontal bone loss, Vertical bone loss, Bone loss (pattern unknown).
   */
  public static Map<String, Predicate<ReportFinding>> categories() {
    Map<String, Predicate<ReportFinding>> m = new LinkedHashMap<>();
    m.put("Missing teeth", f -> f.code().equals("missing"));
    m.put("Implants", f -> f.code().equals("implant"));
    m.put("Impacted teeth", f -> f.code().equals("impacted"));
    m.put("Caries", f -> f.code().equals("caries") && !f.deepCaries());
    m.put("Deep caries", f -> f.code().equals("caries") && f.deepCaries());
    m.put("Periapical lesions", f -> f.code().equals("periapical_lesion"));
    m.put("Restorations", f -> f.code().equals("restoration"));
    m.put("Root canal fillings", f -> f.code().equals("root_canal"));
    m.put("Crowns", f -> f.code().equals("crown"));
    m.put("Horizontal bone loss", f -> boneLoss(f, Condition.BoneLossPattern.HORIZONTAL));
    m.put("Vertical bone loss", f -> boneLoss(f, Condition.BoneLossPattern.VERTICAL));
    m.put("Bone loss", f -> f.code().equals("bone_loss") && f.detail() == null);
    return m;
  }

  private static boolean boneLoss(ReportFinding f, Condition.BoneLossPattern pattern) {
    return f.detail() instanceof Condition.BoneLoss b && b.pattern() == pattern;
  }

  private static String words(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Non-negative {@code v} with exactly one decimal, independent of locale and of {@code Double.toString}. */
  private static String oneDecimal(double v) {
    long tenths = Math.round(v * 10);
    return tenths / 10 + "." + tenths % 10;
  }
}
