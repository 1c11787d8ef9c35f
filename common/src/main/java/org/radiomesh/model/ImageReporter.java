package org.radiomesh.model;

import java.util.List;
import org.radiomesh.imaging.ImageDecoder;
import org.radiomesh.imaging.ModelInputEncoder;
import org.radiomesh.imaging.ModelInputOptions;
import org.radiomesh.imaging.PixelDecodeException;
import org.radiomesh.model.findings.FindingsModel;
import org.radiomesh.model.findings.FindingsReporter;
import org.radiomesh.model.vlm.GenerationOptions;
import org.radiomesh.model.vlm.VisionLanguageModel;
import org.radiomesh.model.vlm.VlmReporter;
import org.radiomesh.report.SourceImage;
import org.radiomesh.report.StructuredReport;

/**
 * A report-writing model opened for one task or thread: images encoded as the model's manifest says in, one
 * {@link StructuredReport} per image out, stamped with the model's identity. Two kinds write reports: the built-in
 * findings network ({@link FindingsReporter}: per-label scores thresholded into findings) and a vision-language model
 * ({@link VlmReporter}: generated text, findings read from it, the text kept in
 * {@link StructuredReport#generatedText()}). Not thread-safe; {@link #close()} frees the task's predictors, not the
 * shared model. Cost: the model's, per batch.
 *
 * <pre>{@code
 * try (ImageReporter reporter = ImageReporter.open(model, GenerationOptions.defaults(), VlmReporter.DEFAULT_PROMPT)) {
 *   List<StructuredReport> reports = reporter.report(images, List.of(reporter.encode(bytes, name)));
 * }
 * }</pre>
 */
public interface ImageReporter extends AutoCloseable {

  /** The identity written into every report. */
  ModelIdentity model();

  /** How images are turned into this model's input. */
  ModelInputOptions inputOptions();

  /** Decodes {@code bytes} (named {@code source} in errors) and encodes frame 0 as {@link #inputOptions()} say. */
  default float[] encode(byte[] bytes, String source) throws PixelDecodeException {
    return ModelInputEncoder.encode(ImageDecoder.decode(bytes, source), 0, inputOptions());
  }

  /**
   * The reports of {@code images}, whose encoded inputs are {@code inputs} (same order and size), in order.
   *
   * @throws ModelRunException when the model fails on the batch (no report of the batch is returned)
   */
  List<StructuredReport> report(List<SourceImage> images, List<float[]> inputs) throws ModelRunException;

  @Override
  void close();

  /**
   * Opens a reporter over a loaded, shared model: a {@link FindingsModel} or a {@link VisionLanguageModel}.
   *
   * @param generation how a VLM decodes (unused by a findings model)
   * @param prompt the question put in a VLM's prompt template (unused by a findings model)
   * @throws ModelFormatException when the model writes no reports (a plain TorchScript module, a diffusion model)
   */
  static ImageReporter open(LoadedModel model, GenerationOptions generation, String prompt)
      throws ModelFormatException {
    if (model instanceof FindingsModel findings) {
      return new FindingsReporter(findings).open();
    }
    if (model instanceof VisionLanguageModel vlm) {
      return new VlmReporter(vlm, generation, prompt).open();
    }
    throw new ModelFormatException(model.directory().manifestFile(), "kind '" + model.manifest().kind()
        + "' loads as " + model.getClass().getSimpleName() + "; reports are written by findings models (with an "
        + "architecture) and vlm models");
  }
}
