package org.radiomesh.recon.diffusion;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.radiomesh.model.ModelFixtures;
import org.radiomesh.model.vlm.VlmTokenizer;

class PromptTokensTest {

  @Test
  void fnv1aOfTheReferenceTestVectors() {
    // from the FNV reference test suite (Fowler, Noll, Vo)
    assertThat(PromptTokens.fnv1a32("")).isEqualTo(0x811C9DC5L);
    assertThat(PromptTokens.fnv1a32("a")).isEqualTo(0xE40C292CL);
    assertThat(PromptTokens.fnv1a32("foobar")).isEqualTo(0xBF9CF968L);
  }

  @Test
  void wordsAreLowerCasedRunsOfLettersAndDigits() {
    assertThat(PromptTokens.words("Implant planned at 46; deep_caries on 47, Zahn-Überkappung"))
        .containsExactly("implant", "planned", "at", "46", "deep", "caries", "on", "47", "zahn", "überkappung");
  }

  @Test
  void hashedWordsArePaddedTruncatedAndInRange() {
    long[] ids = PromptTokens.hashedWords("crown on 11", 5, 64);
    assertThat(ids).hasSize(5);
    assertThat(ids[3]).isZero();
    assertThat(ids[4]).isZero();
    for (int i = 0; i < 3; i++) {
      assertThat(ids[i]).isBetween(1L, 63L);
    }
    assertThat(ids[0]).isEqualTo(1 + PromptTokens.fnv1a32("crown") % 63);
    assertThat(PromptTokens.hashedWords("a b c d e f g", 3, 64)).containsExactly(
        PromptTokens.hashedWords("a b c", 3, 64));
    assertThat(PromptTokens.hashedWords("", 4, 64)).containsExactly(0, 0, 0, 0);
  }

  @Test
  void matchTheFixtureScript() {
    JsonNode e = DiffusionFixtures.expected();
    for (int i = 0; i < e.get("prompts").size(); i++) {
      assertThat(PromptTokens.hashedWords(e.get("prompts").get(i).asText(), 8, 64))
          .containsExactly(DiffusionFixtures.longs(e.get("tokenIds").get(i)));
    }
  }

  @Test
  void aTokenizerFileGivesItsIdsPaddedWithThePadId() throws IOException {
    try (VlmTokenizer tokenizer = VlmTokenizer.load(ModelFixtures.vlmDir().resolve("tokenizer.json"))) {
      long[] raw = tokenizer.encode("crown on 11", true);
      long[] ids = PromptTokens.of(tokenizer, "crown on 11", raw.length + 2, 3);
      assertThat(ids).startsWith(raw).endsWith(3, 3);
      assertThat(PromptTokens.of(tokenizer, "crown on 11", 2, 3)).containsExactly(raw[0], raw[1]);
    }
  }
}
