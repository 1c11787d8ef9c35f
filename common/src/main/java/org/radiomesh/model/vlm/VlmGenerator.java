package org.radiomesh.model.vlm;

import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.TranslateException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.radiomesh.model.ModelManifest;
import org.radiomesh.model.TorchScriptModule;

/**
 * The generation loop of a {@link VisionLanguageModel}, for one task: the prompt is rendered with the template, its
 * two text parts are embedded around the projected image features, and tokens are generated one at a time, each step
 * feeding the new token against the key/value cache (or, with {@code useCache(false)}, recomputing the whole
 * sequence, the reference the cached path must match).
 *
 * <p>Batching: requests whose prompts tokenize to the same lengths run as one batch of the modules (LLaVA prompts
 * built from one template and one question always do), others in separate batches; no padding is ever needed. A batch
 * runs until its last sequence ends. Results come back in request order.
 *
 * <p>Cost per batch of B requests, prompt length T0, N new tokens, L layers, width D: cached O(B·N·L·(T0+N)·D) for
 * attention plus the per-token MLP and vocabulary projection; uncached O(B·N·L·(T0+N)²·D). Memory: the cache,
 * L·2·B·(T0+N)·D floats. Not thread-safe: one generator per task; {@link #close()} frees its predictors and arrays.
 */
public final class VlmGenerator implements AutoCloseable {
  private final VisionLanguageModel model;
  private final ModelManifest.LanguageModelSpec spec;
  private final NDManager manager;
  private final Predictor<NDList, NDList> vision;
  private final Predictor<NDList, NDList> projector;
  private final Predictor<NDList, NDList> embed;
  private final Predictor<NDList, NDList> lm;

  VlmGenerator(VisionLanguageModel model) {
    this.model = model;
    this.spec = model.spec();
    this.manager = model.lm().model().getNDManager().newSubManager();
    this.vision = model.vision().newPredictor();
    this.projector = model.projector().newPredictor();
    this.embed = model.embedTokens().newPredictor();
    this.lm = model.lm().newPredictor();
  }

  /**
   * Generates a reply for each request.
   *
   * @throws IllegalArgumentException when a request's pixels do not have the manifest's input size, its prompt does
   *     not fit the language model's positions, or a stop token of {@code options} is not one token
   * @throws TranslateException when a module fails or returns a shape other than its documented signature
   */
  public List<VlmResult> generate(List<VlmRequest> requests, GenerationOptions options) throws TranslateException {
    Set<Long> stopIds = new HashSet<>(model.stopTokenIds());
    for (String token : options.stopTokens()) {
      stopIds.add(model.tokenizer().tokenId(token));
    }
    Map<List<Integer>, List<Integer>> groups = new LinkedHashMap<>();
    List<long[][]> prompts = new ArrayList<>(requests.size());
    for (int i = 0; i < requests.size(); i++) {
      long[][] parts = tokenize(requests.get(i));
      prompts.add(parts);
      groups.computeIfAbsent(List.of(parts[0].length, parts[1].length), k -> new ArrayList<>()).add(i);
    }
    VlmResult[] results = new VlmResult[requests.size()];
    for (List<Integer> group : groups.values()) {
      try (NDManager groupManager = manager.newSubManager()) {
        List<VlmRequest> batch = new ArrayList<>(group.size());
        List<long[][]> batchPrompts = new ArrayList<>(group.size());
        for (int i : group) {
          batch.add(requests.get(i));
          batchPrompts.add(prompts.get(i));
        }
        List<VlmResult> out = decode(groupManager, batch, batchPrompts, options, stopIds);
        for (int k = 0; k < group.size(); k++) {
          results[group.get(k)] = out.get(k);
        }
      }
    }
    return List.of(results);
  }

  /** The two text parts of a request's rendered prompt as token ids: {@code [before, after]}. */
  long[][] tokenize(VlmRequest request) {
    ModelManifest.InputSpec in = model.manifest().input();
    int expected = in.channels() * in.height() * in.width();
    if (request.pixels().length != expected) {
      throw new IllegalArgumentException("request " + request.id() + ": " + request.pixels().length
          + " pixel values, expected " + in.channels() + " x " + in.height() + " x " + in.width() + " = " + expected);
    }
    PromptTemplate.Parts parts = model.template().render(request.prompt());
    return new long[][] {model.tokenizer().encode(parts.before(), true), model.tokenizer().encode(parts.after(), false)};
  }

