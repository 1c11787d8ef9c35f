package org.radiomesh.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.metrics.MeshMetrics;
import org.radiomesh.metrics.MetricOptions;
import org.radiomesh.metrics.Normalization;
import org.radiomesh.metrics.PairMetrics;

/**
 * Chamfer distance + F-score (+ Hausdorff and percentiles, which {@link MeshMetrics#compare} always computes) of two
 * point clouds of n points each ({@link BenchmarkClouds}), from the point arrays to the result: Morton ordering, both
 * k-d trees, both query directions. {@code threads} 1 or 0 (all cores).
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar ChamferBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
public class ChamferBenchmark {
  @Param({"100000", "1000000"})
  int n;

  @Param({"1", "0"})
  int threads;

  TriangleMesh pred;
  TriangleMesh gt;
  MetricOptions options;

  @Setup(Level.Trial)
  public void setup() {
    pred = TriangleMesh.pointCloud(BenchmarkClouds.prediction(n));
    gt = TriangleMesh.pointCloud(BenchmarkClouds.groundTruth(n));
    options = MetricOptions.builder().normalization(Normalization.NONE).thresholds(ChamferSideBySide.THRESHOLDS)
        .withNormals(false).threads(threads).build();
  }

  @Benchmark
  public PairMetrics compare() {
    return MeshMetrics.compare(pred, gt, options, "benchmark");
  }
}
