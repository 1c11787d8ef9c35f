package org.radiomesh.model.findings;

import java.util.ArrayList;
import java.util.List;
import org.radiomesh.imaging.ModelInputOptions;
import org.radiomesh.model.ImageReporter;
import org.radiomesh.model.ModelIdentity;
import org.radiomesh.model.ModelRunException;
import org.radiomesh.report.SourceImage;
import org.radiomesh.report.StructuredReport;

/**
 * Writes structured reports with the built-in findings model: a batch of encoded images ({@link FindingsInput}) and
 * their identities in, one {@link StructuredReport} per image out, in order, stamped with the model's identity.
 * Stateless apart from the shared model; cost one forward pass per batch. {@link #open()} gives the same behind the
 * {@link ImageReporter} interface that the report commands use for every kind of model.
 *
 * <pre>{@code
 * List<StructuredReport> reports = new FindingsReporter(model).report(images, inputs, predictor);
 * }</pre>
 */
public final class FindingsReporter {
  private final FindingsModel model;

  public FindingsReporter(FindingsModel model) {
    this.model = model;
  }

  /**
   * The reports of {@code images}, whose encoded inputs are {@code inputs} (same order and size).
   *
   * @param predictor the calling thread's predictor
   */
  public List<StructuredReport> report(List<SourceImage> images, List<float[]> inputs, FindingsPredictor predictor) {
    if (images.size() != inputs.size()) {
      throw new IllegalArgumentException(images.size() + " images but " + inputs.size() + " inputs");
    }
    if (images.isEmpty()) {
      return List.of();
    }
    int per = model.inputOptions().width() * model.inputOptions().height();
    float[] batch = new float[images.size() * per];
    for (int i = 0; i < inputs.size(); i++) {
      if (inputs.get(i).length != per) {
        throw new IllegalArgumentException(images.get(i).imageId() + ": " + inputs.get(i).length
            + " input values, expected " + per);
      }
      System.arraycopy(inputs.get(i), 0, batch, i * per, per);
    }
    float[][] probabilities = predictor.probabilities(batch, images.size());
    List<StructuredReport> out = new ArrayList<>(images.size());
    for (int i = 0; i < images.size(); i++) {
      SourceImage s = images.get(i);
      out.add(StructuredReport.of(s.imageId(), s.studyId(), s.modality(), s.sopClassUid(), s.sopInstanceUid(),
          model.identity(), model.findings(probabilities[i])));
    }
    return out;
  }

  /** An {@link ImageReporter} with its own predictor, for one task or thread; closing it closes the predictor. */
  public ImageReporter open() {
    FindingsPredictor predictor = model.newPredictor();
    return new ImageReporter() {
      @Override
      public ModelIdentity model() {
        return model.identity();
      }

      @Override
      public ModelInputOptions inputOptions() {
        return model.inputOptions();
      }

      @Override
      public List<StructuredReport> report(List<SourceImage> images, List<float[]> inputs) throws ModelRunException {
        try {
          return FindingsReporter.this.report(images, inputs, predictor);
        } catch (RuntimeException e) {
          throw new ModelRunException(model.identity() + " on a batch of " + images.size() + " from "
              + (images.isEmpty() ? "-" : images.get(0).imageId()) + ": " + e, e);
        }
      }

      @Override
      public void close() {
        predictor.close();
      }
    };
  }
}
