package org.radiomesh.model.vlm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.radiomesh.model.ModelFixtures;

/**
 * The generation loop on the fixture VLM: against the plain no-cache greedy loop run in PyTorch by the fixture script,
 * cached against uncached, batched against single, seeds, stop tokens, limits and module shapes.
 */
class VlmGeneratorTest {
  private static final int LAYERS = 2;
  private static final int HEADS = 2;
  private static final int HEAD_DIM = 16;
  private static final int HIDDEN = 32;
  private static final int IMAGE_TOKENS = 16;
  private static JsonNode expected;
  private static VisionLanguageModel vlm;
  private static VlmGenerator generator;

  @BeforeAll
  static void load() throws Exception {
    expected = new ObjectMapper().readTree(Files.readAllBytes(ModelFixtures.resource("vlm-tiny-expected.json")));
    vlm = ModelFixtures.vlm();
    generator = vlm.newGenerator();
  }

  @AfterAll
  static void close() {
    generator.close();
  }

  private static String prompt() {
    return expected.get("prompt").asText();
  }

  private static VlmRequest request(int image) {
    return new VlmRequest("image-" + image, ModelFixtures.image(image), prompt());
  }

  private static long[] longs(JsonNode array) {
    long[] out = new long[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asLong();
    }
    return out;
  }

  private static VlmResult one(VlmRequest request, GenerationOptions options) throws Exception {
    return generator.generate(List.of(request), options).get(0);
  }

  @Test
  void greedyDecodingMatchesThePyTorchReferenceLoop() throws Exception {
    for (JsonNode c : expected.get("cases")) {
      // the long run to the context limit is checked with the cache only: uncached, it is quadratic
      boolean[] modes = c.get("maxNewTokens").asInt() > 20 ? new boolean[] {true} : new boolean[] {true, false};
      for (boolean cache : modes) {
        GenerationOptions options = GenerationOptions.builder().maxNewTokens(c.get("maxNewTokens").asInt())
            .useCache(cache).build();
        VlmResult r = one(request(c.get("image").asInt()), options);
        assertThat(r.tokens()).as("image %s, cache %s", c.get("image"), cache).containsExactly(longs(c.get("tokens")));
        assertThat(r.stopReason().name()).isEqualTo(c.get("stopReason").asText());
        assertThat(r.promptLength()).isEqualTo(c.get("promptLength").asInt());
        assertThat(r.text()).isEqualTo(vlm.tokenizer().decode(r.tokens()));
      }
    }
  }

  @Test
  void firstStepLogitsMatchThePyTorchReference() throws Exception {
    JsonNode c = expected.get("cases").get(1);
    VlmRequest request = request(c.get("image").asInt());
    try (NDManager m = NDManager.newBaseManager(vlm.device(), "PyTorch")) {
      NDArray embeddings = generator.promptEmbeddings(m, List.of(request), List.<long[][]>of(generator.tokenize(request)));
      NDList out = generator.languageModel(embeddings, generator.emptyCache(m, 1));
      float[] logits = VlmGenerator.lastLogits(out.get(0));
      assertThat(logits).hasSize(c.get("firstLogits").size());
      for (int i = 0; i < logits.length; i++) {
        assertThat((double) logits[i]).isCloseTo(c.get("firstLogits").get(i).asDouble(), within(1e-4));
      }
    }
  }

  @Test
  void modulesReturnTheDocumentedShapes() throws Exception {
    try (NDManager m = NDManager.newBaseManager(vlm.device(), "PyTorch")) {
      for (int b : new int[] {1, 3}) {
        List<VlmRequest> batch = new ArrayList<>();
        List<long[][]> prompts = new ArrayList<>();
        for (int i = 0; i < b; i++) {
          batch.add(request(i));
          prompts.add(generator.tokenize(batch.get(i)));
        }
        int text = prompts.get(0)[0].length + prompts.get(0)[1].length;
        assertThat(generator.imageEmbeddings(m, batch).getShape()).isEqualTo(new Shape(b, IMAGE_TOKENS, HIDDEN));
        NDArray embeddings = generator.promptEmbeddings(m, batch, prompts);
        assertThat(embeddings.getShape()).isEqualTo(new Shape(b, text + IMAGE_TOKENS, HIDDEN));
        NDList out = generator.languageModel(embeddings, generator.emptyCache(m, b));
        long vocab = out.get(0).getShape().get(2);
        assertThat(out.get(0).getShape()).isEqualTo(new Shape(b, text + IMAGE_TOKENS, vocab));
        assertThat(out.get(1).getShape()).isEqualTo(new Shape(LAYERS, 2, b, HEADS, text + IMAGE_TOKENS, HEAD_DIM));
        NDArray next = generator.embed(m.create(new long[b], new Shape(b, 1)));
        NDList step = generator.languageModel(next, out.get(1));
        assertThat(step.get(0).getShape()).isEqualTo(new Shape(b, 1, vocab));
        assertThat(step.get(1).getShape()).isEqualTo(new Shape(LAYERS, 2, b, HEADS, text + IMAGE_TOKENS + 1, HEAD_DIM));
      }
    }
  }

