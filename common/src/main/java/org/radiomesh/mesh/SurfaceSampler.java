package org.radiomesh.mesh;

import java.util.SplittableRandom;
import org.radiomesh.spatial.ParallelBlocks;

/**
 * Area-weighted uniform sampling of a triangle surface, as Kaolin and PyTorch3D do it: a face is chosen with
 * probability proportional to its area (binary search on the cumulative areas, in double precision), then a point in
 * it with u = √r1 and barycentric weights (1 − u, u(1 − r2), u·r2). Zero-area faces are never chosen.
 *
 * <p>Normals, when asked for: the vertex normals interpolated with the same weights and renormalised, or the face's
 * unit normal (right-hand rule on the face's vertex order) where the mesh has no vertex normals or the interpolated
 * one has zero length.
 *
 * <p>Determinism: the samples are cut into chunks of {@value #CHUNK}; chunk c draws from a {@link SplittableRandom}
 * seeded by {@link SampleSeeds#forChunk}(seed, c), so the result depends only on (mesh, count, seed), never on the
 * thread count. Use {@link SampleSeeds#forMesh} to derive the seed of a mesh from a job seed and its id.
 *
 * <p>Cost: O(F) for the cumulative areas plus O(count · log F); 8 bytes per face of scratch.
 *
 * <pre>{@code
 * PointSet samples = SurfaceSampler.sample(mesh, 100_000, SampleSeeds.forMesh(jobSeed, "case-17/gt"));
 * }</pre>
 */
public final class SurfaceSampler {
  /** Samples per independently seeded chunk. */
  public static final int CHUNK = 1 << 16;

  private SurfaceSampler() {}

  /** {@code count} samples with normals, on one thread. */
  public static PointSet sample(TriangleMesh mesh, int count, long seed) {
    return sample(mesh, count, seed, true, 1);
  }

  /**
   * {@code count} samples of the mesh's surface.
   *
   * @param withNormals whether to compute normals (otherwise {@link PointSet#normals()} is null)
   * @param threads threads for the chunks, 0 = all cores; the result does not depend on it
   * @throws IllegalArgumentException if the mesh has no faces, a face has a non-finite vertex, the total area is zero,
   *     or count is negative
   */
  public static PointSet sample(TriangleMesh mesh, int count, long seed, boolean withNormals, int threads) {
    if (count < 0) {
      throw new IllegalArgumentException("sample count must be >= 0, got " + count);
    }
    if (mesh.faceCount() == 0) {
      throw new IllegalArgumentException("cannot sample a surface: the mesh has no faces (" + mesh + ")");
    }
    double[] cumulative = cumulativeAreas(mesh.xyz(), mesh.faces());
    double total = cumulative[cumulative.length - 1];
    if (!(total > 0)) {
      throw new IllegalArgumentException("cannot sample a surface of zero area (" + mesh + ")");
    }
    float[] xyz = new float[3 * count];
    float[] normals = withNormals ? new float[3 * count] : null;
    int chunks = (count + CHUNK - 1) / CHUNK;
    ParallelBlocks.forEach(chunks, threads, c -> {
      SplittableRandom random = new SplittableRandom(SampleSeeds.forChunk(seed, c));
      for (int i = c * CHUNK, end = Math.min(count, i + CHUNK); i < end; i++) {
        int face = search(cumulative, random.nextDouble() * total);
        double u = Math.sqrt(random.nextDouble());
        double r2 = random.nextDouble();
        write(mesh, face, 1 - u, u * (1 - r2), u * r2, i, xyz, normals);
      }
    });
    return new PointSet(xyz, normals);
  }

  /**
   * Running sums of the face areas (double precision), one per face.
   *
   * @throws IllegalArgumentException naming the first face whose area is not finite
   */
  static double[] cumulativeAreas(float[] xyz, int[] faces) {
    int n = faces.length / 3;
    double[] cumulative = new double[n];
    double sum = 0;
    for (int f = 0; f < n; f++) {
      int a = 3 * faces[3 * f];
      int b = 3 * faces[3 * f + 1];
      int c = 3 * faces[3 * f + 2];
      double abx = (double) xyz[b] - xyz[a];
      double aby = (double) xyz[b + 1] - xyz[a + 1];
      double abz = (double) xyz[b + 2] - xyz[a + 2];
      double acx = (double) xyz[c] - xyz[a];
      double acy = (double) xyz[c + 1] - xyz[a + 1];
      double acz = (double) xyz[c + 2] - xyz[a + 2];
      double nx = aby * acz - abz * acy;
      double ny = abz * acx - abx * acz;
      double nz = abx * acy - aby * acx;
      double area = 0.5 * Math.sqrt(nx * nx + ny * ny + nz * nz);
      if (!Double.isFinite(area)) {
        throw new IllegalArgumentException("face " + f + " has a non-finite vertex coordinate");
      }
      sum += area;
      cumulative[f] = sum;
    }
    return cumulative;
  }

  /** The first face whose cumulative area exceeds r (r in [0, total)). */
  static int search(double[] cumulative, double r) {
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > r) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  private static void write(TriangleMesh mesh, int face, double w0, double w1, double w2, int i, float[] out,
      float[] normals) {
    float[] v = mesh.xyz();
    int[] f = mesh.faces();
    int a = 3 * f[3 * face];
    int b = 3 * f[3 * face + 1];
    int c = 3 * f[3 * face + 2];
    for (int d = 0; d < 3; d++) {
      out[3 * i + d] = (float) (w0 * v[a + d] + w1 * v[b + d] + w2 * v[c + d]);
    }
    if (normals == null) {
      return;
    }
    double nx;
    double ny;
    double nz;
    float[] vn = mesh.normals();
    if (vn != null) {
      nx = w0 * vn[a] + w1 * vn[b] + w2 * vn[c];
      ny = w0 * vn[a + 1] + w1 * vn[b + 1] + w2 * vn[c + 1];
      nz = w0 * vn[a + 2] + w1 * vn[b + 2] + w2 * vn[c + 2];
      double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
      if (len > 0 && Double.isFinite(len)) {
        normals[3 * i] = (float) (nx / len);
        normals[3 * i + 1] = (float) (ny / len);
        normals[3 * i + 2] = (float) (nz / len);
        return;
      }
    }
    double abx = (double) v[b] - v[a];
    double aby = (double) v[b + 1] - v[a + 1];
    double abz = (double) v[b + 2] - v[a + 2];
    double acx = (double) v[c] - v[a];
    double acy = (double) v[c + 1] - v[a + 1];
    double acz = (double) v[c + 2] - v[a + 2];
    nx = aby * acz - abz * acy;
    ny = abz * acx - abx * acz;
    nz = abx * acy - aby * acx;
    double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
    normals[3 * i] = (float) (nx / len);
    normals[3 * i + 1] = (float) (ny / len);
    normals[3 * i + 2] = (float) (nz / len);
  }
}
