package org.radiomesh.jobs.pipeline;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.radiomesh.jobs.HadoopFiles;
import org.radiomesh.jobs.report.ReportJob;
import org.radiomesh.jobs.report.ReportOptions;
import org.radiomesh.model.ModelReference;

/**
 * The {@code report} stage: {@link ReportJob} on the ingest catalog ({@code OUT/ingest/catalog}) into
 * {@code OUT/report/} ({@code reports/}, {@code errors/}, {@code summary.json}, and by default {@code reports.jsonl/}
 * and {@code sr/STUDY.dcm}). Counts: inputs = catalog rows, skipped = images already reported by the same model,
 * outputs = reports written now, errors = rows in {@code errors/} (by reason). The model folder is part of the input
 * fingerprint, so a new model reruns the stage. Cost: that of {@link ReportJob}.
 */
public final class ReportStage implements PipelineStage {
  public static final String NAME = "report";
  static final List<ConfigKey> KEYS = List.of(
      new ConfigKey("report.model", ConfigKey.Type.TEXT, "", "findings model folder, local or on any Hadoop file "
          + "system; the CLI's default is the shipped data-samples/models/findings-v1 (flag --model)"),
      new ConfigKey("report.device", ConfigKey.Type.TEXT, "auto", "auto (the task's GPU when Spark assigned one) "
          + "or cpu"),
      new ConfigKey("report.batch-size", ConfigKey.Type.INTEGER, "16", "images per forward pass"),
      new ConfigKey("report.partitions", ConfigKey.Type.INTEGER, "0", "input partitions; 0: Spark's default "
          + "parallelism"),
      new ConfigKey("report.max-file-mb", ConfigKey.Type.INTEGER, "512", "files larger than this are not read "
          + "(TOO_LARGE)"),
      new ConfigKey("report.modalities", ConfigKey.Type.LIST, "PX,DX,CR,XR-IMAGE", "modalities the model reads; "
          + "others are UNSUPPORTED_MODALITY"),
      new ConfigKey("report.sr", ConfigKey.Type.BOOLEAN, "true", "also write one DICOM Basic Text SR per study "
          + "under report/sr"),
      new ConfigKey("report.jsonl", ConfigKey.Type.BOOLEAN, "true", "also write report/reports.jsonl"));

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<ConfigKey> keys() {
    return KEYS;
  }

  @Override
  public void check(StageContext c) {
    PipelineSettings s = c.settings();
    if (s.textOrNull("report.model") == null) {
      throw new IllegalArgumentException("the report stage needs a model (--model or report.model)");
    }
    String model = s.text("report.model");
    if (!model.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") && !java.nio.file.Files.isDirectory(java.nio.file.Path.of(model))) {
      throw new IllegalArgumentException("report.model = '" + model + "': no such folder");
    }
    if (s.integer("report.batch-size") < 1 || s.integer("report.partitions") < 0
        || s.integer("report.max-file-mb") < 1 || s.list("report.modalities").isEmpty()) {
      throw new IllegalArgumentException("report.batch-size >= 1, report.partitions >= 0, report.max-file-mb >= 1 "
          + "and a non-empty report.modalities are required; got " + s.integer("report.batch-size") + ", "
          + s.integer("report.partitions") + ", " + s.integer("report.max-file-mb") + ", "
          + s.list("report.modalities"));
    }
  }

  @Override
  public List<String> fingerprintInputs(StageContext c) {
    return List.of(catalog(c), c.settings().text("report.model"));
  }

  @Override
  public StageResult run(SparkSession spark, StageContext c) throws IOException {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    String catalog = catalog(c);
    if (!HadoopFiles.exists(catalog, conf)) {
      if (HadoopFiles.exists(c.path(IngestStage.NAME, StageMarker.FILE), conf)) {
        return StageResult.nothingToDo("the ingest catalog is empty: no image to report");
      }
      throw new IllegalStateException("no ingest catalog at " + catalog + ": run the ingest stage first");
    }
    PipelineSettings s = c.settings();
    ModelReference model = ModelReference.builder().setUri(s.text("report.model"))
        .optOption("device", s.text("report.device")).build();
    ReportOptions o = new ReportOptions(catalog, null, null, c.dir(NAME), model, (int) s.integer("report.batch-size"),
        (int) s.integer("report.partitions"), s.integer("report.max-file-mb") * 1024 * 1024,
        new LinkedHashSet<>(s.list("report.modalities")), s.bool("report.jsonl"), s.bool("report.sr"));
    ReportJob.Result r = ReportJob.run(spark, o);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("model", r.model().toString());
    details.put("studies_with_sr", r.studiesWritten());
    details.put("tables", List.of("reports", "errors"));
    return new StageResult(r.inputs(), r.skipped(), r.reported(), r.errors(), r.errorsByReason(), null, details);
  }

  @Override
  public Map<String, String> sampleTables(StageContext c) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("reports", c.path(NAME, "reports"));
    m.put("errors", c.path(NAME, "errors"));
    return m;
  }

  private static String catalog(StageContext c) {
    return c.path(IngestStage.NAME, "catalog");
  }
}
