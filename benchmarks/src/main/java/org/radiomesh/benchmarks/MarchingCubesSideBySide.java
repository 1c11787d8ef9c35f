package org.radiomesh.benchmarks;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.surface.MarchingCubes;
import org.radiomesh.surface.ScalarGrid;

/**
 * The Java side of {@code benchmarks/marching_cubes_side_by_side.sh}: generates an n³ test volume (sphere, torus or
 * gyroid), writes it as raw little-endian float32 (x fastest) for the scikit-image side to read, then times
 * {@link MarchingCubes} on it single-threaded and prints one line per field: median, min and max seconds over the
 * timed runs (after warm-up runs), vertex and face counts.
 *
 * <p>Usage: {@code MarchingCubesSideBySide <field> <n> <raw-out> <warmups> <runs> [open]}; "open" turns border closing
 * off, matching scikit-image, which leaves surfaces open at the volume border.
 */
public final class MarchingCubesSideBySide {
  private MarchingCubesSideBySide() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 5) {
      System.err.println("usage: MarchingCubesSideBySide <sphere|torus|gyroid> <n> <raw-out> <warmups> <runs> [open]");
      System.exit(2);
    }
    String field = args[0];
    int n = Integer.parseInt(args[1]);
    Path raw = Path.of(args[2]);
    int warmups = Integer.parseInt(args[3]);
    int runs = Integer.parseInt(args[4]);
    boolean close = !(args.length > 5 && args[5].equals("open"));
    float[] v = volume(field, n);
    write(raw, v);
    ScalarGrid grid = ScalarGrid.unit(v, n, n, n);
    MarchingCubes mc = new MarchingCubes(MarchingCubes.Options.builder().closeBorders(close).build());
    TriangleMesh m = null;
    for (int i = 0; i < warmups; i++) {
      m = mc.extract(grid, 0);
    }
    double[] t = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      m = mc.extract(grid, 0);
      t[i] = (System.nanoTime() - t0) / 1e9;
    }
    Arrays.sort(t);
    System.out.printf("java %s n=%d median=%.4f min=%.4f max=%.4f vertices=%d faces=%d%n", field, n, t[runs / 2],
        t[0], t[runs - 1], m.vertexCount(), m.faceCount());
  }

  /** The test volume: positive inside, iso level 0, samples at integer coordinates 0..n-1. */
  static float[] volume(String field, int n) {
    float[] v = new float[n * n * n];
    double c = (n - 1) / 2.0;
    for (int z = 0, i = 0; z < n; z++) {
      for (int y = 0; y < n; y++) {
        for (int x = 0; x < n; x++, i++) {
          double dx = x - c;
          double dy = y - c;
          double dz = z - c;
          v[i] = (float) switch (field) {
            case "sphere" -> 0.4 * n - Math.sqrt(dx * dx + dy * dy + dz * dz);
            case "torus" -> {
              double q = Math.sqrt(dx * dx + dy * dy) - 0.3 * n;
              yield 0.12 * n - Math.sqrt(q * q + dz * dz);
            }
            case "gyroid" -> {
              double w = 2 * Math.PI * 8 / n; // eight periods across the volume
              yield Math.sin(w * x) * Math.cos(w * y) + Math.sin(w * y) * Math.cos(w * z)
                  + Math.sin(w * z) * Math.cos(w * x);
            }
            default -> throw new IllegalArgumentException("field " + field + ", expected sphere, torus or gyroid");
          };
        }
      }
    }
    return v;
  }

  private static void write(Path raw, float[] v) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN);
    buf.asFloatBuffer().put(v);
    try (FileChannel ch = FileChannel.open(raw, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
    }
  }
}
