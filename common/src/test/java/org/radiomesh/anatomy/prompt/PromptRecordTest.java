package org.radiomesh.anatomy.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.radiomesh.anatomy.Condition;
import org.radiomesh.anatomy.Condition.BoneLoss;
import org.radiomesh.anatomy.Condition.BoneLossPattern;
import org.radiomesh.anatomy.Condition.Caries;
import org.radiomesh.anatomy.Condition.CariesDepth;
import org.radiomesh.anatomy.Condition.Crown;
import org.radiomesh.anatomy.Condition.CrownMaterial;
import org.radiomesh.anatomy.Condition.Impacted;
import org.radiomesh.anatomy.Condition.Implant;
import org.radiomesh.anatomy.Condition.Missing;
import org.radiomesh.anatomy.Condition.PeriapicalLesion;
import org.radiomesh.anatomy.Condition.Restoration;
import org.radiomesh.anatomy.Condition.RestorationMaterial;
import org.radiomesh.anatomy.Condition.RootCanal;
import org.radiomesh.anatomy.Condition.Surface;
import org.radiomesh.anatomy.DentitionSpec;
import org.radiomesh.anatomy.ToothSpec;

/**
 * Clinical records and surgical descriptions, with the spec facts written by hand from their dental meaning (FDI:
 * Universal 30 is the lower right first molar 46, Universal 1 and 16 are the upper third molars 18 and 28, Palmer
 * UR6 is 16, LL8 is 38) and the parser's documented defaults (caries occlusal and outer dentin, filling composite, crown
 * metal-ceramic, root canal full length, impaction 45°, a lesion's millimetres a diameter).
 */
class PromptRecordTest {
  private static final Caries OUTER_OCCLUSAL = new Caries(Surface.OCCLUSAL, CariesDepth.OUTER_DENTIN);
  private static final Crown PFM = new Crown(CrownMaterial.METAL_CERAMIC);

  private static Map<Integer, List<Condition>> facts(Object... fdiThenConditions) {
    Map<Integer, List<Condition>> m = new LinkedHashMap<>();
    int fdi = 0;
    for (Object o : fdiThenConditions) {
      if (o instanceof Integer i) {
        fdi = i;
        m.put(fdi, new ArrayList<>());
      } else {
        m.get(fdi).add((Condition) o);
      }
    }
    return m;
  }

  private static Restoration filling(RestorationMaterial m, Surface s) {
    return new Restoration(m, s);
  }

