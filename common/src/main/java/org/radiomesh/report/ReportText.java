package org.radiomesh.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Renders the FINDINGS and IMPRESSION sections of a dental report from its findings: the one text format of the
 * synthetic ground truth ({@code report.txt}) and of generated reports, so that BLEU and ROUGE compare like with
 * like.
 *
 * <pre>
 * FINDINGS:
 * 16: occlusal amalgam restoration.
 * 36: deep distal caries (inner dentin); periapical lesion (radius 2.5 mm).
 * 46: missing.
 *
 * IMPRESSION:
 * Dentition: 29 of 32 teeth present.
 * Missing teeth: 18, 46.
 * Deep caries: 36.
 * </pre>
 *
 * <p>Grammar. FINDINGS has one line {@code FDI: phrase(; phrase)*.} per tooth with at least one finding, in FDI order,
 * phrases ({@link FindingPhrases}) in {@link ConditionVocabulary#CODES} order (stable for equal codes), then one line
 * {@code Region: phrase(; phrase)*.} per region in alphabetical order (the region name capitalised); a report without
 * findings has the single line {@code No findings.}. IMPRESSION starts with {@code Dentition: N of 32 teeth present.},
 * then one line {@code Label: FDI, FDI, ....} per {@linkplain FindingPhrases#categories() category} that has teeth,
 * or {@code No abnormality.} when none has. Lines end with {@code \n}. O(findings · log findings).
 */
public final class ReportText {
  /** The line that opens the findings section. */
  public static final String FINDINGS = "FINDINGS:";
  /** The line that opens the impression section. */
  public static final String IMPRESSION = "IMPRESSION:";

  private ReportText() {}

  /** Both sections, {@code FINDINGS:} first, separated by an empty line. */
  public static String body(List<ReportFinding> findings, int teethPresent) {
    return FINDINGS + "\n" + findings(findings) + "\n" + IMPRESSION + "\n" + impression(findings, teethPresent);
  }

  /** The lines of the findings section, without its heading. */
  public static String findings(List<ReportFinding> findings) {
    Map<Integer, List<ReportFinding>> byTooth = new TreeMap<>();
    Map<String, List<ReportFinding>> byRegion = new TreeMap<>();
    for (ReportFinding f : findings) {
      if (f.tooth() != null) {
        byTooth.computeIfAbsent(f.tooth(), k -> new ArrayList<>()).add(f);
      } else {
        byRegion.computeIfAbsent(f.region(), k -> new ArrayList<>()).add(f);
      }
    }
    if (byTooth.isEmpty() && byRegion.isEmpty()) {
      return "No findings.\n";
    }
    StringBuilder sb = new StringBuilder();
    byTooth.forEach((fdi, list) -> line(sb, String.valueOf(fdi), list));
    byRegion.forEach((region, list) -> line(sb, Character.toUpperCase(region.charAt(0)) + region.substring(1), list));
    return sb.toString();
  }

  /** The lines of the impression section, without its heading. */
  public static String impression(List<ReportFinding> findings, int teethPresent) {
    if (teethPresent < 0 || teethPresent > 32) {
      throw new IllegalArgumentException("teeth present " + teethPresent + ", expected 0..32");
    }
    StringBuilder sb = new StringBuilder();
    sb.append("Dentition: ").append(teethPresent).append(" of 32 teeth present.\n");
    boolean any = false;
    for (Map.Entry<String, Predicate<ReportFinding>> e : FindingPhrases.categories().entrySet()) {
      TreeSet<Integer> fdis = new TreeSet<>();
      for (ReportFinding f : findings) {
        if (f.tooth() != null && e.getValue().test(f)) {
          fdis.add(f.tooth());
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

  /** 32 minus the teeth with a {@code missing} or {@code implant} finding. */
  public static int teethPresent(List<ReportFinding> findings) {
    TreeSet<Integer> absent = new TreeSet<>();
    for (ReportFinding f : findings) {
      if (f.tooth() != null && (f.code().equals("missing") || f.code().equals("implant"))) {
        absent.add(f.tooth());
      }
    }
    return 32 - absent.size();
  }

  /**
   * The part of a report text from its {@code FINDINGS:} line on (headers dropped), the part that text metrics
   * compare; the whole text when it has no such line.
   */
  public static String sections(String text) {
    int i = text.startsWith(FINDINGS) ? 0 : text.indexOf("\n" + FINDINGS);
    return i < 0 ? text : text.substring(i == 0 ? 0 : i + 1);
  }

  private static void line(StringBuilder sb, String label, List<ReportFinding> list) {
    List<ReportFinding> sorted = new ArrayList<>(list);
    sorted.sort(Comparator.comparingInt(f -> ConditionVocabulary.rank(f.code())));
    sb.append(label).append(": ")
        .append(String.join("; ", sorted.stream().map(FindingPhrases::phrase).toList())).append(".\n");
  }
}
