package org.radiomesh.anatomy.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
import org.radiomesh.anatomy.DentitionSpecJson;
import org.radiomesh.anatomy.ToothNumber;
import org.radiomesh.anatomy.ToothSpec;

class PromptParserTest {

  /** Expected spec: FDI number → conditions, in the order of the arguments. */
  private static Map<Integer, List<Condition>> spec(Object... fdiThenConditions) {
    Map<Integer, List<Condition>> m = new LinkedHashMap<>();
    int fdi = 0;
    for (Object o : fdiThenConditions) {
      if (o instanceof Integer i) {
        fdi = i;
        m.put(fdi, new java.util.ArrayList<>());
      } else {
        m.get(fdi).add((Condition) o);
      }
    }
    return m;
  }

  private static Caries caries(Surface s, CariesDepth d) {
    return new Caries(s, d);
  }

  static Stream<Arguments> goodPrompts() {
    CariesDepth outer = CariesDepth.OUTER_DENTIN;
    return Stream.of(
        Arguments.of("a lower left first molar with a deep distal cavity",
            spec(36, caries(Surface.DISTAL, CariesDepth.INNER_DENTIN))),
        Arguments.of("implant planned at 46, extraction of 38 and a ceramic crown on 11",
            spec(11, new Crown(CrownMaterial.CERAMIC), 38, new Missing(), 46, new Implant())),
        Arguments.of("36 and 37 have deep mesial caries", spec(36, caries(Surface.MESIAL, CariesDepth.INNER_DENTIN),
            37, caries(Surface.MESIAL, CariesDepth.INNER_DENTIN))),
        Arguments.of("teeth 11, 21 with ceramic crowns", spec(11, new Crown(CrownMaterial.CERAMIC), 21,
            new Crown(CrownMaterial.CERAMIC))),
        Arguments.of("tooth 46", spec(46)),
        Arguments.of("Tooth #30 has a PFM crown.", spec(46, new Crown(CrownMaterial.METAL_CERAMIC))),
        Arguments.of("universal 1 is missing", spec(18, new Missing())),
        Arguments.of("UR6 and LR 8 impacted at 30 degrees", spec(16, new Impacted(30), 48, new Impacted(30))),
        Arguments.of("lower right wisdom tooth, horizontally impacted", spec(48, new Impacted(90))),
        Arguments.of("mesioangular impacted 38", spec(38, new Impacted(45))),
        Arguments.of("38 distoangular impaction of 20°", spec(38, new Impacted(-20))),
        Arguments.of("vertical impacted upper left third molar", spec(28, new Impacted(0))),
        Arguments.of("horizontal bone loss of 4 mm at 46", spec(46, new BoneLoss(BoneLossPattern.HORIZONTAL, 4))),
        Arguments.of("vertical bone loss 5mm around 26", spec(26, new BoneLoss(BoneLossPattern.VERTICAL, 5))),
        Arguments.of("46 missing, 47 root canal treated with a periapical lesion of 3 mm",
            spec(46, new Missing(), 47, new RootCanal(1), new PeriapicalLesion(1.5))),
        Arguments.of("periapical lesion with a radius of 2 mm at 21", spec(21, new PeriapicalLesion(2))),
        Arguments.of("36: RCT, crown; 46 implant", spec(36, new RootCanal(1),
            new Crown(CrownMaterial.METAL_CERAMIC), 46, new Implant())),
        Arguments.of("root canal filling to 80 % on 11", spec(11, new RootCanal(0.8))),
        Arguments.of("endodontically treated 25 with a metal-ceramic crown", spec(25, new RootCanal(1),
            new Crown(CrownMaterial.METAL_CERAMIC))),
        Arguments.of("porcelain-fused-to-metal crown on 13", spec(13, new Crown(CrownMaterial.METAL_CERAMIC))),
        Arguments.of("gold crown on 47", spec(47, new Crown(CrownMaterial.METAL))),
        Arguments.of("MOD amalgam filling on 16", spec(16, new Restoration(RestorationMaterial.AMALGAM,
            Surface.MESIAL), new Restoration(RestorationMaterial.AMALGAM, Surface.OCCLUSAL),
            new Restoration(RestorationMaterial.AMALGAM, Surface.DISTAL))),
        Arguments.of("mesial and distal caries on 15", spec(15, caries(Surface.MESIAL, outer),
            caries(Surface.DISTAL, outer))),
        Arguments.of("caries into the pulp on the palatal surface of 12",
            spec(12, caries(Surface.LINGUAL, CariesDepth.PULP_EXPOSURE))),
        Arguments.of("shallow buccal caries 44", spec(44, caries(Surface.BUCCAL, CariesDepth.ENAMEL))),
        Arguments.of("upper left first and second premolars with composite fillings",
            spec(24, new Restoration(RestorationMaterial.COMPOSITE, Surface.OCCLUSAL), 25,
                new Restoration(RestorationMaterial.COMPOSITE, Surface.OCCLUSAL))),
        Arguments.of("lower wisdom teeth impacted", spec(38, new Impacted(45), 48, new Impacted(45))),
        Arguments.of("maxillary right cuspid and mandibular left eye tooth", spec(13, 33)),
        Arguments.of("extraction of 38 and 48", spec(38, new Missing(), 48, new Missing())),
        Arguments.of("34-36 missing", spec(34, new Missing(), 35, new Missing(), 36, new Missing())),
        Arguments.of("38 impacted mesioangular, extraction planned", spec(38, new Missing())),
        Arguments.of("extraction of 46 and implant placement at 46", spec(46, new Implant())),
        Arguments.of("46 root canal treated. Periapical lesion of 4 mm.", spec(46, new RootCanal(1),
            new PeriapicalLesion(2))),
        Arguments.of("The patient's upper right central incisor has a deep distal composite restoration and "
            + "distal caries", spec(11, new Restoration(RestorationMaterial.COMPOSITE, Surface.DISTAL),
            caries(Surface.DISTAL, CariesDepth.INNER_DENTIN))),
        Arguments.of("crown on 11 and 21, 36 sound", spec(11, new Crown(CrownMaterial.METAL_CERAMIC), 21,
            new Crown(CrownMaterial.METAL_CERAMIC), 36)),
        Arguments.of("tooth no. 46 has moderate occlusal caries", spec(46, caries(Surface.OCCLUSAL, outer))),
        Arguments.of("upper right 6 crowned", spec(16, new Crown(CrownMaterial.METAL_CERAMIC))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goodPrompts")
  void readsGoodPrompts(String prompt, Map<Integer, List<Condition>> expected) throws PromptException {
    DentitionSpec spec = PromptParser.parse(prompt).spec();
    Map<Integer, List<Condition>> actual = new LinkedHashMap<>();
    for (ToothSpec t : spec.teeth()) {
      actual.put(t.tooth().fdi(), t.conditions());
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(List.copyOf(actual.keySet())).isSorted();
  }

  static Stream<Arguments> badPrompts() {
    return Stream.of(
        Arguments.of("a lower left first molar with a deep distal zorgle", "zorgle", "unknown word"),
        Arguments.of("36 with a cracked cusp", "cracked", "unknown word"),
        Arguments.of("maybe caries on 36", "maybe", "unknown word"),
        Arguments.of("suspected caries on 36", "suspected", "unknown word"),
        Arguments.of("upper molar with caries", "upper molar", "which molar"),
        Arguments.of("lower first molar", "lower first molar", "left or right"),
        Arguments.of("left canine", "left canine", "upper or lower"),
        Arguments.of("upper left incisor", "upper left incisor", "central or lateral"),
        Arguments.of("third premolar upper left", "third premolar upper left", "no ordinal 3 premolar"),
        Arguments.of("tooth 19", "19", "not an FDI tooth number"),
        Arguments.of("tooth #33", "#33", "Universal tooth number 1-32"),
        Arguments.of("UR9 crown", "UR", "position 1-8"),
        Arguments.of("deep caries", "caries", "no tooth"),
        Arguments.of("36 with a ceramic filling", "ceramic", "nothing in its sentence"),
        Arguments.of("36 deep", "deep", "nothing in its sentence"),
        Arguments.of("deep shallow caries on 36", "caries", "conflicting"),
        Arguments.of("36 missing with deep caries", "caries", "missing"),
        Arguments.of("ceramic crown and metal crown on 21", "crown", "two different crown"),
        Arguments.of("periapical lesion of 30 mm at 21", "periapical lesion", "expected (0, 10]"),
        Arguments.of("36 sound with caries", "sound", "called sound"),
        Arguments.of("bone loss of 4 at 46", "4", "no unit"),
        Arguments.of("", "", "empty prompt"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("badPrompts")
  void refusesBadPromptsSayingWhy(String prompt, String word, String reason) {
    PromptException e = catchThrowableOfType(() -> PromptParser.parse(prompt), PromptException.class);
    assertThat(e).as(prompt).isNotNull();
    assertThat(e.notUnderstood()).as(e.getMessage())
        .anySatisfy(r -> {
          assertThat(r.text()).isEqualToIgnoringCase(word);
          assertThat(r.meaning()).contains(reason);
        });
    assertThat(e.getMessage()).contains("Not understood").contains("Understood");
  }

  @Test
  void unknownAnatomyWordListsUnderstoodAndNotUnderstood() {
    String prompt = "lower left first molar with deep distal caries and a fissure sealant";
    PromptException e = catchThrowableOfType(() -> PromptParser.parse(prompt), PromptException.class);
    assertThat(e.notUnderstood()).extracting(Reading::text).containsExactly("fissure", "sealant");
    assertThat(e.understood()).extracting(Reading::text)
        .contains("lower left first molar", "deep", "distal", "caries");
    assertThat(e.understood()).extracting(Reading::text).doesNotContain("with", "a");
    assertThat(e.getMessage()).contains("'fissure' (at " + prompt.indexOf("fissure") + ")").contains("tooth 36");
  }

  @Test
  void universalPalmerAndWordsAgreeWithToothNumber() throws PromptException {
    for (ToothNumber t : ToothNumber.all()) {
      assertThat(only(PromptParser.parse("#" + t.universal()))).isEqualTo(t.fdi());
      assertThat(only(PromptParser.parse("universal " + t.universal()))).isEqualTo(t.fdi());
      assertThat(only(PromptParser.parse(t.palmer()))).isEqualTo(t.fdi());
      String spaced = t.palmer().substring(0, 2) + " " + t.palmer().substring(2);
      assertThat(only(PromptParser.parse(spaced.toLowerCase()))).isEqualTo(t.fdi());
      assertThat(only(PromptParser.parse(t.words()))).as(t.words()).isEqualTo(t.fdi());
      assertThat(only(PromptParser.parse("tooth " + t.fdi()))).isEqualTo(t.fdi());
    }
  }

  @Test
  void everyCharacterIsAccountedForInTheReport() throws PromptException {
    String prompt = "Implant planned at 46; extraction of #17 (LL8) and a MO composite filling on UR 6.";
    ParsedPrompt p = PromptParser.parse(prompt);
    boolean[] covered = new boolean[prompt.length()];
    for (Reading r : p.report().readings()) {
      assertThat(prompt.substring(r.start(), r.end())).isEqualTo(r.text());
      for (int i = r.start(); i < r.end(); i++) {
        covered[i] = true;
      }
    }
    for (int i = 0; i < prompt.length(); i++) {
      assertThat(covered[i] || prompt.charAt(i) == ' ').as("character %d '%c'", i, prompt.charAt(i)).isTrue();
    }
    assertThat(p.report().readings()).anySatisfy(r -> {
      assertThat(r.text()).isEqualTo("#17");
      assertThat(r.meaning()).contains("tooth 38");
    });
    assertThat(p.spec().tooth(16).orElseThrow().conditions()).containsExactly(
        new Restoration(RestorationMaterial.COMPOSITE, Surface.MESIAL),
        new Restoration(RestorationMaterial.COMPOSITE, Surface.OCCLUSAL));
    assertThat(p.report().notes()).anySatisfy(n -> assertThat(n).contains("'Implant' applies to tooth 46"));
    assertThat(p.report().notes()).contains("'extraction' applies to tooth 38");
  }

  @Test
  void specJsonRoundTrips() throws Exception {
    ParsedPrompt p = PromptParser.parse("implant planned at 46, extraction of 38, PFM crown on 11, 47 root canal "
        + "filling to 90 % and periapical lesion of radius 2.5 mm, distoangular impacted 48, vertical bone loss of "
        + "6 mm at 36, deep distal caries and MO amalgam filling on 25");
    String json = p.specJson();
    assertThat(json).contains("\"tooth\" : 46").contains("\"condition\" : \"implant\"");
    assertThat(DentitionSpecJson.fromJson(json, "spec.json")).isEqualTo(p.spec());
    assertThatThrownBy(() -> DentitionSpecJson.fromJson(json.replace("\"tooth\" : 46", "\"tooth\" : 49"), "s.json"))
        .hasMessageContaining("s.json");
    assertThatThrownBy(() -> DentitionSpecJson.fromJson(json.replace("\"depth\"", "\"deepness\""), "s.json"))
        .hasMessageContaining("deepness");
  }

  @Test
  void singleToothPromptsMustNameOneTooth() throws PromptException {
    assertThat(PromptParser.parseSingleTooth("upper left canine with a ceramic crown").spec().teeth()).hasSize(1);
    assertThatThrownBy(() -> PromptParser.parseSingleTooth("36 and 37")).isInstanceOf(PromptException.class)
        .hasMessageContaining("expected exactly one");
  }

  @Test
  void parsingIsDeterministic() throws PromptException {
    String prompt = "deep caries on 36, 37 and 46, crowns on 11 and 21";
    assertThat(PromptParser.parse(prompt)).isEqualTo(PromptParser.parse(prompt));
  }

  private static int only(ParsedPrompt p) {
    assertThat(p.spec().teeth()).hasSize(1);
    return p.spec().teeth().get(0).tooth().fdi();
  }
}
