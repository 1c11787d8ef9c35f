package org.radiomesh.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.metrics.MeshMetrics;
import org.radiomesh.metrics.MetricOptions;
import org.radiomesh.metrics.Normalization;
import org.radiomesh.metrics.PairMetrics;

/**
 * The Java half of {@code benchmarks/chamfer_side_by_side.sh}: writes the benchmark point sets as raw little-endian
 * float32 files ({@code pred_N.f32}, {@code gt_N.f32}, N×3) for the SciPy half, then times
 * {@link MeshMetrics#compare} on them (point clouds as they are, no normalisation, unsquared sum Chamfer and standard
 * F-score at 0.01 and 0.02, no normals) on one thread and on all cores, after warm-up rounds, and writes
 * {@code java_N.txt} with the metrics and the timings (best and median of the measured rounds, seconds).
 *
 * <p>Usage: {@code ChamferSideBySide OUT_DIR [N ...] [--warmup W] [--rounds R]}.
 */
public final class ChamferSideBySide {
  static final double[] THRESHOLDS = {0.01, 0.02};

  private ChamferSideBySide() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    int warmup = 3;
    int rounds = 5;
    int[] sizes = new int[0];
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        default -> {
          sizes = Arrays.copyOf(sizes, sizes.length + 1);
          sizes[sizes.length - 1] = Integer.parseInt(args[i].replace("_", ""));
        }
      }
    }
    if (sizes.length == 0) {
      sizes = new int[] {100_000, 1_000_000};
    }
    for (int n : sizes) {
      float[] pred = BenchmarkClouds.prediction(n);
      float[] gt = BenchmarkClouds.groundTruth(n);
      write(out.resolve("pred_" + n + ".f32"), pred);
      write(out.resolve("gt_" + n + ".f32"), gt);
      TriangleMesh p = TriangleMesh.pointCloud(pred);
      TriangleMesh g = TriangleMesh.pointCloud(gt);
      try (PrintStream txt = new PrintStream(Files.newOutputStream(out.resolve("java_" + n + ".txt")))) {
        PairMetrics m = null;
        for (int threads : new int[] {1, 0}) {
          MetricOptions o = MetricOptions.builder().normalization(Normalization.NONE).thresholds(THRESHOLDS)
              .withNormals(false).threads(threads).build();
          double[] seconds = new double[rounds];
          for (int r = 0; r < warmup + rounds; r++) {
            long t0 = System.nanoTime();
            m = MeshMetrics.compare(p, g, o, "side-by-side");
            long t1 = System.nanoTime();
            if (r >= warmup) {
              seconds[r - warmup] = (t1 - t0) / 1e9;
            }
          }
          Arrays.sort(seconds);
          String label = threads == 1 ? "threads1" : "threadsAll";
          txt.printf(Locale.ROOT, "%s_best %.6f%n%s_median %.6f%n", label, seconds[0], label, seconds[rounds / 2]);
          System.err.printf(Locale.ROOT, "radiomesh n=%d threads=%s best %.3f s median %.3f s%n", n,
              threads == 1 ? "1" : "all(" + Runtime.getRuntime().availableProcessors() + ")", seconds[0],
              seconds[rounds / 2]);
        }
        txt.printf(Locale.ROOT, "chamfer %.17g%n", m.chamfer());
        for (int j = 0; j < THRESHOLDS.length; j++) {
          txt.printf(Locale.ROOT, "fscore@%s %.17g%n", PairMetrics.thresholdKey(THRESHOLDS[j]), m.fscore()[j]);
        }
        txt.printf(Locale.ROOT, "cores %d%n", Runtime.getRuntime().availableProcessors());
      }
    }
  }

  private static void write(Path file, float[] xyz) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(4 * xyz.length).order(ByteOrder.LITTLE_ENDIAN);
    b.asFloatBuffer().put(xyz);
    Files.write(file, b.array());
  }
}
