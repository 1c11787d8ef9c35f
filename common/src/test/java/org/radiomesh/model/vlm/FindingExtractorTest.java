package org.radiomesh.model.vlm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.radiomesh.anatomy.Condition;
import org.radiomesh.anatomy.ToothNumber;

class FindingExtractorTest {
  private static final Set<String> VOCABULARY = Arrays.stream(Condition.class.getAnnotation(JsonSubTypes.class).value())
      .map(JsonSubTypes.Type::name).collect(Collectors.toSet());

  private static List<String> pairs(String text) {
    return FindingExtractor.extract(text).stream()
        .map(f -> (f.hasTooth() ? f.tooth().toString() : "-") + " " + f.condition()).toList();
  }

  @Test
  void pairsTeethWithConditionsSentenceBySentence() {
    assertThat(pairs("Teeth 36 and 46 show deep caries. Tooth 11 is missing; 26 has a crown and a root canal filling."))
        .containsExactly("36 caries", "46 caries", "11 missing", "26 root_canal", "26 crown");
  }

  @Test
  void readsEveryNotation() {
    assertThat(pairs("Implant at #30.")).containsExactly("46 implant");
    assertThat(pairs("Universal number 1 is impacted")).containsExactly("18 impacted");
    assertThat(pairs("LL6 restored, UR 8 impacted")).containsExactly("36 restoration", "18 restoration",
        "36 impacted", "18 impacted");
    assertThat(pairs("The lower left first molar has a periapical lesion."))
        .containsExactly("36 periapical_lesion");
  }

  @Test
  void everyToothInWordsAndDigitsIsFound() {
    for (ToothNumber t : ToothNumber.all()) {
      assertThat(pairs("Caries on the " + t.words() + ".")).containsExactly(t + " caries");
      assertThat(pairs("Caries on " + t.palmer() + ".")).containsExactly(t + " caries");
      assertThat(pairs("Caries on #" + t.universal() + ".")).containsExactly(t + " caries");
      assertThat(pairs("Caries on " + t.fdi() + ".")).containsExactly(t + " caries");
    }
  }

  @Test
  void negatedConditionsAndMeasurementsAreNotFindings() {
    assertThat(pairs("No caries. Tooth 36 without periapical lesion. No evidence of bone loss.")).isEmpty();
    assertThat(pairs("Horizontal bone loss of 25 mm around 31.")).containsExactly("31 bone_loss");
    assertThat(pairs("Bone loss of 2.5 mm at 41 and 42.")).containsExactly("41 bone_loss", "42 bone_loss");
  }

  @Test
  void conditionsWithoutToothKeepTheSentenceAndDuplicatesCollapse() {
    List<ExtractedFinding> f = FindingExtractor.extract("Generalised horizontal bone loss. Bone loss again!");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).hasTooth()).isFalse();
    assertThat(f.get(0).sentence()).isEqualTo("Generalised horizontal bone loss");
    assertThat(pairs("36 caries. 36 carious")).containsExactly("36 caries");
  }

  @Test
  void emitsOnlyCodesOfTheSharedVocabularyAndNeverThrows() {
    Random random = new Random(42);
    String[] words = {"tooth", "36", "#", "30", "ll6", "caries", "crown", "implant", "no", "root", "canal", "missing",
        "bone", "loss", ".", ";", "periapical", "impacted", "filling", "upper", "left", "first", "molar", "99", "0",
        "mm", "restoration", "\n", "endodontic", "lesion", "degrees", "11"};
    for (int trial = 0; trial < 500; trial++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 30; i++) {
        text.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
      }
      for (ExtractedFinding f : FindingExtractor.extract(text.toString())) {
        assertThat(VOCABULARY).contains(f.condition());
        assertThat(text.toString()).contains(f.sentence());
      }
    }
  }
}
