package org.radiomesh.cli;

import ai.djl.Device;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.radiomesh.model.ImageReporter;
import org.radiomesh.model.LoadedModel;
import org.radiomesh.model.ModelDirectory;
import org.radiomesh.model.vlm.GenerationOptions;
import org.radiomesh.report.ReportJson;
import org.radiomesh.report.SourceImage;
import org.radiomesh.report.StructuredReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code radiomesh report-one IMAGE [--model DIR] [--json]}: one DICOM or PNG/JPEG image in, its structured report
 * printed as text (default) or JSON, with a findings model or a vision-language model ({@link GenerationFlags}) on the
 * CPU and no Spark. An image that cannot be decoded prints one line on stderr and exits with
 * {@link ExitCodes#BAD_INPUT}; a model that fails on it exits with {@link ExitCodes#FAILURE}. Cost: model load
 * (O(parameters)) plus one decode and one forward pass (or one generation loop).
 */
@Command(name = "report-one", mixinStandardHelpOptions = true,
    description = {"Write the structured dental report of one panoramic radiograph (DICOM, PNG or JPEG) with a "
        + "findings model or a vision-language model (kind vlm), without Spark: findings per tooth (FDI), impression, "
        + "text, and for a VLM the generated text (printed after the report, or generated_text in the JSON).",
        "The default model is the shipped one (data-samples/models/findings-v1): trained on synthetic data only; "
            + "not for clinical use."})
public final class ReportOneCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "IMAGE", description = "DICOM, PNG or JPEG file.")
  Path image;

  @Option(names = "--model", paramLabel = "DIR", description = "Model directory of kind findings or vlm (default: "
      + "the shipped findings model " + DefaultModel.RELATIVE + ").")
  Path model;

  @Mixin
  GenerationFlags generation = new GenerationFlags();

  @Option(names = "--json", description = "Print the report as JSON instead of text.")
  boolean json;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(image)) {
      throw new NoSuchFileException(image.toString(), null, "no such file");
    }
    GenerationOptions options = generation.options();
    byte[] bytes = Files.readAllBytes(image);
    ModelDirectory dir = ModelDirectory.open(model != null ? model : DefaultModel.path());
    StructuredReport report;
    try (LoadedModel loaded = LoadedModel.load(dir, Device.cpu(), Map.of());
        ImageReporter reporter = ImageReporter.open(loaded, options, generation.prompt())) {
      String name = image.getFileName().toString();
      SourceImage source = SourceImage.ofFile(bytes, name);
      float[] input = reporter.encode(bytes, image.toString());
      report = reporter.report(List.of(source), List.of(input)).get(0);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.print(ReportJson.toPrettyJson(report) + "\n");
    } else {
      out.print(report.text());
      if (report.generatedText() != null) {
        out.print("\nGENERATED TEXT:\n" + report.generatedText() + "\n");
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
