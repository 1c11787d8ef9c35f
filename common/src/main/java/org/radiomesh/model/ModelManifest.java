package org.radiomesh.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The contents of a model directory's {@code radiomesh-model.json}: what the model is, what it reads, which files
 * hold it and under what licence. See the {@link org.radiomesh.model package documentation} for the layout.
 *
 * <p>{@code files} maps a role ({@code "model"} for a one-module model; {@code "vision"}, {@code "projector"},
 * {@code "embed_tokens"}, {@code "lm"}, {@code "tokenizer"} for a vision-language model) to a path relative to the
 * directory, with {@code /} separators. Unknown JSON fields are ignored so that newer manifests load in older code.
 * Reading costs O(file size).
 *
 * @param name model name, letters, digits, {@code . _ -}
 * @param version free-form version string, non-empty
 * @param kind {@link #KIND_FINDINGS}, {@link #KIND_VLM}, {@link #KIND_TORCHSCRIPT} or
 *     {@link #KIND_MULTIVIEW_DIFFUSION}
 * @param engine DJL engine name; {@code "PyTorch"} when absent
 * @param licence licence of the weights (an SPDX id or a sentence), non-empty
 * @param input image input the model expects; null only for kind {@code torchscript}
 * @param labels output labels in output order (empty when the model has none)
 * @param promptTemplate prompt template with {@code {prompt}}, and the image token for a VLM; null when unused
 * @param files role to relative path
 * @param vlm language-model shape, required for kind {@code vlm}, null otherwise
 * @param architecture for kind {@code findings}: null for a TorchScript module ({@code files.model}), or the name of a
 *     network that radiomesh builds in Java and whose DJL parameters are {@code files.parameters} (for example
 *     {@code radiomesh-findings-cnn-v1}, see {@code org.radiomesh.model.findings})
 * @param modelCard a short model card: what the model was trained on and what it is not for; null when absent
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelManifest(String name, String version, String kind, String engine, String licence,
    InputSpec input, List<String> labels, String promptTemplate, Map<String, String> files,
    LanguageModelSpec vlm, String architecture, String modelCard) {

  /** The manifest's file name inside a model directory. */
  public static final String FILE_NAME = "radiomesh-model.json";
  /**
   * A per-image findings model, image in, per-label scores out: one TorchScript module ({@code files.model}), or a
   * network built in Java ({@code architecture}) with DJL parameters ({@code files.parameters}).
   */
  public static final String KIND_FINDINGS = "findings";
  /** A LLaVA-1.5 shaped vision-language model (see {@code org.radiomesh.model.vlm}). */
  public static final String KIND_VLM = "vlm";
  /** Any one-module TorchScript model, {@code files.model}, tensors in and out. */
  public static final String KIND_TORCHSCRIPT = "torchscript";
  /**
   * A multiview denoiser, {@code files.denoiser} (optional {@code text_encoder}, {@code image_encoder},
   * {@code tokenizer}), with a {@code "diffusion"} section (see {@code org.radiomesh.recon.diffusion}).
   */
  public static final String KIND_MULTIVIEW_DIFFUSION = "multiview-diffusion";

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+");
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false);

  /**
   * Image input: size in pixels, channel count, normalisation ({@code "unit_range"}, {@code "mean_std"} with
   * {@code mean}/{@code std} per channel or one value for all, or {@code "per_image"}; pixels are in [0, 1] before
   * it) and aspect handling ({@code "stretch"}, or {@code "pad"} to letterbox). The names follow
   * {@code org.radiomesh.imaging.ModelInputOptions}; null fields mean unit range and stretch.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record InputSpec(int width, int height, int channels, String normalization, List<Double> mean,
      List<Double> std, String aspect) {}

  /**
   * Shape of a VLM's language model: the image placeholder in the prompt template, the stop tokens, and the key/value
   * cache layout {@code [layers, 2, batch, heads, positions, headDim]} with at most {@code maxPositions} positions.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record LanguageModelSpec(String imageToken, List<String> stopTokens, int layers, int heads, int headDim,
      int hiddenSize, int maxPositions) {}

  public ModelManifest {
    engine = engine == null ? "PyTorch" : engine;
    labels = labels == null ? List.of() : List.copyOf(labels);
    files = files == null ? Map.of() : Map.copyOf(new TreeMap<>(files));
  }

  /** Reads and validates {@code file} (a {@code radiomesh-model.json}). */
  public static ModelManifest read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    ModelManifest manifest;
    try {
      manifest = JSON.readValue(bytes, ModelManifest.class);
    } catch (JsonProcessingException e) {
      throw new ModelFormatException(file, "expected a radiomesh-model.json object: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
              + e.getLocation().getColumnNr()), e);
    }
    if (manifest == null) {
      throw new ModelFormatException(file, "expected a radiomesh-model.json object, found an empty document (null)");
    }
    manifest.validate(file);
    return manifest;
  }

  /** This manifest as pretty-printed JSON, readable by {@link #read(Path)}. */
  public String toJson() {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("manifest of " + name + " is not serialisable", e);
    }
  }

  /** The relative path of {@code role}, or a {@link ModelFormatException} naming the manifest when it is absent. */
  public String file(String role, Path manifestFile) throws ModelFormatException {
    String path = files.get(role);
    if (path == null) {
      throw new ModelFormatException(manifestFile, "files." + role + " is missing (kind " + kind + " needs it)");
    }
    return path;
  }

  private void validate(Path file) throws ModelFormatException {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new ModelFormatException(file, "name '" + name + "', expected letters, digits, '.', '_' or '-'");
    }
    require(file, version, "version");
    require(file, licence, "licence");
    require(file, kind, "kind");
    for (Map.Entry<String, String> e : files.entrySet()) {
      String p = e.getValue();
      if (p == null || p.isEmpty() || p.startsWith("/") || p.contains("\\") || List.of(p.split("/")).contains("..")) {
        throw new ModelFormatException(file, "files." + e.getKey() + " = '" + p
            + "', expected a relative path inside the directory, '/' separators, no '..'");
      }
    }
    switch (kind) {
      case KIND_TORCHSCRIPT -> file("model", file);
      case KIND_FINDINGS -> {
        file(architecture == null ? "model" : "parameters", file);
        validateInput(file);
        if (architecture != null && labels.isEmpty()) {
          throw new ModelFormatException(file, "labels are missing; a findings network names its outputs");
        }
      }
      case KIND_VLM -> validateVlm(file);
      case KIND_MULTIVIEW_DIFFUSION -> {
        file("denoiser", file);
        validateInput(file);
      }
      default -> throw new ModelFormatException(file, "kind '" + kind
          + "', expected findings, vlm, torchscript or multiview-diffusion");
    }
  }

  private void validateInput(Path file) throws ModelFormatException {
    if (input == null || input.width() <= 0 || input.height() <= 0 || input.channels() <= 0) {
      throw new ModelFormatException(file, "input " + input + ", expected positive width, height and channels");
    }
  }

  private void validateVlm(Path file) throws ModelFormatException {
    validateInput(file);
    for (String role : List.of("vision", "projector", "embed_tokens", "lm", "tokenizer")) {
      file(role, file);
    }
    if (vlm == null || vlm.layers() <= 0 || vlm.heads() <= 0 || vlm.headDim() <= 0 || vlm.hiddenSize() <= 0
        || vlm.maxPositions() <= 0) {
      throw new ModelFormatException(file, "vlm " + vlm
          + ", expected positive layers, heads, headDim, hiddenSize and maxPositions");
    }
    require(file, vlm.imageToken(), "vlm.imageToken");
    if (promptTemplate == null || !promptTemplate.contains("{prompt}")
        || promptTemplate.indexOf(vlm.imageToken()) < 0
        || promptTemplate.indexOf(vlm.imageToken()) != promptTemplate.lastIndexOf(vlm.imageToken())) {
      throw new ModelFormatException(file, "promptTemplate '" + promptTemplate + "', expected '{prompt}' and "
          + "exactly one '" + vlm.imageToken() + "'");
    }
  }

  private static void require(Path file, String value, String field) throws ModelFormatException {
    if (value == null || value.isBlank()) {
      throw new ModelFormatException(file, field + " is missing or empty");
    }
  }
}
