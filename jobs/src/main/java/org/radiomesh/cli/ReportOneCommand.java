package org.radiomesh.cli;

import ai.djl.Device;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.radiomesh.model.LoadedModel;
import org.radiomesh.model.ModelDirectory;
import org.radiomesh.model.ModelFormatException;
import org.radiomesh.model.findings.FindingsInput;
import org.radiomesh.model.findings.FindingsModel;
import org.radiomesh.model.findings.FindingsPredictor;
import org.radiomesh.model.findings.FindingsReporter;
import org.radiomesh.report.ReportJson;
import org.radiomesh.report.SourceImage;
import org.radiomesh.report.StructuredReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code radiomesh report-one IMAGE [--model DIR] [--json]}: one DICOM or PNG/JPEG image in, its structured report
 * printed as text (default) or JSON, with a findings model on the CPU and no Spark. An image that cannot be decoded
 * prints one line on stderr and exits with {@link ExitCodes#BAD_INPUT}. Cost: model load (O(parameters)) plus one
 * decode and one forward pass.
 */
@Command(name = "report-one", mixinStandardHelpOptions = true,
    description = {"Write the structured dental report of one panoramic radiograph (DICOM, PNG or JPEG) with a "
        + "findings model, without Spark: findings per tooth (FDI), impression, text.",
        "The default model is the shipped one (data-samples/models/findings-v1): trained on synthetic data only; "
            + "not for clinical use."})
public final class ReportOneCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "IMAGE", description = "DICOM, PNG or JPEG file.")
  Path image;

  @Option(names = "--model", paramLabel = "DIR", description = "Findings model directory (default: the shipped "
      + DefaultModel.RELATIVE + ").")
  Path model;

  @Option(names = "--json", description = "Print the report as JSON instead of text.")
  boolean json;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(image)) {
      throw new NoSuchFileException(image.toString(), null, "no such file");
    }
    byte[] bytes = Files.readAllBytes(image);
    ModelDirectory dir = ModelDirectory.open(model != null ? model : DefaultModel.path());
    StructuredReport report;
    try (LoadedModel loaded = LoadedModel.load(dir, Device.cpu(), Map.of())) {
      if (!(loaded instanceof FindingsModel findings)) {
        throw new ModelFormatException(dir.manifestFile(), "kind '" + dir.manifest().kind()
            + "' loads as " + loaded.getClass().getSimpleName() + "; report-one runs findings models");
      }
      String name = image.getFileName().toString();
      SourceImage source = SourceImage.ofFile(bytes, name);
      float[] input = FindingsInput.encode(bytes, image.toString(), findings.inputOptions());
      try (FindingsPredictor predictor = findings.newPredictor()) {
        report = new FindingsReporter(findings).report(List.of(source), List.of(input), predictor).get(0);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? ReportJson.toPrettyJson(report) + "\n" : report.text());
    out.flush();
    return ExitCodes.OK;
  }
}