  @Test
  void cachedAndUncachedSamplingGiveTheSameTokens() throws Exception {
    GenerationOptions cached = GenerationOptions.builder().temperature(1.0).topP(0.9).seed(11).maxNewTokens(16)
        .stopTokens(List.of()).build();
    GenerationOptions uncached = cached.toBuilder().useCache(false).build();
    for (int image = 0; image < 2; image++) {
      assertThat(one(request(image), cached).tokens()).containsExactly(one(request(image), uncached).tokens());
    }
  }

  @Test
  void aBatchGivesWhatEachRequestGivesAlone() throws Exception {
    GenerationOptions options = GenerationOptions.builder().temperature(0.8).topP(0.95).seed(3).maxNewTokens(10)
        .build();
    List<VlmRequest> batch = List.of(request(0), request(1), request(2),
        new VlmRequest("short", ModelFixtures.image(4), "Describe the teeth."));
    List<VlmResult> together = generator.generate(batch, options);
    assertThat(together).extracting(VlmResult::id).containsExactly("image-0", "image-1", "image-2", "short");
    for (int i = 0; i < batch.size(); i++) {
      assertThat(together.get(i).tokens()).as(batch.get(i).id()).containsExactly(one(batch.get(i), options).tokens());
    }
    assertThat(together.get(3).promptLength()).isLessThan(together.get(0).promptLength());
  }

  @Test
  void samplingIsDeterministicUnderASeedAndMovesWithIt() throws Exception {
    GenerationOptions a = GenerationOptions.builder().temperature(1.5).topP(1.0).seed(5).maxNewTokens(12).build();
    List<long[]> bySeed = new ArrayList<>();
    for (long seed = 5; seed < 9; seed++) {
      bySeed.add(one(request(0), a.toBuilder().seed(seed).build()).tokens());
    }
    assertThat(one(request(0), a).tokens()).containsExactly(bySeed.get(0));
    assertThat(bySeed.stream().map(java.util.Arrays::toString).distinct().count()).isGreaterThan(1);
  }

  @Test
  void aStopTokenEndsTheSequenceAndIsLeftOut() throws Exception {
    long[] reference = longs(expected.get("cases").get(0).get("tokens"));
    long stop = reference[4];
    int first = 0;
    while (reference[first] != stop) {
      first++;
    }
    String word = vlm.tokenizer().decodeWithSpecialTokens(new long[] {stop});
    VlmResult r = one(request(0), GenerationOptions.builder().maxNewTokens(12).stopTokens(List.of(word)).build());
    assertThat(r.stopReason()).isEqualTo(VlmResult.StopReason.STOP_TOKEN);
    assertThat(r.tokens()).containsExactly(java.util.Arrays.copyOf(reference, first));
  }

  @Test
  void maxNewTokensCutsTheGreedySequence() throws Exception {
    long[] reference = longs(expected.get("cases").get(0).get("tokens"));
    for (int n : new int[] {1, 5}) {
      VlmResult r = one(request(0), GenerationOptions.builder().maxNewTokens(n).build());
      assertThat(r.stopReason()).isEqualTo(VlmResult.StopReason.MAX_NEW_TOKENS);
      assertThat(r.tokens()).containsExactly(java.util.Arrays.copyOf(reference, n));
    }
  }

  @Test
  void badRequestsAreRefusedWithTheirId() {
    GenerationOptions options = GenerationOptions.defaults();
    assertThatThrownBy(() -> one(new VlmRequest("tiny", new float[10], prompt()), options))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tiny").hasMessageContaining("1024");
    assertThatThrownBy(() -> one(new VlmRequest("twice", ModelFixtures.image(0), "an <image> here"), options))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("<image>");
    GenerationOptions twoTokens = GenerationOptions.builder().stopTokens(List.of("upper left")).build();
    assertThatThrownBy(() -> one(request(0), twoTokens))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("upper left");
  }
}
