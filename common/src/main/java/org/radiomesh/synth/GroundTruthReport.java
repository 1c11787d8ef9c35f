package org.radiomesh.synth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.radiomesh.anatomy.Condition;
import org.radiomesh.anatomy.ToothSpec;

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
 * <p>Grammar. FINDINGS has one line {@code FDI: phrase(; phrase)*.} per tooth with at least one condition, in FDI
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

  /** The report text of {@code findings}. */
  public static String of(CaseFindings findings) {
    StringBuilder sb = new StringBuilder();
    sb.append("GROUND-TRUTH REPORT ").append(findings.caseId()).append('\n');
    sb.append("Source: ").append(Provenance.GENERATOR).append(", synthetic data, ").append(Provenance.LICENCE)
        .append("\n\nFINDINGS:\n");
    List<ToothSpec> teeth = findings.withFindings();
    if (teeth.isEmpty()) {
      sb.append("No findings.\n");
    }
    for (ToothSpec t : teeth) {
      List<String> phrases = new ArrayList<>();
      t.conditions().forEach(c -> phrases.add(phrase(c)));
      sb.append(t.tooth().fdi()).append(": ").append(String.join("; ", phrases)).append(".\n");
    }
    sb.append("\nIMPRESSION:\n");
    long present = findings.spec().teeth().stream()
        .filter(t -> CaseFindings.status(t).equals("present") || CaseFindings.status(t).equals("impacted")).count();
    sb.append("Dentition: ").append(present).append(" of 32 teeth present.\n");
    boolean any = false;
    for (Map.Entry<String, Predicate<Condition>> e : categories().entrySet()) {
      TreeSet<Integer> fdis = new TreeSet<>();
      for (ToothSpec t : teeth) {
        if (t.conditions().stream().anyMatch(e.getValue())) {
          fdis.add(t.tooth().fdi());
        }
      }
      if (!fdis.isEmpty()) {
        any = true;
        sb.append(e.getKey()).append(": ").append(String.join(", ", fdis.stream().map(String::valueOf).toList()))
            .append(".\n");
      }
    }
    if (!any) {
      sb.append("No abnormality.\n");
    }
    return sb.toString();
  }

  /** The IMPRESSION categories in report order, each with the conditions it collects. */
  public static Map<String, Predicate<Condition>> categories() {
    Map<String, Predicate<Condition>> m = new LinkedHashMap<>();
    m.put("Missing teeth", c -> c instanceof Condition.Missing);
    m.put("Implants", c -> c instanceof Condition.Implant);
    m.put("Impacted teeth", c -> c instanceof Condition.Impacted);
    m.put("Caries", c -> c instanceof Condition.Caries k && !deep(k));
    m.put("Deep caries", c -> c instanceof Condition.Caries k && deep(k));
    m.put("Periapical lesions", c -> c instanceof Condition.PeriapicalLesion);
    m.put("Restorations", c -> c instanceof Condition.Restoration);
    m.put("Root canal fillings", c -> c instanceof Condition.RootCanal);
    m.put("Crowns", c -> c instanceof Condition.Crown);
    m.put("Horizontal bone loss",
        c -> c instanceof Condition.BoneLoss b && b.pattern() == Condition.BoneLossPattern.HORIZONTAL);
    m.put("Vertical bone loss",
        c -> c instanceof Condition.BoneLoss b && b.pattern() == Condition.BoneLossPattern.VERTICAL);
    return m;
  }

  /** The FINDINGS phrase of one condition. */
  public static String phrase(Condition c) {
    if (c instanceof Condition.Caries k) {
      return (deep(k) ? "deep " : "") + words(k.surface()) + " caries (" + words(k.depth()) + ")";
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

  /** DENTEX's "Deep Caries": inner dentin or pulp exposure. */
  public static boolean deep(Condition.Caries c) {
    return c.depth() == Condition.CariesDepth.INNER_DENTIN || c.depth() == Condition.CariesDepth.PULP_EXPOSURE;
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
