package org.radiomesh.recon.diffusion;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.radiomesh.model.ModelDirectory;
import org.radiomesh.model.ModelFormatException;
import org.radiomesh.model.ModelManifest;

/**
 * The {@code "diffusion"} section of a {@code multiview-diffusion} model's {@code radiomesh-model.json} (layout in the
 * {@link org.radiomesh.recon.diffusion package documentation}), read and checked against the rest of the manifest.
 * Unknown fields are ignored. Reading costs O(manifest size).
 *
 * @param views K, the number of views the denoiser generates together
 * @param camera the {@link CameraEncoding} name
 * @param conditioning conditioning kinds besides the camera, a subset of {@code text}, {@code image} (order free; the
 *     condition tokens are always text first, then image)
 * @param condDim D, the width of a condition token
 * @param condTokens L when the model has neither text nor image conditioning (the zero condition's length); 1 if null
 * @param schedule the training noise schedule
 * @param prediction {@code epsilon} or {@code v}
 * @param text text input, required with text conditioning
 * @param image conditioning-image input, required with image conditioning
 * @param unconditional the guidance's unconditional input: {@code zeros} (default) or {@code empty-prompt}
 * @param background the generated images' background colour, RGB in [0, 1] (default white), for 3-channel masks
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DiffusionSpec(int views, String camera, List<String> conditioning, int condDim, Integer condTokens,
    Schedule schedule, String prediction, Text text, ImageInput image, String unconditional,
    List<Double> background) {

  /** The manifest kind of a multiview denoiser. */
  public static final String KIND = ModelManifest.KIND_MULTIVIEW_DIFFUSION;
  /** Unconditional input: zero condition tokens. */
  public static final String UNCONDITIONAL_ZEROS = "zeros";
  /** Unconditional input: the text encoder's output for the empty prompt (image tokens zero). */
  public static final String UNCONDITIONAL_EMPTY_PROMPT = "empty-prompt";

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Training schedule: kind {@code linear}, {@code scaled-linear} or {@code cosine} (betas unused), T steps.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Schedule(String kind, double betaStart, double betaEnd, int trainingSteps) {}

  /** Text input: ids per prompt (L_text), the hashed-word vocabulary size, the pad id (0 if null). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Text(int maxTokens, int vocabSize, Long padId) {}

  /** Conditioning image input: side in pixels of the square image the image encoder reads. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record ImageInput(int size) {}

  public DiffusionSpec {
    conditioning = conditioning == null ? List.of() : List.copyOf(conditioning);
    unconditional = unconditional == null ? UNCONDITIONAL_ZEROS : unconditional;
    background = background == null ? List.of(1.0, 1.0, 1.0) : List.copyOf(background);
  }

  /**
   * Reads and checks the section of {@code dir}'s manifest.
   *
   * @throws ModelFormatException naming the manifest and the field when the section is missing or invalid
   */
  public static DiffusionSpec read(ModelDirectory dir) throws IOException {
    Path file = dir.manifestFile();
    ModelManifest manifest = dir.manifest();
    if (!KIND.equals(manifest.kind())) {
      throw new ModelFormatException(file, "kind '" + manifest.kind() + "', expected " + KIND);
    }
    JsonNode node = JSON.readTree(file.toFile()).get("diffusion");
    if (node == null || !node.isObject()) {
      throw new ModelFormatException(file, "\"diffusion\" object missing; kind " + KIND + " needs it");
    }
    DiffusionSpec spec;
    try {
      spec = JSON.treeToValue(node, DiffusionSpec.class);
    } catch (JsonProcessingException e) {
      throw new ModelFormatException(file, "diffusion: " + e.getOriginalMessage(), e);
    }
    spec.validate(file, manifest);
    return spec;
  }

  /** The camera encoding. */
  public CameraEncoding cameraEncoding() {
    return CameraEncoding.of(camera);
  }

  public PredictionType predictionType() {
    return PredictionType.of(prediction);
  }

  public NoiseSchedule noiseSchedule() {
    return NoiseSchedule.of(NoiseSchedule.Kind.of(schedule.kind()), schedule.betaStart(), schedule.betaEnd(),
        schedule.trainingSteps());
  }

  public boolean textConditioned() {
    return conditioning.contains("text");
  }

  public boolean imageConditioned() {
    return conditioning.contains("image");
  }

  /** The pad id of text input (0 unless set). */
  public long padId() {
    return text == null || text.padId() == null ? 0 : text.padId();
  }

  private void validate(Path file, ModelManifest manifest) throws ModelFormatException {
    ModelManifest.InputSpec in = manifest.input();
    if (in == null || in.width() < 1 || in.height() < 1 || (in.channels() != 3 && in.channels() != 4)) {
      throw new ModelFormatException(file, "input " + in + ", expected width, height >= 1 and 3 (RGB) or 4 (RGBA)"
          + " channels");
    }
    manifest.file("denoiser", file);
    expect(file, views >= 1, "diffusion.views " + views + ", expected >= 1");
    expect(file, condDim >= 1, "diffusion.condDim " + condDim + ", expected >= 1");
    expect(file, condTokens == null || condTokens >= 1, "diffusion.condTokens " + condTokens + ", expected >= 1");
    for (String kind : conditioning) {
      expect(file, Set.of("text", "image").contains(kind), "diffusion.conditioning '" + kind
          + "', expected text or image (the camera is always an input)");
    }
    parse(file, "diffusion.camera", () -> CameraEncoding.of(camera));
    parse(file, "diffusion.prediction", () -> PredictionType.of(prediction));
    expect(file, schedule != null, "diffusion.schedule missing, expected {kind, betaStart, betaEnd, trainingSteps}");
    parse(file, "diffusion.schedule", this::noiseSchedule);
    if (textConditioned()) {
      manifest.file("text_encoder", file);
      expect(file, text != null && text.maxTokens() >= 1, "diffusion.text " + text + ", expected maxTokens >= 1");
      expect(file, manifest.files().containsKey("tokenizer") || text.vocabSize() >= 2, "diffusion.text.vocabSize "
          + text.vocabSize() + ", expected >= 2 for hashed words (the directory has no files.tokenizer)");
    }
    if (imageConditioned()) {
      manifest.file("image_encoder", file);
      expect(file, image != null && image.size() >= 1, "diffusion.image " + image + ", expected size >= 1");
    }
    expect(file, Set.of(UNCONDITIONAL_ZEROS, UNCONDITIONAL_EMPTY_PROMPT).contains(unconditional),
        "diffusion.unconditional '" + unconditional + "', expected zeros or empty-prompt");
    expect(file, !UNCONDITIONAL_EMPTY_PROMPT.equals(unconditional) || textConditioned(),
        "diffusion.unconditional empty-prompt needs text conditioning");
    expect(file, background.size() == 3 && background.stream().allMatch(v -> v != null && v >= 0 && v <= 1),
        "diffusion.background " + background + ", expected 3 values in [0, 1]");
  }

  private static void expect(Path file, boolean ok, String message) throws ModelFormatException {
    if (!ok) {
      throw new ModelFormatException(file, message);
    }
  }

  private static void parse(Path file, String field, Runnable check) throws ModelFormatException {
    try {
      check.run();
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException(file, field + ": " + e.getMessage(), e);
    }
  }
}
