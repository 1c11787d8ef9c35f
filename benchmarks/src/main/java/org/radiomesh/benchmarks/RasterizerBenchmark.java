package org.radiomesh.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.render.Camera;
import org.radiomesh.render.CameraRing;
import org.radiomesh.render.Rasterizer;
import org.radiomesh.render.RenderOptions;
import org.radiomesh.render.RenderedView;

/**
 * Time to render one view (all maps) of a closed UV sphere with about {@code triangles} faces, single-threaded, at
 * {@code size} × {@code size} pixels. The mesh is built by code (no file), so the figure is reproducible anywhere.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RasterizerBenchmark {
  @Param({"100000"})
  int triangles;

  @Param({"256", "512"})
  int size;

  @Param({"1"})
  int supersampling;

  private TriangleMesh mesh;
  private Camera camera;
  private Rasterizer rasterizer;

  @Setup
  public void setUp() {
    mesh = uvSphere(triangles, 10);
    camera = CameraRing.builder().azimuths(1).elevations(25).size(size, size).build().around(mesh).get(0);
    rasterizer = new Rasterizer(RenderOptions.builder().supersampling(supersampling).build());
  }

  @Benchmark
  public RenderedView renderOneView() {
    return rasterizer.render(mesh, camera);
  }

  /** A UV sphere with n stacks and 2n slices: 4n² − 4n triangles, radius r, centred at the origin. */
  static TriangleMesh uvSphere(int approxTriangles, double r) {
    int n = (int) Math.round(Math.sqrt(approxTriangles / 4.0)) + 1;
    int slices = 2 * n;
    float[] xyz = new float[((n - 1) * slices + 2) * 3];
    int v = 0;
    for (int i = 1; i < n; i++) {
      double theta = Math.PI * i / n;
      for (int j = 0; j < slices; j++) {
        double phi = 2 * Math.PI * j / slices;
        xyz[v++] = (float) (r * Math.sin(theta) * Math.cos(phi));
        xyz[v++] = (float) (r * Math.sin(theta) * Math.sin(phi));
        xyz[v++] = (float) (r * Math.cos(theta));
      }
    }
    int top = (n - 1) * slices;
    int bottom = top + 1;
    xyz[v++] = 0;
    xyz[v++] = 0;
    xyz[v++] = (float) r;
    xyz[v++] = 0;
    xyz[v++] = 0;
    xyz[v] = (float) -r;
    int[] f = new int[(2 * slices + 2 * (n - 2) * slices) * 3];
    int k = 0;
    for (int j = 0; j < slices; j++) {
      int j1 = (j + 1) % slices;
      f[k++] = top;
      f[k++] = j;
      f[k++] = j1;
      int last = (n - 2) * slices;
      f[k++] = bottom;
      f[k++] = last + j1;
      f[k++] = last + j;
    }
    for (int i = 0; i < n - 2; i++) {
      for (int j = 0; j < slices; j++) {
        int a = i * slices + j;
        int b = i * slices + (j + 1) % slices;
        int c = a + slices;
        int d = b + slices;
        f[k++] = a;
        f[k++] = c;
        f[k++] = b;
        f[k++] = b;
        f[k++] = c;
        f[k++] = d;
      }
    }
    return TriangleMesh.of(xyz, f);
  }
}
