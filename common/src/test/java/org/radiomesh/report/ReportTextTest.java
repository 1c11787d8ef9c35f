package org.radiomesh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.radiomesh.anatomy.Condition;
import org.radiomesh.anatomy.Condition.CariesDepth;

class ReportTextTest {

  @Test
  void predictedFindingsUseParameterFreePhrasesInCanonicalOrder() {
    List<ReportFinding> findings = List.of(
        ReportFinding.predicted(36, "periapical_lesion", 0.7),
        new ReportFinding(36, null, "caries", CariesDepth.PULP_EXPOSURE, null, 0.9, null),
        ReportFinding.predicted(16, "crown", 0.95),
        ReportFinding.predicted(16, "root_canal", 0.8),
        ReportFinding.predicted(46, "missing", 0.99),
        ReportFinding.predicted(18, "implant", 0.99),
        ReportFinding.predicted(24, "caries", 0.6),
        ReportFinding.predicted(31, "bone_loss", 0.6),
        new ReportFinding(null, "mandible", "bone_loss", null, null, 0.5, null));
    assertThat(ReportText.teethPresent(findings)).isEqualTo(30);
    assertThat(ReportText.body(findings, 30)).isEqualTo("""
        FINDINGS:
        16: root canal filling; crown.
        18: implant.
        24: caries.
        31: bone loss.
        36: deep caries (pulp exposure); periapical lesion.
        46: missing.
        Mandible: bone loss.

        IMPRESSION:
        Dentition: 30 of 32 teeth present.
        Missing teeth: 46.
        Implants: 18.
        Caries: 24.
        Deep caries: 36.
        Periapical lesions: 36.
        Root canal fillings: 16.
        Crowns: 16.
        Bone loss: 31.
        """);
  }

  @Test
  void detailedFindingsNameTheirParameters() {
    List<ReportFinding> findings = List.of(
        ReportFinding.of(11, new Condition.Impacted(0.2)),
        ReportFinding.of(11, new Condition.BoneLoss(Condition.BoneLossPattern.HORIZONTAL, 2.25)),
        ReportFinding.of(21, new Condition.RootCanal(0.875)));
    assertThat(ReportText.findings(findings)).isEqualTo("""
        11: impacted (upright); horizontal bone loss (2.3 mm).
        21: root canal filling to 88% of the root length.
        """);
  }

  @Test
  void emptyReport() {
    assertThat(ReportText.body(List.of(), 32)).isEqualTo(
        "FINDINGS:\nNo findings.\n\nIMPRESSION:\nDentition: 32 of 32 teeth present.\nNo abnormality.\n");
  }

  @Test
  void sectionsDropTheHeader() {
    StructuredReport r = StructuredReport.of("img-1", null, "PX", null, null, null,
        List.of(ReportFinding.predicted(46, "missing", 0.9)));
    assertThat(r.text()).startsWith("REPORT img-1\nModel: none\n\nFINDINGS:\n46: missing.\n");
    assertThat(ReportText.sections(r.text())).startsWith("FINDINGS:\n46: missing.");
    assertThat(ReportText.sections("FINDINGS:\nx")).isEqualTo("FINDINGS:\nx");
    assertThat(r.impression()).isEqualTo("Dentition: 31 of 32 teeth present.\nMissing teeth: 46.\n");
  }

  @Test
  void findingsAreValidated() {
    assertThatThrownBy(() -> ReportFinding.predicted(19, "caries", 0.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReportFinding.predicted(11, "fracture", 0.5))
        .hasMessageContaining("condition code 'fracture'");
    assertThatThrownBy(() -> ReportFinding.predicted(11, "caries", 1.5)).hasMessageContaining("confidence");
    assertThatThrownBy(() -> new ReportFinding(11, null, "crown", CariesDepth.ENAMEL, null, 1, null))
        .hasMessageContaining("caries depth on a crown");
    assertThatThrownBy(() -> new ReportFinding(11, null, "crown", null, new Condition.Missing(), 1, null))
        .hasMessageContaining("missing detail");
    assertThatThrownBy(() -> new ReportFinding(null, null, "crown", null, null, 1, null))
        .hasMessageContaining("exactly one of tooth and region");
  }
}
