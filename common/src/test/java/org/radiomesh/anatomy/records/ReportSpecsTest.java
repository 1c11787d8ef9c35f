package org.radiomesh.anatomy.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.radiomesh.anatomy.CaseDraw;
import org.radiomesh.anatomy.Condition;
import org.radiomesh.anatomy.Condition.CariesDepth;
import org.radiomesh.anatomy.Condition.Surface;
import org.radiomesh.anatomy.DentitionSpec;
import org.radiomesh.anatomy.ToothSpec;
import org.radiomesh.report.ReportFinding;
import org.radiomesh.report.ReportJson;
import org.radiomesh.report.StructuredReport;
import org.radiomesh.synth.CaseFindings;

class ReportSpecsTest {
  private static final ReportSpecOptions DEFAULTS = ReportSpecOptions.defaults();

  private static CaseFindings groundTruth(long seed) {
    return new CaseFindings("case-" + seed, CaseFindings.rounded(CaseDraw.draw(seed)));
  }

  /** The ground-truth findings of a case, as the synthetic generator reports them (with their parameters). */
  private static List<ReportFinding> findings(CaseFindings truth) {
    List<ReportFinding> out = new ArrayList<>();
    for (ToothSpec t : truth.withFindings()) {
      t.conditions().forEach(c -> out.add(ReportFinding.of(t.tooth().fdi(), c)));
    }
    return out;
  }

  private static StructuredReport report(List<ReportFinding> findings) {
    return StructuredReport.of("img-1", null, "PX", null, null, null, findings);
  }

  @Test
  void groundTruthThroughReportJsonGivesTheCaseSpecBack() throws Exception {
    Set<String> codesSeen = new TreeSet<>();
    for (long seed = 0; seed < 300; seed++) {
      CaseFindings truth = groundTruth(seed);
      String line = ReportJson.toLine(report(findings(truth)));
      DentitionSpec spec = ReportSpecs.toSpec(ReportJson.parse(line, "case " + seed), DEFAULTS);
      assertThat(spec).as("seed %d", seed).isEqualTo(truth.spec());
      truth.spec().teeth().forEach(t -> t.conditions().forEach(c -> codesSeen.add(c.code())));
    }
    assertThat(codesSeen).as("the cases exercise every condition").containsExactlyInAnyOrder("missing", "implant",
        "impacted", "caries", "restoration", "root_canal", "crown", "periapical_lesion", "bone_loss");
  }

  @Test
  void codeOnlyPredictionsKeepEveryToothsCodesAndCariesDepth() throws Exception {
    for (long seed = 0; seed < 100; seed++) {
      CaseFindings truth = groundTruth(seed);
      List<ReportFinding> predicted = new ArrayList<>();
      for (ReportFinding f : findings(truth)) {
        predicted.add(new ReportFinding(f.tooth(), null, f.code(), f.cariesDepth(), null, 0.9, null));
      }
      DentitionSpec spec = ReportSpecs.toSpec(report(predicted), DEFAULTS);
      assertThat(spec.teeth()).hasSize(32);
      for (ToothSpec t : truth.spec().teeth()) {
        ToothSpec got = spec.tooth(t.tooth().fdi()).orElseThrow();
        assertThat(got.conditions().stream().map(Condition::code).toList()).as("seed %d tooth %s", seed, t.tooth())
            .isEqualTo(t.conditions().stream().map(Condition::code).toList());
        assertThat(depths(got)).isEqualTo(depths(t));
      }
    }
  }

  private static List<CariesDepth> depths(ToothSpec t) {
    return t.conditions().stream().filter(c -> c instanceof Condition.Caries).map(c -> ((Condition.Caries) c).depth())
        .toList();
  }

  @Test
  void unmentionedTeethAreSoundAndDefaultsFollowTheToothType() throws Exception {
    DentitionSpec spec = ReportSpecs.toSpec(report(List.of(
        new ReportFinding(11, null, "caries", null, null, 0.8, null),
        new ReportFinding(36, null, "caries", CariesDepth.PULP_EXPOSURE, null, 0.8, null),
        ReportFinding.predicted(36, "periapical_lesion", 0.7),
        ReportFinding.predicted(24, "restoration", 0.7))), DEFAULTS);
    // Incisors have no occlusal surface: caries and fillings go mesial there, occlusal on premolars and molars.
    assertThat(spec.tooth(11).orElseThrow().conditions()).containsExactly(
        new Condition.Caries(Surface.MESIAL, CariesDepth.OUTER_DENTIN));
    assertThat(spec.tooth(36).orElseThrow().conditions()).containsExactly(
        new Condition.Caries(Surface.OCCLUSAL, CariesDepth.PULP_EXPOSURE), new Condition.PeriapicalLesion(1.5));
    assertThat(spec.tooth(24).orElseThrow().conditions()).containsExactly(
        new Condition.Restoration(Condition.RestorationMaterial.COMPOSITE, Surface.OCCLUSAL));
    assertThat(spec.teeth().stream().filter(t -> t.conditions().isEmpty()).count()).isEqualTo(29);
    assertThat(spec.teeth().get(0).tooth().fdi()).isEqualTo(11);
    assertThat(spec.teeth().get(31).tooth().fdi()).isEqualTo(48);
  }

  @Test
  void confidenceThresholdLeavesOutWeakFindings() throws Exception {
    List<ReportFinding> f = List.of(ReportFinding.predicted(46, "missing", 0.45),
        ReportFinding.predicted(16, "crown", 0.55));
    ReportSpec strict = ReportSpecs.convert(report(f), DEFAULTS);
    assertThat(strict.spec().tooth(46).orElseThrow().conditions()).isEmpty();
    assertThat(strict.spec().tooth(16).orElseThrow().has(Condition.Crown.class)).isTrue();
    assertThat(strict.notes()).anyMatch(n -> n.contains("finding 0") && n.contains("below 0.5"));
    DentitionSpec lenient = ReportSpecs.toSpec(report(f), ReportSpecOptions.builder().optMinConfidence(0.4).build());
    assertThat(lenient.tooth(46).orElseThrow().conditions()).containsExactly(new Condition.Missing());
  }

