package org.radiomesh.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.radiomesh.jobs.SparkRuntime;
import org.radiomesh.jobs.pipeline.ConfigKey;
import org.radiomesh.jobs.pipeline.IngestStage;
import org.radiomesh.jobs.pipeline.PipelineConfigFile;
import org.radiomesh.jobs.pipeline.PipelineJob;
import org.radiomesh.jobs.pipeline.PipelineOptions;
import org.radiomesh.jobs.pipeline.PipelineResult;
import org.radiomesh.jobs.pipeline.PipelineSettings;
import org.radiomesh.jobs.pipeline.PipelineStage;
import org.radiomesh.jobs.pipeline.PipelineStages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code radiomesh pipeline}: the whole chain, ingest → report → model → evaluate, with resume, a configuration file
 * and exit codes a scheduler can act on (see {@link PipelineJob}). Flags override the configuration file, which
 * overrides the keys' defaults.
 */
@Command(name = "pipeline", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Run ingest -> report -> model -> evaluate on an imaging archive, each stage's tables the next "
        + "one's input, under OUT/STAGE/; write OUT/summary.json and OUT/report-data/.",
        "A rerun skips stages whose inputs and settings are unchanged and resumes an unfinished one. Exit codes: 0 ok, "
        + "1 a stage failed, 2 bad configuration, 4 an error rate above --max-error-rate.",
        "Configuration keys: see conf/pipeline.conf. The ingest stage de-identifies with the key in "
        + "RADIOMESH_DEID_KEY (ingest.deid = basic, the default)."})
public final class PipelineCommand implements Callable<Integer> {

  @Option(names = "--input", paramLabel = "ROOT", arity = "1..*",
      description = "Archive roots: folders or files on any Hadoop file system, repeatable (key: input).")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (key: out).")
  String out;

  @Option(names = "--stages", split = ",", paramLabel = "LIST",
      description = "Stages to run, for example 'report' or 'ingest,report' (key: stages; default: every stage in "
          + "this build: ingest,report,model,evaluate).")
  List<String> stages;

  @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (key = value lines; see "
      + "conf/pipeline.conf).")
  Path config;

  @Option(names = "--max-error-rate", paramLabel = "X", description = "Exit 4 when some stage's errors / rows "
      + "processed is above X (key: max-error-rate; default 1: never).")
  Double maxErrorRate;

  @Option(names = "--model", paramLabel = "DIR", description = "Findings model folder for the report stage (key: "
      + "report.model; default: the shipped " + DefaultModel.RELATIVE + ").")
  String model;

  @Mixin
  SparkOptions spark = new SparkOptions();

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Map<String, PipelineStage> available = PipelineStages.available();
    List<ConfigKey> known = new ArrayList<>(PipelineOptions.CORE_KEYS);
    known.addAll(PipelineStages.keys(available.values()));
    Map<String, String> file = config == null ? Map.of() : PipelineConfigFile.read(config, known);

    Map<String, String> stageValues = new LinkedHashMap<>();
    file.forEach((k, v) -> {
      if (PipelineOptions.CORE_KEYS.stream().noneMatch(c -> c.name().equals(k))) {
        stageValues.put(k, v);
      }
    });
    if (model != null) {
      stageValues.put("report.model", model);
    }
    if (stageValues.getOrDefault("report.model", "").isBlank()) {
      stageValues.put("report.model", DefaultModel.path().toAbsolutePath().toString());
    }
    PipelineSettings core = PipelineSettings.of(PipelineOptions.CORE_KEYS, file.entrySet().stream()
        .filter(e -> PipelineOptions.CORE_KEYS.stream().anyMatch(c -> c.name().equals(e.getKey())))
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));

    PipelineOptions.Builder b = PipelineOptions.builder()
        .out(out != null ? out : core.textOrNull("out"))
        .stages(stages != null ? stages : core.list("stages"))
        .maxErrorRate(maxErrorRate != null ? maxErrorRate : core.number("max-error-rate"))
        .sampleRows((int) core.integer("sample-rows"));
    (inputs.isEmpty() ? core.list("input") : inputs).forEach(b::input);
    stageValues.forEach(b::set);
    List<String> chosen = stages != null ? stages : core.list("stages");
    if (chosen.isEmpty() ? available.containsKey(IngestStage.NAME) : chosen.contains(IngestStage.NAME)) {
      PipelineSettings settings = PipelineSettings.of(PipelineStages.keys(available.values()), stageValues);
      b.deid(IngestStage.deid(settings, System.getenv()));
    }
    PipelineOptions options = b.build();
    if (spark.master == null && core.textOrNull("master") != null) {
      spark.master = core.text("master");
    }

    SparkSession session = SparkRuntime.session(PipelineJob.NAME, spark);
    SparkRuntime.attachProgress(session, 5);
    PipelineResult r = PipelineJob.run(session, options, System.err);
    PrintWriter w = spec.commandLine().getOut();
    w.print(table(r));
    w.printf(Locale.ROOT, "pipeline: %s%s -> %s%n", r.status().label(), r.message() == null ? "" : ": " + r.message(),
        r.summary());
    if (r.runReport() != null) {
      w.printf(Locale.ROOT, "run report: %s%n", r.runReport());
    }
    w.flush();
    return switch (r.status()) {
      case OK -> ExitCodes.OK;
      case FAILED -> ExitCodes.FAILURE;
      case ERROR_RATE -> ExitCodes.ERROR_RATE;
    };
  }

  private static String table(PipelineResult r) {
    StructType schema = new StructType().add("stage", DataTypes.StringType).add("status", DataTypes.StringType)
        .add("in", DataTypes.StringType).add("done before", DataTypes.StringType).add("out", DataTypes.StringType)
        .add("errors", DataTypes.StringType).add("error rate", DataTypes.StringType)
        .add("seconds", DataTypes.StringType).add("rows/s", DataTypes.StringType);
    List<Row> rows = new ArrayList<>();
    for (PipelineResult.StageRun s : r.stages()) {
      var c = s.result();
      rows.add(RowFactory.create(s.stage(), s.state().label(),
          c == null ? "-" : Long.toString(c.inputs()), c == null ? "-" : Long.toString(c.skipped()),
          c == null ? "-" : Long.toString(c.outputs()), c == null ? "-" : Long.toString(c.errors()),
          c == null ? "-" : String.format(Locale.ROOT, "%.3f", c.errorRate()),
          String.format(Locale.ROOT, "%.1f", s.seconds()), String.format(Locale.ROOT, "%.1f", s.rowsPerSecond())));
    }
    return TextTable.of(schema, rows, 40);
  }
}
