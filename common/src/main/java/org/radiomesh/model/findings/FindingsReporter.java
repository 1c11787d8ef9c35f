package org.radiomesh.model.findings;

import java.util.ArrayList;
import java.util.List;
import org.radiomesh.report.SourceImage;
import org.radiomesh.report.StructuredReport;

/**
 * Writes structured reports with the built-in findings model: a batch of encoded images ({@link FindingsInput}) and
 * their identities in, one {@link StructuredReport} per image out, in order, stamped with the model's identity.
 * Stateless apart from the shared model; cost one forward pass per batch.
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
}
