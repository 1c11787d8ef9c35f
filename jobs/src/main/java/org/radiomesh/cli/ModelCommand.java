package org.radiomesh.cli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.radiomesh.jobs.SparkRuntime;
import org.radiomesh.jobs.model3d.Generator;
import org.radiomesh.jobs.model3d.ModelJob;
import org.radiomesh.jobs.model3d.ModelOptions;
import org.radiomesh.model.ModelReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code radiomesh model}: records (free text, a table of texts or specs, spec files, or the report job's
 * {@code reports/}) → 3D dental meshes on Spark ({@link ModelJob}).
 */
@Command(name = "model", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Make a 3D dental mesh per record: parse its text (or read its dentition spec, or convert its "
        + "structured report), mesh the anatomy exactly (--generator direct) or through K generated views and "
        + "multiview reconstruction (anatomy: rendered views; diffusion: a multiview-diffusion model).",
        "--input is a quoted free text (one record), a CSV (.csv, header) or JSON-lines (.jsonl) table or a Parquet "
            + "table with columns id and text (or prompt) and/or spec (spec JSON), a spec .json file or a folder "
            + "of them (id = file stem, or the folder name of a spec.json), or the reports/ table of "
            + "'radiomesh report'.",
        "Writes OUT/meshes (Parquet: id, spec, vertices, faces, labels, measures, generator and parameters, "
            + "seconds per step), OUT/errors (reason codes), OUT/files/ID.EXT (--formats), OUT/previews/ID.png "
            + "(--previews), OUT/views/ID (--keep-views; 'radiomesh reconstruct' reads them), OUT/pairs.csv "
            + "(for 'radiomesh evaluate --pairs', records with a ground truth and --formats) and "
            + "OUT/summary.json. A rerun skips records already modelled with the same parameters."})
public final class ModelCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, paramLabel = "TABLE_OR_TEXT",
      description = "A table, spec file or folder (file:, hdfs:, ...), or a quoted free text.")
  String input;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (file:, hdfs:, ...).")
  String out;

  @Option(names = "--generator", paramLabel = "NAME", defaultValue = "direct",
      description = "direct, anatomy or diffusion (default: ${DEFAULT-VALUE}).")
  String generator;

  @Option(names = "--views", paramLabel = "K", defaultValue = "0",
      description = "Views per record for anatomy/diffusion; 0 = 8 for anatomy, the model's for diffusion.")
  int views;

  @Option(names = "--image-size", paramLabel = "PX", defaultValue = "192",
      description = "Anatomy view width and height (default: ${DEFAULT-VALUE}).")
  int imageSize;

  @Option(names = "--resolution", paramLabel = "R", defaultValue = "96",
      description = "Reconstruction grid samples along the longest axis (default: ${DEFAULT-VALUE}).")
  int resolution;

  @Option(names = "--faces", paramLabel = "N", defaultValue = "40000",
      description = "Decimate reconstructions to at most N faces, 0 = none (default: ${DEFAULT-VALUE}).")
  int faces;

  @Option(names = "--voxel-mm", paramLabel = "MM", defaultValue = "0.3",
      description = "Marching-cubes voxel of the anatomy meshes (default: ${DEFAULT-VALUE}).")
  double voxel;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
      description = "Seed of each virtual patient and of the generators (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--model", paramLabel = "DIR", description = "Multiview-diffusion model directory (diffusion).")
  String model;

  @Option(names = "--steps", paramLabel = "N", defaultValue = "0",
      description = "Diffusion sampling steps; 0 = the sampler's default.")
  int steps;

  @Option(names = "--formats", split = ",", paramLabel = "EXT", description = "Mesh files to write: obj,ply,stl.")
  List<String> formats = new ArrayList<>();

  @Option(names = "--previews", description = "Write a preview PNG per record.")
  boolean previews;

  @Option(names = "--keep-views", description = "Keep the generated views (calibrated views folders).")
  boolean keepViews;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
      description = "Partitions of the records; 0 = Spark's default parallelism.")
  int partitions;

  @Mixin
  SparkOptions spark = new SparkOptions();

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ModelOptions.Builder b = ModelOptions.builder().out(out).generator(Generator.of(generator)).views(views)
        .imageSize(imageSize).resolution(resolution).faces(faces).voxelMm(voxel).seed(seed).diffusionSteps(steps)
        .formatNames(formats).previews(previews).keepViews(keepViews).partitions(partitions)
        .model(model == null ? null : ModelReference.of(model));
    boolean path = isPath(input);
    ModelOptions options = (path ? b.input(input) : b.text(input)).build();
    SparkSession session = SparkRuntime.session("model", spark);
    if (path && !exists(input, session.sparkContext().hadoopConfiguration())) {
      throw new FileNotFoundException(input + ": no such table, spec file or folder");
    }
    ModelJob.Result r = ModelJob.run(session, options);
    var w = spec.commandLine().getOut();
    w.printf(Locale.ROOT, "model: %d records, %d meshed, %d skipped (already modelled), %d errors%s, %d pairs -> %s%n",
        r.inputs(), r.modelled(), r.skipped(), r.errors(), r.errorsByReason().isEmpty() ? "" : " "
            + r.errorsByReason(), r.pairs(), out);
    w.flush();
    return ExitCodes.OK;
  }

  /**
   * Whether {@code input} names a table or spec path rather than a free text: a URI, or a single token (no spaces)
   * with a slash or a table/spec extension. A text like "lower left first molar" is never a path.
   */
  static boolean isPath(String input) {
    String s = input.trim();
    if (s.matches("^[A-Za-z][A-Za-z0-9+.-]*:/.*")) {
      return true;
    }
    if (s.contains(" ")) {
      return false;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    return s.contains("/") || lower.endsWith(".csv") || lower.endsWith(".jsonl") || lower.endsWith(".json")
        || lower.endsWith(".parquet") || lower.endsWith(".ndjson");
  }

  private static boolean exists(String input, Configuration conf) throws IOException {
    Path p = new Path(input);
    return p.getFileSystem(conf).exists(p);
  }
}