  @Test
  void implantWinsThenMissingThenTheMostConfident() throws Exception {
    Condition ceramic = new Condition.Crown(Condition.CrownMaterial.CERAMIC);
    Condition metal = new Condition.Crown(Condition.CrownMaterial.METAL);
    List<ReportFinding> f = List.of(
        ReportFinding.predicted(36, "caries", 0.9), ReportFinding.predicted(36, "missing", 0.6),
        ReportFinding.predicted(36, "bone_loss", 0.9),
        ReportFinding.predicted(46, "missing", 0.7), ReportFinding.predicted(46, "implant", 0.6),
        ReportFinding.predicted(46, "root_canal", 0.9), ReportFinding.predicted(46, "crown", 0.8),
        new ReportFinding(16, null, "crown", null, metal, 0.7, null),
        new ReportFinding(16, null, "crown", null, ceramic, 0.9, null));
    ReportSpec r = ReportSpecs.convert(report(f), DEFAULTS);
    assertThat(r.spec().tooth(36).orElseThrow().conditions()).containsExactly(new Condition.Missing());
    assertThat(r.spec().tooth(46).orElseThrow().conditions()).containsExactly(new Condition.Implant(),
        new Condition.Crown(Condition.CrownMaterial.METAL_CERAMIC));
    assertThat(r.spec().tooth(16).orElseThrow().conditions()).containsExactly(ceramic);
    assertThat(r.notes()).anyMatch(n -> n.startsWith("tooth 46: implant") && n.contains("replaces missing"));
    List<ReportFinding> shuffled = new ArrayList<>(f);
    Random random = new Random(7);
    for (int k = 0; k < 20; k++) {
      Collections.shuffle(shuffled, random);
      assertThat(ReportSpecs.toSpec(report(shuffled), DEFAULTS)).isEqualTo(r.spec());
    }
  }

  @Test
  void jawBoneLossReachesEveryToothOfTheJawUnlessTheToothSaysOtherwise() throws Exception {
    Condition vertical = new Condition.BoneLoss(Condition.BoneLossPattern.VERTICAL, 5);
    DentitionSpec spec = ReportSpecs.toSpec(report(List.of(
        new ReportFinding(null, "mandible", "bone_loss", null, null, 0.8, null),
        ReportFinding.of(46, vertical), ReportFinding.of(36, new Condition.Missing()))), DEFAULTS);
    Condition horizontal = new Condition.BoneLoss(Condition.BoneLossPattern.HORIZONTAL, 3);
    for (ToothSpec t : spec.teeth()) {
      List<Condition> expected = t.tooth().fdi() == 46 ? List.of(vertical)
          : t.tooth().fdi() == 36 ? List.of(new Condition.Missing())
          : t.tooth().isUpper() ? List.of() : List.of(horizontal);
      assertThat(t.conditions()).as("tooth %s", t.tooth()).isEqualTo(expected);
    }
  }

  @Test
  void unplaceableRegionFindingFailsOrIsSkipped() throws Exception {
    StructuredReport r = report(List.of(ReportFinding.predicted(11, "crown", 0.9),
        new ReportFinding(null, "left sinus", "bone_loss", null, null, 0.9, null)));
    assertThatThrownBy(() -> ReportSpecs.toSpec(r, DEFAULTS)).isInstanceOf(ReportSpecException.class)
        .hasMessageContaining("report img-1, finding 1").hasMessageContaining("'left sinus'");
    ReportSpec skipped = ReportSpecs.convert(r, ReportSpecOptions.builder().optSkipUnplaceable(true).build());
    assertThat(skipped.spec().teeth().stream().filter(t -> !t.conditions().isEmpty()).count()).isEqualTo(1);
    assertThat(skipped.notes()).anyMatch(n -> n.startsWith("finding 1 left out"));
    StructuredReport caries = report(List.of(new ReportFinding(null, "maxilla", "caries", null, null, 0.9, null)));
    assertThatThrownBy(() -> ReportSpecs.toSpec(caries, DEFAULTS)).isInstanceOf(ReportSpecException.class)
        .hasMessageContaining("only bone loss");
  }

  @Test
  void unknownCodesAndDepthsAreClearErrors() throws Exception {
    assertThatThrownBy(() -> ReportSpecs.finding("study-9", 3, 36, null, "fracture", null, 0.9))
        .isInstanceOf(ReportSpecException.class)
        .hasMessage("report study-9, finding 3: unknown condition code 'fracture', expected one of [missing, implant,"
            + " impacted, caries, restoration, root_canal, crown, periapical_lesion, bone_loss]");
    assertThatThrownBy(() -> ReportSpecs.finding("study-9", 4, 36, null, "caries", "very deep", 0.9))
        .isInstanceOf(ReportSpecException.class).hasMessageContaining("finding 4: unknown caries depth 'very deep'");
    assertThatThrownBy(() -> ReportSpecs.finding("study-9", 5, 19, null, "caries", null, 0.9))
        .isInstanceOf(ReportSpecException.class).hasMessageContaining("finding 5").hasMessageContaining("FDI number 19");
    ReportFinding ok = ReportSpecs.finding("study-9", 6, 36, null, "caries", "inner_dentin", 0.9);
    assertThat(ok.cariesDepth()).isEqualTo(CariesDepth.INNER_DENTIN);
    assertThatThrownBy(() -> ReportSpecOptions.builder().optMinConfidence(1.5).build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
