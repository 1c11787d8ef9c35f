package org.radiomesh.synth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.radiomesh.anatomy.Condition;
import org.radiomesh.anatomy.Condition.CariesDepth;
import org.radiomesh.anatomy.Condition.Surface;
import org.radiomesh.anatomy.DentitionSpec;
import org.radiomesh.anatomy.ToothNumber;
import org.radiomesh.anatomy.ToothSpec;

class GroundTruthReportTest {
  private static final Pattern FINDING = Pattern.compile("(\\d{2}): (.+)\\.");
  private static final Pattern IMPRESSION = Pattern.compile("([A-Z][a-z ]+): ((?:\\d{2}, )*\\d{2})\\.");

  @Test
  void phrasesFollowTheDocumentedGrammar() {
    DentitionSpec spec = new DentitionSpec(List.of(
        new ToothSpec(ToothNumber.fdi(36), List.of(new Condition.PeriapicalLesion(2.5),
            new Condition.Caries(Surface.DISTAL, CariesDepth.INNER_DENTIN))),
        new ToothSpec(ToothNumber.fdi(46), List.of(new Condition.Missing())),
        new ToothSpec(ToothNumber.fdi(16), List.of(new Condition.Restoration(
            Condition.RestorationMaterial.AMALGAM, Surface.OCCLUSAL), new Condition.RootCanal(0.92),
            new Condition.Crown(Condition.CrownMaterial.METAL_CERAMIC))),
        new ToothSpec(ToothNumber.fdi(38), List.of(new Condition.Impacted(-12.4))),
        new ToothSpec(ToothNumber.fdi(24), List.of(new Condition.Caries(Surface.OCCLUSAL, CariesDepth.ENAMEL),
            new Condition.BoneLoss(Condition.BoneLossPattern.VERTICAL, 4))),
        ToothSpec.sound(11)));
    String text = GroundTruthReport.of(new CaseFindings("case-000007", spec));
    assertThat(text).isEqualTo("""
        GROUND-TRUTH REPORT case-000007
        Source: radiomesh synth, synthetic data, CC0-1.0

        FINDINGS:
        16: occlusal amalgam restoration; root canal filling to 92% of the root length; metal-ceramic crown.
        24: occlusal caries (enamel); vertical bone loss (4.0 mm).
        36: deep distal caries (inner dentin); periapical lesion (radius 2.5 mm).
        38: impacted (tilted 12\u00b0 distally).
        46: missing.

        IMPRESSION:
        Dentition: 5 of 32 teeth present.
        Missing teeth: 46.
        Impacted teeth: 38.
        Caries: 24.
        Deep caries: 36.
        Periapical lesions: 36.
        Restorations: 16.
        Root canal fillings: 16.
        Crowns: 16.
        Vertical bone loss: 24.
        """);
  }

  @Test
  void aSoundDentitionSaysSo() {
    List<ToothSpec> teeth = new ArrayList<>();
    ToothNumber.all().forEach(t -> teeth.add(ToothSpec.sound(t.fdi())));
    String text = GroundTruthReport.of(new CaseFindings("case-000000", new DentitionSpec(teeth)));
    assertThat(text).contains("FINDINGS:\nNo findings.\n").endsWith("Dentition: 32 of 32 teeth present.\n"
        + "No abnormality.\n");
  }

  /** For drawn cases, the report parsed back gives the same teeth, conditions and categories as findings.json. */
  @Test
  void reportAgreesWithFindingsJsonOnDrawnCases() throws Exception {
    for (long index = 0; index < 40; index++) {
      CaseIdentity id = CaseIdentity.of(99, index);
      CaseFindings findings = new CaseFindings(id.caseId(), CaseGenerator.dentition(id.seed()));
      String report = GroundTruthReport.of(findings);
      JsonNode json = StableJson.mapper().readTree(StableJson.bytes(findings.toJson()));

      Map<Integer, Integer> reported = new TreeMap<>();
      Map<String, TreeSet<Integer>> impression = new LinkedHashMap<>();
      boolean inFindings = false;
      for (String line : report.split("\n")) {
        inFindings = line.equals("FINDINGS:") || (inFindings && !line.isEmpty());
        Matcher f = FINDING.matcher(line);
        if (inFindings && f.matches()) {
          reported.put(Integer.parseInt(f.group(1)), f.group(2).split("; ").length);
        }
        Matcher m = IMPRESSION.matcher(line);
        if (!inFindings && m.matches()) {
          TreeSet<Integer> fdis = new TreeSet<>();
          for (String s : m.group(2).split(", ")) {
            fdis.add(Integer.parseInt(s));
          }
          impression.put(m.group(1), fdis);
        }
      }
      Map<Integer, Integer> expected = new TreeMap<>();
      Map<String, TreeSet<Integer>> categories = new LinkedHashMap<>();
      int present = 0;
      for (JsonNode tooth : json.get("teeth")) {
        int fdi = tooth.get("fdi").asInt();
        String status = tooth.get("status").asText();
        present += status.equals("present") || status.equals("impacted") ? 1 : 0;
        if (tooth.get("findings").size() > 0) {
          expected.put(fdi, tooth.get("findings").size());
        }
        for (JsonNode c : tooth.get("findings")) {
          String category = category(c);
          if (category != null) {
            categories.computeIfAbsent(category, k -> new TreeSet<>()).add(fdi);
          }
        }
      }
      assertThat(reported).as(report).isEqualTo(expected);
      assertThat(report).contains("Dentition: " + present + " of 32 teeth present.");
      for (String k : GroundTruthReport.categories().keySet()) {
        assertThat(impression.get(k)).as(k + " in\n" + report).isEqualTo(categories.get(k));
      }
    }
  }

  /** The impression category of a findings.json condition, from its JSON fields alone. */
  private static String category(JsonNode c) {
    return switch (c.get("condition").asText()) {
      case "missing" -> "Missing teeth";
      case "implant" -> "Implants";
      case "impacted" -> "Impacted teeth";
      case "caries" -> c.get("dentex").asText().equals("Deep Caries") ? "Deep caries" : "Caries";
      case "periapical_lesion" -> "Periapical lesions";
      case "restoration" -> "Restorations";
      case "root_canal" -> "Root canal fillings";
      case "crown" -> "Crowns";
      case "bone_loss" -> c.get("pattern").asText().equals("HORIZONTAL") ? "Horizontal bone loss"
          : "Vertical bone loss";
      default -> null;
    };
  }
}
