package org.radiomesh.recon.diffusion;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.radiomesh.model.LoadedModel;
import org.radiomesh.model.ModelDirectory;
import org.radiomesh.model.ModelFormatException;
import org.radiomesh.model.ModelManifest;
import org.radiomesh.model.TorchScriptModule;
import org.radiomesh.model.vlm.VlmTokenizer;

/**
 * A user-supplied multiview denoiser loaded from a {@code multiview-diffusion} model directory (layout and module
 * signatures in the {@link org.radiomesh.recon.diffusion package documentation}): the denoiser, the optional text
 * and image encoders and HuggingFace tokenizer, the {@link DiffusionSpec} and its {@link NoiseSchedule}.
 *
 * <p>Loading checks every module's signature with one probe call on zero inputs (the denoiser with one object of K
 * views), so a module with the wrong inputs or output shape fails here, with a {@link ModelFormatException} naming
 * the file and the expected signature, and not in the middle of a job; the probes also fix the number of text and
 * image tokens. Thread-safe and meant to be shared (one per JVM and device, as {@link LoadedModel#load} gives);
 * per-thread work goes through a {@link #newSession()}. Cost: O(weights) to load, plus one forward pass per module.
 */
public final class MultiviewDiffusionModel implements LoadedModel {
  private final ModelDirectory directory;
  private final DiffusionSpec spec;
  private final NoiseSchedule schedule;
  private final TorchScriptModule denoiser;
  private final TorchScriptModule textEncoder;
  private final TorchScriptModule imageEncoder;
  private final VlmTokenizer tokenizer;
  private final int textTokens;
  private final int imageTokens;

  private MultiviewDiffusionModel(ModelDirectory directory, DiffusionSpec spec, TorchScriptModule denoiser,
      TorchScriptModule textEncoder, TorchScriptModule imageEncoder, VlmTokenizer tokenizer, int textTokens,
      int imageTokens) {
    this.directory = directory;
    this.spec = spec;
    this.schedule = spec.noiseSchedule();
    this.denoiser = denoiser;
    this.textEncoder = textEncoder;
    this.imageEncoder = imageEncoder;
    this.tokenizer = tokenizer;
    this.textTokens = textTokens;
    this.imageTokens = imageTokens;
  }

  /** Opens and loads the directory {@code dir} on the CPU. */
  public static MultiviewDiffusionModel load(Path dir) throws IOException {
    return load(ModelDirectory.open(dir), Device.cpu(), Map.of());
  }

  /**
   * Loads {@code dir} on {@code device} and probes its modules.
   *
   * @param djlOptions extra DJL {@code Criteria} options for every module; may be empty
   * @throws ModelFormatException naming the file: a bad manifest, a missing file, a module that libtorch rejects or
   *     whose signature differs from the documented one
   */
  public static MultiviewDiffusionModel load(ModelDirectory dir, Device device, Map<String, String> djlOptions)
      throws IOException {
    DiffusionSpec spec = DiffusionSpec.read(dir);
    String engine = dir.manifest().engine();
    Map<String, String> files = dir.manifest().files();
    TorchScriptModule denoiser = null;
    TorchScriptModule text = null;
    TorchScriptModule image = null;
    VlmTokenizer tokenizer = null;
    try {
      denoiser = TorchScriptModule.load(dir.file("denoiser"), device, engine, djlOptions);
      text = spec.textConditioned() ? TorchScriptModule.load(dir.file("text_encoder"), device, engine, djlOptions)
          : null;
      image = spec.imageConditioned()
          ? TorchScriptModule.load(dir.file("image_encoder"), device, engine, djlOptions) : null;
      tokenizer = spec.textConditioned() && files.containsKey("tokenizer") ? VlmTokenizer.load(dir.file("tokenizer"))
          : null;
      // the encoders' probes fix the token counts (0: any), then the denoiser is probed with the full condition
      MultiviewDiffusionModel probing = new MultiviewDiffusionModel(dir, spec, denoiser, text, image, tokenizer, 0, 0);
      int textTokens;
      int imageTokens;
      try (DiffusionSession session = probing.newSession()) {
        textTokens = text == null ? 0 : session.probeText();
        imageTokens = image == null ? 0 : session.probeImage();
      }
      MultiviewDiffusionModel model = new MultiviewDiffusionModel(dir, spec, denoiser, text, image, tokenizer,
          textTokens, imageTokens);
      try (DiffusionSession session = model.newSession()) {
        session.probeDenoiser();
      }
      return model;
    } catch (IOException | RuntimeException e) {
      for (AutoCloseable c : new AutoCloseable[] {denoiser, text, image, tokenizer}) {
        closeQuietlyInto(c, e);
      }
      throw e;
    }
  }

  /** A per-thread session (predictors over the shared modules); close it when done. Cheap: no weights are copied. */
  public DiffusionSession newSession() {
    return new DiffusionSession(this);
  }

  public DiffusionSpec spec() {
    return spec;
  }

  public NoiseSchedule schedule() {
    return schedule;
  }

  /** C, H, W of a generated view (the manifest's input). */
  public int channels() {
    return directory.manifest().input().channels();
  }

  public int height() {
    return directory.manifest().input().height();
  }

  public int width() {
    return directory.manifest().input().width();
  }

  /** K, views generated together. */
  public int views() {
    return spec.views();
  }

  /** Text tokens per object (0 without text conditioning), as the text encoder returns them. */
  public int textTokens() {
    return textTokens;
  }

  /** Image tokens per object (0 without image conditioning), as the image encoder returns them. */
  public int imageTokens() {
    return imageTokens;
  }

  /** L, condition tokens per object: text plus image tokens, or the manifest's condTokens (1) with neither. */
  public int condTokens() {
    int l = textTokens + imageTokens;
    return l > 0 ? l : spec.condTokens() == null ? 1 : spec.condTokens();
  }

  /** D, values per condition token. */
  public int condDim() {
    return spec.condDim();
  }

  /** The token ids of {@code prompt} (null: the empty prompt) for the text encoder, exactly maxTokens of them. */
  public long[] tokenIds(String prompt) {
    String p = prompt == null ? "" : prompt;
    DiffusionSpec.Text t = spec.text();
    return tokenizer != null ? PromptTokens.of(tokenizer, p, t.maxTokens(), spec.padId())
        : PromptTokens.hashedWords(p, t.maxTokens(), t.vocabSize());
  }

  TorchScriptModule denoiserModule() {
    return denoiser;
  }

  TorchScriptModule textEncoderModule() {
    return textEncoder;
  }

  TorchScriptModule imageEncoderModule() {
    return imageEncoder;
  }

  @Override
  public ModelDirectory directory() {
    return directory;
  }

  @Override
  public Device device() {
    return denoiser.device();
  }

  @Override
  public void close() {
    denoiser.close();
    if (textEncoder != null) {
      textEncoder.close();
    }
    if (imageEncoder != null) {
      imageEncoder.close();
    }
    if (tokenizer != null) {
      tokenizer.close();
    }
  }

  @Override
  public String toString() {
    return identity() + " (" + ModelManifest.KIND_MULTIVIEW_DIFFUSION + ", " + views() + " views of " + channels()
        + "x" + height() + "x" + width() + ") on " + device();
  }

  private static void closeQuietlyInto(AutoCloseable c, Exception primary) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (Exception suppressed) {
      primary.addSuppressed(suppressed);
    }
  }
}
