package org.radiomesh.model.vlm;

import ai.djl.translate.TranslateException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.radiomesh.imaging.ModelInputOptions;
import org.radiomesh.model.ImageReporter;
import org.radiomesh.model.ManifestInputOptions;
import org.radiomesh.model.ModelFormatException;
import org.radiomesh.model.ModelIdentity;
import org.radiomesh.model.ModelRunException;
import org.radiomesh.report.ReportFinding;
import org.radiomesh.report.SourceImage;
import org.radiomesh.report.StructuredReport;

/**
 * Writes structured reports with a {@link VisionLanguageModel}: each image (encoded with the manifest's
 * {@code input}) and one question, rendered with the manifest's prompt template, go to {@link VlmGenerator}; the
 * findings are read from the generated text by {@link FindingExtractor} (tooth and condition code); the report's
 * impression and text are rendered from those findings like any other report, and the generated text is kept
 * verbatim in {@link StructuredReport#generatedText()}.
 *
 * <p>Conventions: a VLM gives no per-finding score, so every finding has confidence 1 ("stated by the text"); a
 * condition named without a tooth becomes a region finding on {@value #UNLOCATED_REGION}. The request id is the image
 * id, so with a sampling seed the same image gets the same text on every run. Cost per batch: the generator's
 * ({@link VlmGenerator}) plus O(text length) for the extraction. Stateless apart from the shared model.
 *
 * <pre>{@code
 * VlmReporter reporter = new VlmReporter(vlm, GenerationOptions.defaults(), VlmReporter.DEFAULT_PROMPT);
 * try (VlmGenerator generator = vlm.newGenerator()) {
 *   List<StructuredReport> reports = reporter.report(images, inputs, generator);
 * }
 * }</pre>
 */
public final class VlmReporter {
  /** The question asked when the caller gives none. */
  public static final String DEFAULT_PROMPT = "Describe the findings of this panoramic radiograph.";
  /** The region of a finding whose sentence names a condition but no tooth. */
  public static final String UNLOCATED_REGION = "unspecified tooth";

  private final VisionLanguageModel model;
  private final GenerationOptions options;
  private final String prompt;
  private final ModelInputOptions input;

  /**
   * @param options how to decode (greedy by default)
   * @param prompt the question put in the template's {@code {prompt}} slot
   * @throws ModelFormatException when the manifest's {@code input} does not describe an encoder
   * @throws IllegalArgumentException when {@code prompt} contains the image placeholder
   */
  public VlmReporter(VisionLanguageModel model, GenerationOptions options, String prompt)
      throws ModelFormatException {
    this.model = Objects.requireNonNull(model, "model");
    this.options = Objects.requireNonNull(options, "generation options");
    this.prompt = Objects.requireNonNull(prompt, "prompt");
    model.template().render(prompt);
    Path manifest = model.directory().manifestFile();
    this.input = ManifestInputOptions.of(model.manifest().input(), manifest);
  }

  /** How images are encoded for this model (the manifest's {@code input}). */
  public ModelInputOptions inputOptions() {
    return input;
  }

  /**
   * The reports of {@code images}, whose encoded inputs are {@code inputs} (same order and size).
   *
   * @param generator the calling thread's generator
   * @throws TranslateException when a module fails (see {@link VlmGenerator#generate})
   */
  public List<StructuredReport> report(List<SourceImage> images, List<float[]> inputs, VlmGenerator generator)
      throws TranslateException {
    if (images.size() != inputs.size()) {
      throw new IllegalArgumentException(images.size() + " images but " + inputs.size() + " inputs");
    }
    if (images.isEmpty()) {
      return List.of();
    }
    List<VlmRequest> requests = new ArrayList<>(images.size());
    for (int i = 0; i < images.size(); i++) {
      requests.add(new VlmRequest(images.get(i).imageId(), inputs.get(i), prompt));
    }
    List<VlmResult> results = generator.generate(requests, options);
    List<StructuredReport> out = new ArrayList<>(images.size());
    for (int i = 0; i < images.size(); i++) {
      SourceImage s = images.get(i);
      String text = results.get(i).text();
      out.add(StructuredReport.of(s.imageId(), s.studyId(), s.modality(), s.sopClassUid(), s.sopInstanceUid(),
          model.identity(), findings(text)).withGeneratedText(text));
    }
    return out;
  }

  /** The report findings of generated {@code text}: {@link FindingExtractor}'s, confidence 1, no box. */
  public static List<ReportFinding> findings(String text) {
    List<ReportFinding> out = new ArrayList<>();
    for (ExtractedFinding f : FindingExtractor.extract(text)) {
      out.add(f.hasTooth() ? ReportFinding.predicted(f.tooth().fdi(), f.condition(), 1.0)
          : new ReportFinding(null, UNLOCATED_REGION, f.condition(), null, null, 1.0, null));
    }
    return out;
  }

  /** An {@link ImageReporter} with its own generator, for one task or thread; closing it closes the generator. */
  public ImageReporter open() {
    VlmGenerator generator = model.newGenerator();
    return new ImageReporter() {
      @Override
      public ModelIdentity model() {
        return model.identity();
      }

      @Override
      public ModelInputOptions inputOptions() {
        return input;
      }

      @Override
      public List<StructuredReport> report(List<SourceImage> images, List<float[]> inputs) throws ModelRunException {
        try {
          return VlmReporter.this.report(images, inputs, generator);
        } catch (TranslateException | RuntimeException e) {
          throw new ModelRunException(model.identity() + " generating for a batch of " + images.size() + " from "
              + (images.isEmpty() ? "-" : images.get(0).imageId()) + ": " + e, e);
        }
      }

      @Override
      public void close() {
        generator.close();
      }
    };
  }
}
