package org.radiomesh.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.mesh.io.MeshFiles;
import org.radiomesh.metrics.MeshMetrics;
import org.radiomesh.metrics.MetricOptions;
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

  @Option(names = "--pair-id", description = "Id that seeds the sampling with the seed (default: PRED and GT file "
      + "names).")
  private String pairId;

  @Option(names = "--device", paramLabel = "cpu|gpu|gpu:N",
      description = "DJL device for --engine djl (default: cpu).")
  private String device;

  @CommandLine.Mixin
  private MetricFlags flags = new MetricFlags();

  @Option(names = "--json", description = "Print one JSON object {metrics, card} instead of text.")
  private boolean json;

  /** The command as the {@code radiomesh} launcher builds it: meshes read with {@link MeshFiles#read(Path)}. */
  public MetricsCommand() {
    this(MeshFiles::read);
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

  /** The flags' options; one pair on this machine uses all cores unless --threads says otherwise. */
  MetricOptions options() {
    MetricOptions o = flags.toOptions();
    MetricOptions.Builder b = o.toBuilder();
    if (flags.threads == null) {
      b.threads(0);
    }
    if (device != null) {
      b.device(device);
    }
    return b.build();
  }

  private static void print(PrintWriter out, Map<String, Object> values) {
    int width = values.keySet().stream().mapToInt(String::length).max().orElse(0) + 2;
    values.forEach((k, v) -> out.println(String.format(Locale.ROOT, "%-" + width + "s%s", k,
        v instanceof Double d ? String.format(Locale.ROOT, "%.6g", d) : v)));
  }
}
