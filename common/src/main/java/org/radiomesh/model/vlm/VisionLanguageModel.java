package org.radiomesh.model.vlm;

import ai.djl.Device;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.radiomesh.model.LoadedModel;
import org.radiomesh.model.ModelDirectory;
import org.radiomesh.model.ModelFormatException;
import org.radiomesh.model.ModelManifest;
import org.radiomesh.model.TorchScriptModule;

/**
 * A LLaVA-1.5 shaped vision-language model loaded from a model directory of kind {@code vlm}: four TorchScript
 * modules (vision encoder, projector, token embedding, causal language model with key/value cache) and a HuggingFace
 * {@code tokenizer.json}. The module signatures are in the {@link org.radiomesh.model.vlm package documentation}.
 *
 * <p>Thread-safe and meant to be shared by all tasks of a JVM; each task opens its own {@link #newGenerator()} (which
 * holds the per-task predictors) and closes it. Loading costs O(weights).
 *
 * <pre>{@code
 * try (VisionLanguageModel vlm = VisionLanguageModel.load(ModelDirectory.open(dir), Device.cpu(), Map.of());
 *     VlmGenerator generator = vlm.newGenerator()) {
 *   VlmResult r = generator.generate(List.of(new VlmRequest("img-1", pixels, "Describe the findings.")),
 *       GenerationOptions.defaults()).get(0);
 * }
 * }</pre>
 */
public final class VisionLanguageModel implements LoadedModel {
  private final ModelDirectory directory;
  private final TorchScriptModule vision;
  private final TorchScriptModule projector;
  private final TorchScriptModule embedTokens;
  private final TorchScriptModule lm;
  private final VlmTokenizer tokenizer;
  private final PromptTemplate template;
  private final Set<Long> stopTokenIds;

  private VisionLanguageModel(ModelDirectory directory, List<TorchScriptModule> modules, VlmTokenizer tokenizer,
      Set<Long> stopTokenIds) {
    this.directory = directory;
    this.vision = modules.get(0);
    this.projector = modules.get(1);
    this.embedTokens = modules.get(2);
    this.lm = modules.get(3);
    this.tokenizer = tokenizer;
    ModelManifest m = directory.manifest();
    this.template = new PromptTemplate(m.promptTemplate(), m.vlm().imageToken());
    this.stopTokenIds = Set.copyOf(stopTokenIds);
  }

  /**
   * Loads the modules of {@code dir} on {@code device} and its tokenizer.
   *
   * @param djlOptions extra DJL {@code Criteria} options for every module
   * @throws ModelFormatException when the kind is not {@code vlm}, a file is missing, the engine rejects a module,
   *     or a stop token is not exactly one token of the tokenizer
   */
  public static VisionLanguageModel load(ModelDirectory dir, Device device, Map<String, String> djlOptions)
      throws IOException {
    ModelManifest m = dir.manifest();
    if (!ModelManifest.KIND_VLM.equals(m.kind())) {
      throw new ModelFormatException(dir.manifestFile(), "kind '" + m.kind() + "', expected vlm");
    }
    List<AutoCloseable> opened = new ArrayList<>();
    try {
      List<TorchScriptModule> modules = new ArrayList<>();
      for (String role : List.of("vision", "projector", "embed_tokens", "lm")) {
        TorchScriptModule module = TorchScriptModule.load(dir.file(role), device, m.engine(), djlOptions);
        opened.add(module);
        modules.add(module);
      }
      VlmTokenizer tokenizer = VlmTokenizer.load(dir.file("tokenizer"));
      opened.add(tokenizer);
      Set<Long> stops = new LinkedHashSet<>();
      for (String token : m.vlm().stopTokens() == null ? List.<String>of() : m.vlm().stopTokens()) {
        try {
          stops.add(tokenizer.tokenId(token));
        } catch (IllegalArgumentException e) {
          throw new ModelFormatException(dir.manifestFile(), "vlm.stopTokens: " + e.getMessage(), e);
        }
      }
      return new VisionLanguageModel(dir, modules, tokenizer, stops);
    } catch (IOException | RuntimeException e) {
      for (AutoCloseable c : opened) {
        try {
          c.close();
        } catch (Exception suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw e;
    }
  }

  /** A generator for one task or thread, with its own predictors; close it when the task ends. */
  public VlmGenerator newGenerator() {
    return new VlmGenerator(this);
  }

  public VlmTokenizer tokenizer() {
    return tokenizer;
  }

  public PromptTemplate template() {
    return template;
  }

  /** The language model's shape from the manifest. */
  public ModelManifest.LanguageModelSpec spec() {
    return directory.manifest().vlm();
  }

  /** Ids of the manifest's stop tokens. */
  public Set<Long> stopTokenIds() {
    return stopTokenIds;
  }

  TorchScriptModule vision() {
    return vision;
  }

  TorchScriptModule projector() {
    return projector;
  }

  TorchScriptModule embedTokens() {
    return embedTokens;
  }

  TorchScriptModule lm() {
    return lm;
  }

  @Override
  public ModelDirectory directory() {
    return directory;
  }

  @Override
  public Device device() {
    return lm.device();
  }

  @Override
  public void close() {
    vision.close();
    projector.close();
    embedTokens.close();
    lm.close();
    tokenizer.close();
  }

  @Override
  public String toString() {
    return identity() + " (vlm) on " + device();
  }
}
