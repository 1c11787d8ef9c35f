package org.radiomesh.jobs.pipeline;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.radiomesh.jobs.HadoopFiles;
import org.radiomesh.jobs.model3d.Generator;
import org.radiomesh.jobs.model3d.ModelJob;
import org.radiomesh.jobs.model3d.ModelOptions;

/**
 * The {@code model} stage: {@link ModelJob} on the report table ({@code OUT/report/reports}, each report turned into a
 * dentition spec) into {@code OUT/model/} ({@code meshes/}, {@code errors/}, {@code files/}, {@code pairs.csv} for the
 * reports of synthetic cases whose arch meshes are the ground truth, {@code summary.json}). Counts: inputs = reports,
 * skipped = reports already meshed with the same parameters, outputs = meshes made now, errors = rows of
 * {@code errors/} (by reason); {@code details.pairs} = rows of {@code pairs.csv}. Cost: that of {@link ModelJob}.
 */
public final class ModelStage implements PipelineStage {
  public static final String NAME = "model";
  static final List<ConfigKey> KEYS = List.of(
      new ConfigKey("model.generator", ConfigKey.Type.TEXT, "direct", "direct, anatomy or diffusion"),
      new ConfigKey("model.voxel-mm", ConfigKey.Type.NUMBER, "0.3", "marching-cubes voxel of the anatomy meshes, mm"),
      new ConfigKey("model.seed", ConfigKey.Type.INTEGER, "0", "seed of the virtual patient drawn for each spec"),
      new ConfigKey("model.formats", ConfigKey.Type.LIST, "ply", "mesh files written under model/files (obj, ply, "
          + "stl); the evaluate stage needs at least one"),
      new ConfigKey("model.previews", ConfigKey.Type.BOOLEAN, "false", "a preview PNG per mesh"),
      new ConfigKey("model.partitions", ConfigKey.Type.INTEGER, "0", "partitions of the reports; 0: Spark's default "
          + "parallelism"));

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
    options(c, "check");
  }

  @Override
  public List<String> fingerprintInputs(StageContext c) {
    return List.of(reports(c));
  }

  @Override
  public StageResult run(SparkSession spark, StageContext c) throws IOException {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    String reports = reports(c);
    if (!HadoopFiles.exists(reports, conf)) {
      if (HadoopFiles.exists(c.path(ReportStage.NAME, StageMarker.FILE), conf)) {
        return StageResult.nothingToDo("the report stage wrote no report");
      }
      throw new IllegalStateException("no reports at " + reports + ": run the report stage first");
    }
    ModelJob.Result r = ModelJob.run(spark, options(c, reports));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("pairs", r.pairs());
    details.put("params_hash", r.paramsHash());
    details.put("tables", List.of("meshes", "errors"));
    return new StageResult(r.inputs(), r.skipped(), r.modelled(), r.errors(), r.errorsByReason(),
        r.pairs() == 0 ? "no pairs with ground truth" : null, details);
  }

  @Override
  public Map<String, String> sampleTables(StageContext c) {
    return Map.of("errors", c.path(NAME, "errors"));
  }

  private static ModelOptions options(StageContext c, String input) {
    PipelineSettings s = c.settings();
    try {
      return ModelOptions.builder().input(input).out(c.dir(NAME)).generator(Generator.of(s.text("model.generator")))
          .voxelMm(s.number("model.voxel-mm")).seed(s.integer("model.seed")).formatNames(s.list("model.formats"))
          .previews(s.bool("model.previews")).partitions((int) s.integer("model.partitions")).build();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("model stage settings: " + e.getMessage(), e);
    }
  }

  private static String reports(StageContext c) {
    return c.path(ReportStage.NAME, "reports");
  }
}
