package org.radiomesh.surface;

import java.util.Arrays;
import org.radiomesh.mesh.TriangleMesh;

/**
 * Taubin's λ|μ smoothing (Taubin, SIGGRAPH 1995): alternating a shrinking umbrella step {@code x += λ·L(x)} and an
 * inflating one {@code x += μ·L(x)} (μ &lt; −λ &lt; 0), a low-pass filter that removes the voxel staircase of marching
 * cubes without the shrinkage of plain Laplacian smoothing.
 *
 * <p>Conventions: L(x)_i = mean of the neighbours of i − x_i (uniform weights over the distinct vertices sharing an edge
 * with i); one iteration is one λ step and one μ step. Faces and attributes are kept; normals, if present, are
 * recomputed (area-weighted) since the old ones no longer match. Vertices on open boundaries (edges with one face) are
 * held fixed when {@link Options#fixBoundary()} is set, the default. Vertices without faces do not move.
 *
 * <p>Cost: O(F log F) to build the adjacency, then O(iterations · E) with E the number of edges; memory O(V + E).
 *
 * <pre>{@code
 * TriangleMesh smooth = TaubinSmoothing.smooth(mesh, TaubinSmoothing.Options.defaults());
 * }</pre>
 */
public final class TaubinSmoothing {
  private TaubinSmoothing() {}

  /** The smoothed mesh (a new mesh; the input is not changed). */
  public static TriangleMesh smooth(TriangleMesh mesh, Options o) {
    int n = mesh.vertexCount();
    int[][] csr = adjacency(mesh.faces(), n);
    int[] start = csr[0];
    int[] nbr = csr[1];
    boolean[] fixed = o.fixBoundary() ? boundaryVertices(mesh.faces(), n) : new boolean[n];
    float[] x = mesh.xyz().clone();
    float[] tmp = new float[x.length];
    for (int it = 0; it < o.iterations(); it++) {
      step(x, tmp, start, nbr, fixed, o.lambda());
      step(x, tmp, start, nbr, fixed, o.mu());
    }
    TriangleMesh.Builder b = mesh.toBuilder().xyz(x);
    if (mesh.hasNormals()) {
      b.normals(null);
      b.normals(VertexNormals.areaWeighted(b.build()));
    }
    return b.build();
  }

  private static void step(float[] x, float[] tmp, int[] start, int[] nbr, boolean[] fixed, double w) {
    int n = x.length / 3;
    for (int v = 0; v < n; v++) {
      int s = start[v];
      int e = start[v + 1];
      if (e == s || fixed[v]) {
        tmp[3 * v] = x[3 * v];
        tmp[3 * v + 1] = x[3 * v + 1];
        tmp[3 * v + 2] = x[3 * v + 2];
        continue;
      }
      double sx = 0;
      double sy = 0;
      double sz = 0;
      for (int k = s; k < e; k++) {
        int u = 3 * nbr[k];
        sx += x[u];
        sy += x[u + 1];
        sz += x[u + 2];
      }
      int deg = e - s;
      tmp[3 * v] = (float) (x[3 * v] + w * (sx / deg - x[3 * v]));
      tmp[3 * v + 1] = (float) (x[3 * v + 1] + w * (sy / deg - x[3 * v + 1]));
      tmp[3 * v + 2] = (float) (x[3 * v + 2] + w * (sz / deg - x[3 * v + 2]));
    }
    System.arraycopy(tmp, 0, x, 0, x.length);
  }

  /** Compressed vertex adjacency {start (n + 1), neighbours}: distinct vertices sharing an edge, sorted. */
  static int[][] adjacency(int[] faces, int n) {
    long[] e = new long[2 * faces.length];
    for (int t = 0, k = 0; t < faces.length; t += 3) {
      for (int q = 0; q < 3; q++) {
        long a = faces[t + q];
        long b = faces[t + (q + 1) % 3];
        e[k++] = a << 32 | b;
        e[k++] = b << 32 | a;
      }
    }
    Arrays.sort(e);
    int[] start = new int[n + 1];
    int[] nbr = new int[e.length];
    int m = 0;
    for (int i = 0; i < e.length; i++) {
      if (i > 0 && e[i] == e[i - 1]) {
        continue;
      }
      int a = (int) (e[i] >>> 32);
      int b = (int) e[i];
      if (a == b) {
        continue;
      }
      start[a + 1]++;
      nbr[m++] = b;
    }
    for (int v = 0; v < n; v++) {
      start[v + 1] += start[v];
    }
    return new int[][] {start, Arrays.copyOf(nbr, m)};
  }

  /** Vertices on an edge used by exactly one face (undirected). */
  static boolean[] boundaryVertices(int[] faces, int n) {
    long[] e = new long[faces.length];
    for (int t = 0; t < faces.length; t += 3) {
      for (int q = 0; q < 3; q++) {
        long a = faces[t + q];
        long b = faces[t + (q + 1) % 3];
        e[t + q] = Math.min(a, b) << 32 | Math.max(a, b);
      }
    }
    Arrays.sort(e);
    boolean[] boundary = new boolean[n];
    for (int i = 0; i < e.length; ) {
      int j = i;
      while (j < e.length && e[j] == e[i]) {
        j++;
      }
      if (j - i == 1) {
        boundary[(int) (e[i] >>> 32)] = true;
        boundary[(int) e[i]] = true;
      }
      i = j;
    }
    return boundary;
  }

  /**
   * Options: λ (default 0.5), μ (default −0.53), iterations (default 10), fixBoundary (default true). Requires
   * 0 &lt; λ &lt; 1 and μ &lt; −λ.
   */
  public record Options(double lambda, double mu, int iterations, boolean fixBoundary) {
    public Options {
      if (!(lambda > 0 && lambda < 1)) {
        throw new IllegalArgumentException("Taubin lambda " + lambda + ", expected 0 < lambda < 1");
      }
      if (!(mu < -lambda)) {
        throw new IllegalArgumentException("Taubin mu " + mu + ", expected mu < -lambda = " + (-lambda));
      }
      if (iterations < 0) {
        throw new IllegalArgumentException("Taubin iterations " + iterations + ", expected >= 0");
      }
    }

    public static Options defaults() {
      return builder().build();
    }

    public static Builder builder() {
      return new Builder();
    }

    /** Builder of {@link Options}, validated in {@link #build()}. */
    public static final class Builder {
      private double lambda = 0.5;
      private double mu = -0.53;
      private int iterations = 10;
      private boolean fixBoundary = true;

      private Builder() {}

      public Builder lambda(double lambda) {
        this.lambda = lambda;
        return this;
      }

      public Builder mu(double mu) {
        this.mu = mu;
        return this;
      }

      public Builder iterations(int iterations) {
        this.iterations = iterations;
        return this;
      }

      public Builder fixBoundary(boolean fix) {
        this.fixBoundary = fix;
        return this;
      }

      /** The options; validated (see {@link Options}). */
      public Options build() {
        return new Options(lambda, mu, iterations, fixBoundary);
      }
    }
  }
}
