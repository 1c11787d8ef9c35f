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
import org.radiomesh.spatial.KdTree;
import org.radiomesh.spatial.MortonOrder;

/**
 * {@link KdTree} build and batch nearest-neighbour query on {@link BenchmarkClouds} (n reference points, n queries),
 * one thread. {@code queryMorton} asks in Morton order (as the metrics do), {@code queryRandom} in sampling order.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar KdTreeBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class KdTreeBenchmark {
  @Param({"100000", "1000000"})
  int n;

  float[] reference;
  float[] queries;
  float[] mortonQueries;
  KdTree tree;
  double[] distanceSquared;
  int[] index;

  @Setup(Level.Trial)
  public void setup() {
    reference = BenchmarkClouds.groundTruth(n);
    queries = BenchmarkClouds.prediction(n);
    mortonQueries = MortonOrder.gather(queries, MortonOrder.permutation(queries));
    tree = KdTree.build(reference);
    distanceSquared = new double[n];
    index = new int[n];
  }

  @Benchmark
  public KdTree build() {
    return KdTree.build(reference);
  }

  @Benchmark
  public double[] queryMorton() {
    tree.nearest(mortonQueries, distanceSquared, index, 1);
    return distanceSquared;
  }

  @Benchmark
  public double[] queryRandom() {
    tree.nearest(queries, distanceSquared, index, 1);
    return distanceSquared;
  }
}
