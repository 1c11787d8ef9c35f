package org.radiomesh.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.radiomesh.jobs.SparkRuntime;
import org.radiomesh.jobs.report.ReportJob;
import org.radiomesh.jobs.report.ReportOptions;
import org.radiomesh.model.ModelReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code radiomesh report}: structured reports for every image of a catalog, on Spark executors, with a findings model
 * or a vision-language model ({@link GenerationFlags} for the latter).
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Write a structured dental report (findings per tooth, impression, text) for every radiograph of "
        + "an ingest catalog, or of a folder of DICOM/PNG/JPEG files, with a model loaded once per executor (GPU when "
        + "the task has one): a findings model, or a vision-language model (kind vlm) whose generated text is read "
        + "into findings and kept in the generated_text column.",
        "Writes OUT/reports (Parquet), OUT/errors (reason codes), OUT/summary.json, and on request OUT/reports.jsonl "
        + "and OUT/sr/STUDY.dcm (DICOM Basic Text SR per study). A rerun skips images already reported by the same "
        + "model."})
public final class ReportCommand implements Callable<Integer> {

  @Option(names = "--catalog", paramLabel = "DIR", description = "Ingest catalog (Parquet: image_id, path, "
      + "modality, study_instance_uid, ...).")
  String catalog;

  @Option(names = "--images", paramLabel = "DIR", description = "Instead of --catalog: a folder of DICOM, PNG or "
      + "JPEG files, listed recursively.")
  String images;

  @Option(names = "--pattern", paramLabel = "GLOB", description = "With --images: only files whose name matches "
      + "this glob, for example '*.dcm' or 'panoramic.png'.")
  String pattern;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (file:, hdfs:, ...).")
  String out;

  @Option(names = "--model", paramLabel = "DIR", description = "Model directory of kind findings or vlm, local or on "
      + "any Hadoop file system (default: the shipped findings model " + DefaultModel.RELATIVE + ").")
  String model;

  @Option(names = "--device", defaultValue = "auto", description = "auto (the task's GPU when Spark assigned one) "
      + "or cpu (default: ${DEFAULT-VALUE}).")
  String device;

  @Option(names = "--batch-size", defaultValue = "16", paramLabel = "N",
      description = "Images per forward pass (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(names = "--partitions", defaultValue = "0", paramLabel = "P",
      description = "Input partitions (0: Spark's default parallelism).")
  int partitions;

  @Option(names = "--max-file-mb", defaultValue = "512", paramLabel = "MB",
      description = "Files larger than this are not read (TOO_LARGE; default: ${DEFAULT-VALUE}).")
  long maxFileMb;

  @Option(names = "--modalities", split = ",", paramLabel = "LIST", defaultValue = "PX,DX,CR,XR-IMAGE",
      description = "Modalities the model reads; others are UNSUPPORTED_MODALITY (default: ${DEFAULT-VALUE}).")
  List<String> modalities;

  @Option(names = "--jsonl", description = "Also write OUT/reports.jsonl (one JSON report per line).")
  boolean jsonLines;

  @Option(names = "--sr", description = "Also write one DICOM Basic Text SR per study under OUT/sr.")
  boolean sr;

  @Mixin
  GenerationFlags generation = new GenerationFlags();

  @Mixin
  SparkOptions spark = new SparkOptions();

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    String dir = model != null ? model : DefaultModel.path().toAbsolutePath().toString();
    ModelReference ref = ModelReference.builder().setUri(dir).optOption("device", device).build();
    ReportOptions options = new ReportOptions(catalog, images, pattern, out, ref, batchSize, partitions,
        maxFileMb * 1024 * 1024, new LinkedHashSet<>(modalities), jsonLines, sr, generation.options(),
        generation.prompt());
    SparkSession session = SparkRuntime.session("report", spark);
    SparkRuntime.attachProgress(session);
    ReportJob.Result r = ReportJob.run(session, options);
    var w = spec.commandLine().getOut();
    w.printf("report: %d images, %d reported, %d already reported by %s, %d errors%s%s -> %s%n", r.inputs(),
        r.reported(), r.skipped(), r.model(), r.errors(), r.errorsByReason().isEmpty() ? "" : " " + r.errorsByReason(),
        sr ? ", " + r.studiesWritten() + " SR" : "", out);
    w.flush();
    return ExitCodes.OK;
  }
}