  private List<VlmResult> decode(NDManager group, List<VlmRequest> batch, List<long[][]> prompts,
      GenerationOptions options, Set<Long> stopIds) throws TranslateException {
    int b = batch.size();
    NDArray sequence = promptEmbeddings(group, batch, prompts);
    int promptLength = (int) sequence.getShape().get(1);
    if (promptLength >= spec.maxPositions()) {
      throw new IllegalArgumentException("prompt of request " + batch.get(0).id() + " takes " + promptLength
          + " positions, the language model has " + spec.maxPositions());
    }
    String[] ids = batch.stream().map(VlmRequest::id).toArray(String[]::new);
    DecodingState state = new DecodingState(ids, promptLength, spec.maxPositions(), options, stopIds);
    NDList out = languageModel(sequence, emptyCache(group, b));
    NDArray cache = out.get(1);
    float[] logits = lastLogits(out.get(0));
    out.get(0).close();
    int vocab = logits.length / b;
    while (true) {
      long[] next = state.step(logits, vocab);
      if (state.allDone()) {
        break;
      }
      try (NDManager step = group.newSubManager()) {
        NDArray tokenEmbeddings = embed(step.create(next, new Shape(b, 1)));
        if (options.useCache()) {
          out = languageModel(tokenEmbeddings, cache);
          NDArray present = out.get(1);
          present.attach(group);
          cache.close();
          cache = present;
        } else {
          NDArray longer = NDArrays.concat(new NDList(sequence, tokenEmbeddings), 1);
          longer.attach(group);
          sequence.close();
          sequence = longer;
          out = languageModel(sequence, emptyCache(step, b));
          out.get(1).close();
        }
        logits = lastLogits(out.get(0));
        out.get(0).close();
      }
    }
    List<VlmResult> results = new ArrayList<>(b);
    for (int r = 0; r < b; r++) {
      long[] tokens = state.tokens(r);
      results.add(new VlmResult(ids[r], tokens, model.tokenizer().decode(tokens), state.reason(r), promptLength));
    }
    return results;
  }

  /** {@code [B, T0, D]}: embedded text before the image, projected image features, embedded text after it. */
  NDArray promptEmbeddings(NDManager m, List<VlmRequest> batch, List<long[][]> prompts) throws TranslateException {
    int b = batch.size();
    NDList parts = new NDList();
    for (int side = 0; side < 2; side++) {
      if (side == 1) {
        parts.add(imageEmbeddings(m, batch));
      }
      int length = prompts.get(0)[side].length;
      if (length > 0) {
        long[] ids = new long[b * length];
        for (int r = 0; r < b; r++) {
          System.arraycopy(prompts.get(r)[side], 0, ids, r * length, length);
        }
        parts.add(embed(m.create(ids, new Shape(b, length))));
      }
    }
    return parts.size() == 1 ? parts.get(0) : NDArrays.concat(parts, 1);
  }

  /** {@code [B, N, D]}: the vision encoder then the projector on the batch's pixels. */
  NDArray imageEmbeddings(NDManager m, List<VlmRequest> batch) throws TranslateException {
    ModelManifest.InputSpec in = model.manifest().input();
    int size = in.channels() * in.height() * in.width();
    float[] pixels = new float[batch.size() * size];
    for (int r = 0; r < batch.size(); r++) {
      System.arraycopy(batch.get(r).pixels(), 0, pixels, r * size, size);
    }
    NDArray input = m.create(pixels, new Shape(batch.size(), in.channels(), in.height(), in.width()));
    NDArray features = single(vision, model.vision(), input);
    expect(features, model.vision(), batch.size(), -1, -1);
    NDArray projected = single(projector, model.projector(), features);
    return expect(projected, model.projector(), batch.size(), features.getShape().get(1), spec.hiddenSize());
  }

  /** {@code [B, T, D]} embeddings of {@code ids [B, T]}. */
  NDArray embed(NDArray ids) throws TranslateException {
    NDArray out = single(embed, model.embedTokens(), ids);
    return expect(out, model.embedTokens(), ids.getShape().get(0), ids.getShape().get(1), spec.hiddenSize());
  }

  /** One language-model call: {@code (logits [B, T, V], present [L, 2, B, H, P + T, Dh])}. */
  NDList languageModel(NDArray embeddings, NDArray past) throws TranslateException {
    NDList out = lm.predict(new NDList(embeddings, past));
    if (out.size() != 2) {
      throw new TranslateException(model.lm().file() + ": returned " + out.size()
          + " values, expected (logits, present)");
    }
    long b = embeddings.getShape().get(0);
    long t = embeddings.getShape().get(1);
    expect(out.get(0), model.lm(), b, t, -1);
    expect(out.get(1), model.lm(), spec.layers(), 2, b, spec.heads(), past.getShape().get(4) + t, spec.headDim());
    return out;
  }

  /** The empty key/value cache {@code [L, 2, B, H, 0, Dh]}. */
  NDArray emptyCache(NDManager m, int batch) {
    return m.zeros(new Shape(spec.layers(), 2, batch, spec.heads(), 0, spec.headDim()));
  }

  /** The logits of the last position of {@code logits [B, T, V]}, as {@code [B][V]} row-major. */
  static float[] lastLogits(NDArray logits) {
    try (NDArray last = logits.get(new NDIndex(":, -1, :"))) {
      return last.toFloatArray();
    }
  }

  private static NDArray single(Predictor<NDList, NDList> predictor, TorchScriptModule module, NDArray input)
      throws TranslateException {
    NDList out = predictor.predict(new NDList(input));
    if (out.size() != 1) {
      throw new TranslateException(module.file() + ": returned " + out.size() + " values, expected one tensor");
    }
    return out.get(0);
  }

  private static NDArray expect(NDArray array, TorchScriptModule module, long... dims) throws TranslateException {
    Shape shape = array.getShape();
    boolean ok = shape.dimension() == dims.length;
    for (int i = 0; ok && i < dims.length; i++) {
      ok = dims[i] < 0 || shape.get(i) == dims[i];
    }
    if (!ok) {
      throw new TranslateException(module.file() + ": returned shape " + shape + ", expected "
          + java.util.Arrays.toString(dims).replace("-1", "*"));
    }
    return array;
  }

  @Override
  public void close() {
    vision.close();
    projector.close();
    embed.close();
    lm.close();
    manager.close();
  }
}
