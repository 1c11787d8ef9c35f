package org.radiomesh.model.vlm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radiomesh.model.ModelFixtures;
import org.radiomesh.model.ModelFormatException;

/** The HuggingFace tokenizer (DJL JNI, loaded offline) on the fixture's WordLevel vocabulary, and the template. */
class VlmTokenizerTest {
  @TempDir
  Path tmp;

  @Test
  void encodesWithTheVocabularyOfTokenizerJsonAndDecodes() throws Exception {
    Path file = ModelFixtures.vlmDir().resolve("tokenizer.json");
    JsonNode vocab = new ObjectMapper().readTree(file.toFile()).get("model").get("vocab");
    try (VlmTokenizer tokenizer = VlmTokenizer.load(file)) {
      PromptTemplate.Parts parts = new PromptTemplate(PromptTemplate.LLAVA_15, "<image>").render("Tooth 36: caries.");
      assertThat(tokenizer.encode(parts.before(), true)).containsExactly(vocab.get("<s>").asLong(),
          vocab.get("user").asLong(), vocab.get(":").asLong());
      long[] after = tokenizer.encode(parts.after(), false);
      assertThat(after).containsExactly(vocab.get("tooth").asLong(), vocab.get("36").asLong(),
          vocab.get(":").asLong(), vocab.get("caries").asLong(), vocab.get(".").asLong(),
          vocab.get("assistant").asLong(), vocab.get(":").asLong());
      assertThat(tokenizer.decode(after)).isEqualTo("tooth 36 : caries . assistant :");
      assertThat(tokenizer.tokenId("</s>")).isEqualTo(vocab.get("</s>").asLong());
      assertThat(tokenizer.decode(new long[] {vocab.get("</s>").asLong(), vocab.get("crown").asLong()}))
          .isEqualTo("crown");
      assertThat(tokenizer.encode("zebra", false)).containsExactly(vocab.get("<unk>").asLong());
      assertThatThrownBy(() -> tokenizer.tokenId("root canal")).hasMessageContaining("2 ids");
    }
  }

  @Test
  void aBrokenTokenizerFileIsReportedWithItsPath() throws Exception {
    Path bad = tmp.resolve("tokenizer.json");
    Files.writeString(bad, "{\"model\": 3}");
    assertThatThrownBy(() -> VlmTokenizer.load(bad)).isInstanceOf(ModelFormatException.class)
        .hasMessageContaining(bad.toString());
    assertThatThrownBy(() -> VlmTokenizer.load(tmp.resolve("absent.json"))).isInstanceOf(ModelFormatException.class);
  }

  @Test
  void theTemplateSplitsAtTheImageToken() {
    PromptTemplate llava = new PromptTemplate(PromptTemplate.LLAVA_15, "<image>");
    assertThat(llava.render("Describe.")).isEqualTo(new PromptTemplate.Parts("USER: ", "\nDescribe. ASSISTANT:"));
    assertThat(new PromptTemplate("{prompt} <img> then {prompt}", "<img>").render("q"))
        .isEqualTo(new PromptTemplate.Parts("q ", " then q"));
    assertThatThrownBy(() -> new PromptTemplate("USER: {prompt}", "<image>"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PromptTemplate("<image><image>{prompt}", "<image>"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
