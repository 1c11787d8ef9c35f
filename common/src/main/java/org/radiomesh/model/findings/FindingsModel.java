package org.radiomesh.model.findings;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.nn.SequentialBlock;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.radiomesh.imaging.ModelInputOptions;
import org.radiomesh.model.LoadedModel;
import org.radiomesh.model.ModelDirectory;
import org.radiomesh.model.ModelFormatException;
import org.radiomesh.model.ModelManifest;
import org.radiomesh.report.ReportFinding;

/**
 * The built-in findings network ({@link FindingsNetwork}) loaded from a model directory of kind {@code findings} with
 * {@code architecture} {@value FindingsNetwork#ARCHITECTURE}: the block is rebuilt in Java and its DJL parameters read
 * from {@code files.parameters}; {@code files.thresholds} holds the decision thresholds ({@link FindingsThresholds}).
 *
 * <p>Thread-safe and shared by the tasks of a JVM; each task opens a {@link FindingsPredictor} and closes it. Loading
 * costs O(parameters).
 *
 * <pre>{@code
 * try (FindingsModel model = FindingsModel.load(ModelDirectory.open(dir), Device.cpu(), "PyTorch");
 *      FindingsPredictor p = model.newPredictor()) {
 *   List<ReportFinding> findings = model.findings(p.probabilities(input, 1)[0]);
 * }
 * }</pre>
 */
public final class FindingsModel implements LoadedModel {
  private final ModelDirectory directory;
  private final Model model;
  private final ModelInputOptions inputOptions;
  private final ToothFindingsDecoder decoder;

  private FindingsModel(ModelDirectory directory, Model model, ModelInputOptions inputOptions,
      FindingsThresholds thresholds) {
    this.directory = directory;
    this.model = model;
    this.inputOptions = inputOptions;
    this.decoder = new ToothFindingsDecoder(thresholds);
  }

  /**
   * Loads {@code dir} on {@code device} with DJL engine {@code engine}.
   *
   * @throws ModelFormatException when the architecture, the labels, the input or the parameter file do not fit
   */
  public static FindingsModel load(ModelDirectory dir, Device device, String engine) throws IOException {
    ModelManifest m = dir.manifest();
    if (!FindingsNetwork.ARCHITECTURE.equals(m.architecture())) {
      throw new ModelFormatException(dir.manifestFile(), "architecture '" + m.architecture() + "', expected "
          + FindingsNetwork.ARCHITECTURE);
    }
    if (!m.labels().equals(FindingsLabels.CONDITIONS)) {
      throw new ModelFormatException(dir.manifestFile(), "labels " + m.labels() + ", expected "
          + FindingsLabels.CONDITIONS);
    }
    ModelInputOptions input = FindingsInput.options(m.input(), dir.manifestFile());
    Path params = dir.file("parameters");
    FindingsThresholds thresholds = m.files().containsKey("thresholds")
        ? FindingsThresholds.read(dir.file("thresholds")) : FindingsThresholds.half();
    SequentialBlock block = FindingsNetwork.build(input.height(), input.width());
    Model model = Model.newInstance(m.name(), device, engine);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(params))) {
      model.setBlock(block);
      block.loadParameters(model.getNDManager(), new DataInputStream(in));
    } catch (MalformedModelException | IOException | RuntimeException e) {
      model.close();
      throw new ModelFormatException(params, "cannot load the " + FindingsNetwork.ARCHITECTURE + " parameters: "
          + e.getMessage(), e);
    }
    return new FindingsModel(dir, model, input, thresholds);
  }

  /** How images are turned into this model's input ({@link FindingsInput}). */
  public ModelInputOptions inputOptions() {
    return inputOptions;
  }

  /** A new predictor: one per task or thread, closed by its user. */
  public FindingsPredictor newPredictor() {
    return new FindingsPredictor(model, inputOptions.height(), inputOptions.width());
  }

  /** The findings of one image's sigmoid outputs, thresholded as {@link ToothFindingsDecoder} describes. */
  public List<ReportFinding> findings(float[] probabilities) {
    return decoder.decode(probabilities);
  }

  @Override
  public ModelDirectory directory() {
    return directory;
  }

  @Override
  public Device device() {
    return model.getNDManager().getDevice();
  }

  @Override
  public void close() {
    model.close();
  }

  @Override
  public String toString() {
    return identity() + " on " + device();
  }
}
