package org.radiomesh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.metrics.ChamferReduction;
import org.radiomesh.metrics.FScoreMode;
import org.radiomesh.metrics.MeshMetrics;
import org.radiomesh.metrics.MetricOptions;
import org.radiomesh.metrics.NeighbourEngine;
import org.radiomesh.metrics.Normalization;
import org.radiomesh.metrics.PairMetrics;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code radiomesh metrics PRED GT}: Chamfer distance, F-score, Hausdorff distances and normal consistency of one
 * predicted mesh against a ground truth, on this machine (no Spark), printed as aligned text or JSON with the metric
 * card. Meshes are read through a {@link MeshReader}, so tests can pass meshes from memory.
 */
@Command(name = "metrics", mixinStandardHelpOptions = true,
    description = {"Compare a predicted mesh with a ground truth: Chamfer, F-score, Hausdorff, normal consistency.",
        "Conventions are printed with the numbers (the metric card)."})
public final class MetricsCommand implements Callable<Integer> {

  /** Reads a mesh or point cloud file. */
  @FunctionalInterface
  public interface MeshReader {
    TriangleMesh read(Path path) throws IOException;
  }

  private final MeshReader reader;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PRED", description = "Predicted mesh or point cloud.")
  private Path pred;

  @Parameters(index = "1", paramLabel = "GT", description = "Ground-truth mesh or point cloud.")
  private Path gt;

  @Option(names = "--samples", defaultValue = "100000", description = "Samples per mesh (default ${DEFAULT-VALUE}); "
      + "point clouds are used as they are.")
  private int samples;

  @Option(names = "--seed", defaultValue = "0", description = "Sampling seed (default ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--pair-id", description = "Id that seeds the sampling with the seed (default: PRED and GT file "
      + "names).")
  private String pairId;

  @Option(names = "--thresholds", split = ",", defaultValue = "0.01,0.05", paramLabel = "R[,R...]",
      description = "F-score thresholds in normalised units (default ${DEFAULT-VALUE}).")
  private double[] thresholds;

  @Option(names = "--normalize", defaultValue = "unit-cube", paramLabel = "none|unit-cube|unit-sphere|scale:S",
      description = "Transform derived from GT, applied to both (default ${DEFAULT-VALUE}).")
  private String normalize;

  @Option(names = "--mode", defaultValue = "standard", paramLabel = "standard|kaolin|meshrcnn",
      description = "Precision/recall convention (default ${DEFAULT-VALUE}).")
  private FScoreMode mode;

  @Option(names = "--squared", negatable = true, defaultValue = "false",
      description = "Chamfer on squared distances (Kaolin/PyTorch3D) or not (default: not).")
  private boolean squared;

  @Option(names = "--reduction", defaultValue = "sum", paramLabel = "sum|half",
      description = "Add the two directional means, or halve the sum (default ${DEFAULT-VALUE}).")
  private ChamferReduction reduction;

  @Option(names = "--point-to-surface", description = "Distances to the other mesh's triangles, not its samples.")
  private boolean pointToSurface;

  @Option(names = "--engine", defaultValue = "index", paramLabel = "index|djl",
      description = "Nearest-neighbour engine (default ${DEFAULT-VALUE}).")
  private NeighbourEngine engine;

  @Option(names = "--device", defaultValue = "cpu", paramLabel = "cpu|gpu|gpu:N",
      description = "DJL device for --engine djl (default ${DEFAULT-VALUE}).")
  private String device;

  @Option(names = "--threads", defaultValue = "0", description = "Threads, 0 = all cores (default ${DEFAULT-VALUE}).")
  private int threads;

  @Option(names = "--json", description = "Print one JSON object {metrics, card} instead of text.")
  private boolean json;

  /**
   * The command as the {@code radiomesh} launcher builds it. Mesh files are read by
   * {@code org.radiomesh.mesh.io.MeshFiles.read(Path)} once that reader is merged; until then this constructor's
   * reader reports that no reader is wired in.
   */
  public MetricsCommand() {
    this(path -> {
      throw new IOException("cannot read " + path + ": no mesh file reader is wired into 'radiomesh metrics' yet "
          + "(org.radiomesh.mesh.io.MeshFiles.read)");
    });
  }

  /** The command reading meshes with {@code reader}. */
  public MetricsCommand(MeshReader reader) {
    this.reader = reader;
  }

  @Override
  public Integer call() throws IOException {
    MetricOptions options = options();
    TriangleMesh p = reader.read(pred);
    TriangleMesh g = reader.read(gt);
    String id = pairId != null ? pairId : pred.getFileName() + "|" + gt.getFileName();
    PairMetrics m;
    try {
      m = MeshMetrics.compare(p, g, options, id);
    } catch (IllegalArgumentException e) {
      // Empty or non-finite meshes are bad input, not a bad command line.
      throw new IOException(pred + " vs " + gt + ": " + e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(m.toJson());
    } else {
      print(out, m.toMap());
    }
    out.flush();
    return ExitCodes.OK;
  }

  MetricOptions options() {
    MetricOptions.Builder b = MetricOptions.builder().samples(samples).seed(seed).thresholds(thresholds)
        .squared(squared).reduction(reduction).fScoreMode(mode).pointToSurface(pointToSurface).engine(engine)
        .device(device).threads(threads);
    String n = normalize.toLowerCase(Locale.ROOT);
    switch (n) {
      case "none" -> b.normalization(Normalization.NONE);
      case "unit-cube" -> b.normalization(Normalization.UNIT_CUBE);
      case "unit-sphere" -> b.normalization(Normalization.UNIT_SPHERE);
      default -> {
        if (!n.startsWith("scale:")) {
          throw new CommandLine.ParameterException(spec.commandLine(),
              "--normalize must be none, unit-cube, unit-sphere or scale:S, got " + normalize);
        }
        double s;
        try {
          s = Double.parseDouble(n.substring("scale:".length()));
        } catch (NumberFormatException e) {
          throw new CommandLine.ParameterException(spec.commandLine(),
              "--normalize scale:S needs a number S, got " + normalize);
        }
        b.normalization(Normalization.FIXED_SCALE).fixedScale(s);
      }
    }
    return b.build();
  }

  private static void print(PrintWriter out, Map<String, Object> values) {
    int width = values.keySet().stream().mapToInt(String::length).max().orElse(0) + 2;
    values.forEach((k, v) -> out.println(String.format(Locale.ROOT, "%-" + width + "s%s", k,
        v instanceof Double d ? String.format(Locale.ROOT, "%.6g", d) : v)));
  }
}