  static Stream<Arguments> records() {
    RestorationMaterial composite = RestorationMaterial.COMPOSITE;
    RestorationMaterial amalgam = RestorationMaterial.AMALGAM;
    return Stream.of(
        Arguments.of("Caries on 16 and 26, crown on 11.", facts(11, PFM, 16, OUTER_OCCLUSAL, 26, OUTER_OCCLUSAL)),
        Arguments.of("Implant planned at 46.", facts(46, new Implant())),
        Arguments.of("Extraction of 38.", facts(38, new Missing())),
        Arguments.of("Ceramic crown on 21.", facts(21, new Crown(CrownMaterial.CERAMIC))),
        Arguments.of("Root canal treatment 36.", facts(36, new RootCanal(1))),
        Arguments.of("Filling 24 MO.", facts(24, filling(composite, Surface.MESIAL),
            filling(composite, Surface.OCCLUSAL))),
        Arguments.of("Bone loss of 3 mm at 31.", facts(31, new BoneLoss(BoneLossPattern.HORIZONTAL, 3))),
        Arguments.of("Caries 2 mm deep on 17.", facts(17, OUTER_OCCLUSAL)),
        Arguments.of("Caries 5 mm deep on 46.", facts(46, new Caries(Surface.OCCLUSAL, CariesDepth.PULP_EXPOSURE))),
        Arguments.of("Tooth #30 has a PFM crown.", facts(46, PFM)),
        Arguments.of("Tooth 30 (Universal) needs a root canal treatment.", facts(46, new RootCanal(1))),
        Arguments.of("#1 and #16 missing.", facts(18, new Missing(), 28, new Missing())),
        Arguments.of("Tooth 3 (Universal) extraction, implant planned.", facts(16, new Implant())),
        Arguments.of("UR6 crown, LL8 impacted.", facts(16, PFM, 38, new Impacted(45))),
        Arguments.of("UL1 and UR1 ceramic crowns.", facts(11, new Crown(CrownMaterial.CERAMIC), 21,
            new Crown(CrownMaterial.CERAMIC))),
        Arguments.of("LR7 root canal filling to 80 %.", facts(47, new RootCanal(0.8))),
        Arguments.of("Lower right first molar missing.", facts(46, new Missing())),
        Arguments.of("Upper left second premolar with deep distal caries.",
            facts(25, new Caries(Surface.DISTAL, CariesDepth.INNER_DENTIN))),
        Arguments.of("Mandibular left second molar: crown.", facts(37, PFM)),
        Arguments.of("Upper wisdom teeth impacted.", facts(18, new Impacted(45), 28, new Impacted(45))),
        Arguments.of("Patient presents with mild pain at 36. Deep occlusal caries on 36, periapical lesion of 4 mm.",
            facts(36, new Caries(Surface.OCCLUSAL, CariesDepth.INNER_DENTIN), new PeriapicalLesion(2))),
        Arguments.of("45-year-old male, seen on 12/03/2024: extraction of 48 planned, implant at 46.",
            facts(48, new Missing(), 46, new Implant())),
        Arguments.of("Amalgam fillings 14 DO, 15 MOD.", facts(14, filling(amalgam, Surface.DISTAL),
            filling(amalgam, Surface.OCCLUSAL), 15, filling(amalgam, Surface.MESIAL),
            filling(amalgam, Surface.OCCLUSAL), filling(amalgam, Surface.DISTAL))),
        Arguments.of("Shallow buccal caries on 44 and a DO amalgam filling on 45.",
            facts(44, new Caries(Surface.BUCCAL, CariesDepth.ENAMEL), 45, filling(amalgam, Surface.DISTAL),
                filling(amalgam, Surface.OCCLUSAL))),
        Arguments.of("No caries.", facts()),
        Arguments.of("No caries on 36; 36 root canal treated with a metal crown.",
            facts(36, new RootCanal(1), new Crown(CrownMaterial.METAL))),
        Arguments.of("No periapical lesions or bone loss. Composite filling on 11 mesial.",
            facts(11, filling(composite, Surface.MESIAL))),
        Arguments.of("Vertical bone loss of 5 mm at 26 and horizontal bone loss of 2 mm at 27.",
            facts(26, new BoneLoss(BoneLossPattern.VERTICAL, 5), 27, new BoneLoss(BoneLossPattern.HORIZONTAL, 2))),
        Arguments.of("Surgical removal of impacted 48 under local anaesthesia.", facts(48, new Missing())),
        Arguments.of("Endodontically treated 25 with a metal-ceramic crown and a periapical lesion of radius 2 mm.",
            facts(25, new RootCanal(1), PFM, new PeriapicalLesion(2))),
        Arguments.of("Impacted 38 at 30 degrees, extraction planned.", facts(38, new Missing())),
        Arguments.of("Extraction of 18, 28, 38 and 48 planned on 3 March 2024.", facts(18, new Missing(), 28,
            new Missing(), 38, new Missing(), 48, new Missing())),
        Arguments.of("Missing 36, implant planned at 36.", facts(36, new Implant())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void recordSentencesGiveTheWholeDentition(String record, Map<Integer, List<Condition>> expected)
      throws PromptException {
    DentitionSpec spec = PromptParser.parseRecord(record).spec();
    assertThat(spec.teeth()).hasSize(32);
    assertThat(spec.teeth().stream().map(t -> t.tooth().fdi()).toList()).isSorted();
    for (ToothSpec t : spec.teeth()) {
      List<Condition> want = expected.getOrDefault(t.tooth().fdi(), List.of());
      assertThat(t.conditions()).as("tooth %s", t.tooth()).containsExactlyInAnyOrderElementsOf(want);
    }
  }

  static Stream<Arguments> badRecords() {
    return Stream.of(
        Arguments.of("Caries on 36 with gingival recession", "gingival", 18, "unknown word"),
        Arguments.of("Bridge from 44 to 46", "Bridge", 0, "unknown word"),
        Arguments.of("Patient presents with swelling and a fistula at 21", "fistula", 37, "unknown word"),
        Arguments.of("No deep caries on 36", "deep", 3, "qualifies a negated condition"),
        Arguments.of("Crown or implant at 46", "or", 6, "leaves a choice"),
        Arguments.of("No caries on 36, deep caries on 36", "caries", 3, "contradicts"),
        Arguments.of("No caries and crown on 36", "and", 10, "is the next one absent too"),
        Arguments.of("Tooth 33 (Universal) crown", "33 (Universal)", 6, "Universal tooth number is 1-32"),
        Arguments.of("Caries 12 mm deep on 46", "caries", 0, "expected (0, 10]"),
        Arguments.of("Shallow caries 4 mm deep on 46", "caries", 8, "conflicting depth"),
        Arguments.of("Caries-free", "free", 7, "unknown word"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("badRecords")
  void refusesWhatCouldChangeTheAnatomyNamingWordAndPosition(String record, String word, int at, String why) {
    PromptException e = catchThrowableOfType(() -> PromptParser.parseRecord(record), PromptException.class);
    assertThat(e).as(record).isNotNull();
    assertThat(e.notUnderstood()).as(e.getMessage()).anySatisfy(r -> {
      assertThat(r.text()).isEqualToIgnoringCase(word);
      assertThat(r.start()).isEqualTo(at);
      assertThat(r.meaning()).contains(why);
    });
    assertThat(e.getMessage()).contains("'" + record.substring(at, at + word.length()) + "' (at " + at + ")");
  }

  @Test
  void wordsThatCannotChangeTheAnatomyAreReportedAsIgnored() throws PromptException {
    String record = "Patient presents with mild pain since 3 days. Seen on 12 March 2024 at 10:30. Caries on 16.";
    ParsedPrompt p = PromptParser.parseRecord(record);
    assertThat(p.report().ignored()).extracting(Reading::text).contains("Patient", "presents", "mild", "pain",
        "3 days", "12 March 2024", "10:30");
    assertThat(p.spec().teeth().stream().filter(t -> !t.conditions().isEmpty()).toList())
        .containsExactly(new ToothSpec(org.radiomesh.anatomy.ToothNumber.fdi(16), List.of(OUTER_OCCLUSAL)));
    PromptException e = catchThrowableOfType(() -> PromptParser.parseRecord("Patient presents with a fistula at 21"),
        PromptException.class);
    assertThat(e.understood()).extracting(Reading::text).contains("21").doesNotContain("Patient", "presents");
  }

  @Test
  void singleToothParseStillRefusesATextWithoutTeeth() {
    PromptException e = catchThrowableOfType(() -> PromptParser.parse("No caries."), PromptException.class);
    assertThat(e.getMessage()).contains("no tooth named");
  }
}
