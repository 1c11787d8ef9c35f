package org.radiomesh.metrics;

import java.io.Serializable;
import org.radiomesh.mesh.PointSet;
import org.radiomesh.mesh.SampleSeeds;
import org.radiomesh.mesh.SurfaceSampler;
import org.radiomesh.mesh.TriangleMesh;
import org.radiomesh.spatial.MortonOrder;
import org.radiomesh.spatial.ParallelBlocks;

/**
 * A comparison made ready for distance queries: both sides as normalised point sets in Morton order (so that query
 * ranges are spatially coherent), with unit normals where defined, plus the normalised triangles of both sides when
 * distances are point to surface. {@link Serializable}: the Spark job broadcasts it and builds the reference indexes
 * once per executor with {@link MeshMetrics#index}.
 *
 * <p>Meshes are sampled with {@link MetricOptions#samples()} points, seeded by {@link SampleSeeds#forMesh}(seed,
 * pairId + "/pred") and (seed, pairId + "/gt"); point clouds are used as they are (their order does not matter to any
 * metric, so index i of a side is not input point i). Normals of a point cloud are renormalised; a zero-length or
 * non-finite one becomes (0, 0, 0) and is left out of normal consistency. Cost: O(V + F + samples · log F).
 */
public final class PreparedPair implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String pairId;
  private final PointSet pred;
  private final PointSet gt;
  private final Surface predSurface;
  private final Surface gtSurface;
  private final SimilarityTransform transform;

  /**
   * Normalised triangles of one side.
   *
   * @param xyz vertices after normalisation
   * @param faces three vertex indices per triangle, as in the input mesh
   * @param faceNormals unit normal per face, (0, 0, 0) for a zero-area face
   */
  public record Surface(float[] xyz, int[] faces, float[] faceNormals) implements Serializable {
    public int faceCount() {
      return faces.length / 3;
    }
  }

  private PreparedPair(String pairId, PointSet pred, PointSet gt, Surface predSurface, Surface gtSurface,
      SimilarityTransform transform) {
    this.pairId = pairId;
    this.pred = pred;
    this.gt = gt;
    this.predSurface = predSurface;
    this.gtSurface = gtSurface;
    this.transform = transform;
  }

  static PreparedPair of(TriangleMesh pred, TriangleMesh gt, MetricOptions o, String pairId) {
    if (pairId == null) {
      throw new IllegalArgumentException("pairId must not be null");
    }
    checkMesh("pred", pred);
    checkMesh("gt", gt);
    if (o.pointToSurface() && (pred.isPointCloud() || gt.isPointCloud())) {
      throw new IllegalArgumentException("point-to-surface distances need triangles on both sides, but "
          + (pred.isPointCloud() ? "pred" : "gt") + " is a point cloud");
    }
    SimilarityTransform t = SimilarityTransform.of(gt, o.normalization(), o.fixedScale());
    // The two sides in parallel; a failure of pred is reported before one of gt, whatever finished first.
    PointSet[] sides = new PointSet[2];
    RuntimeException[] failures = new RuntimeException[2];
    ParallelBlocks.forEach(2, o.threads(), k -> {
      try {
        sides[k] = k == 0 ? side("pred", pred, o, SampleSeeds.forMesh(o.seed(), pairId + "/pred"), t)
            : side("gt", gt, o, SampleSeeds.forMesh(o.seed(), pairId + "/gt"), t);
      } catch (RuntimeException e) {
        failures[k] = e;
      }
    });
    for (RuntimeException e : failures) {
      if (e != null) {
        throw e;
      }
    }
    PointSet p = sides[0];
    PointSet g = sides[1];
    Surface ps = o.pointToSurface() ? surface(pred, t) : null;
    Surface gs = o.pointToSurface() ? surface(gt, t) : null;
    return new PreparedPair(pairId, p, g, ps, gs, t);
  }

  private static void checkMesh(String side, TriangleMesh mesh) {
    if (mesh == null || mesh.isEmpty()) {
      throw new IllegalArgumentException(side + " is empty: it has no vertices");
    }
    float[] v = mesh.xyz();
    for (int i = 0; i < v.length; i++) {
      if (!Float.isFinite(v[i])) {
        throw new IllegalArgumentException(side + " vertex " + i / 3 + " has a non-finite coordinate: " + v[i]);
      }
    }
  }

  private static PointSet side(String name, TriangleMesh mesh, MetricOptions o, long seed, SimilarityTransform t) {
    PointSet raw;
    if (mesh.isPointCloud()) {
      raw = new PointSet(t.apply(mesh.xyz()), o.withNormals() ? unitNormals(mesh.normals()) : null);
    } else {
      try {
        PointSet s = SurfaceSampler.sample(mesh, o.samples(), seed, o.withNormals(), o.threads());
        raw = new PointSet(t.apply(s.xyz()), s.normals());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
      }
    }
    int[] order = MortonOrder.permutation(raw.xyz());
    return new PointSet(MortonOrder.gather(raw.xyz(), order), MortonOrder.gather(raw.normals(), order));
  }

  private static float[] unitNormals(float[] normals) {
    if (normals == null) {
      return null;
    }
    float[] out = new float[normals.length];
    for (int i = 0; i < normals.length; i += 3) {
      double x = normals[i];
      double y = normals[i + 1];
      double z = normals[i + 2];
      double len = Math.sqrt(x * x + y * y + z * z);
      if (len > 0 && Double.isFinite(len)) {
        out[i] = (float) (x / len);
        out[i + 1] = (float) (y / len);
        out[i + 2] = (float) (z / len);
      }
    }
    return out;
  }

  private static Surface surface(TriangleMesh mesh, SimilarityTransform t) {
    float[] v = t.apply(mesh.xyz());
    int[] f = mesh.faces();
    float[] normals = new float[f.length];
    for (int i = 0; i < f.length; i += 3) {
      int a = 3 * f[i];
      int b = 3 * f[i + 1];
      int c = 3 * f[i + 2];
      double abx = (double) v[b] - v[a];
      double aby = (double) v[b + 1] - v[a + 1];
      double abz = (double) v[b + 2] - v[a + 2];
      double acx = (double) v[c] - v[a];
      double acy = (double) v[c + 1] - v[a + 1];
      double acz = (double) v[c + 2] - v[a + 2];
      double nx = aby * acz - abz * acy;
      double ny = abz * acx - abx * acz;
      double nz = abx * acy - aby * acx;
      double len = Math.sqrt(nx * nx + ny * ny + nz * nz);
      if (len > 0) {
        normals[i] = (float) (nx / len);
        normals[i + 1] = (float) (ny / len);
        normals[i + 2] = (float) (nz / len);
      }
    }
    return new Surface(v, f, normals);
  }

  public String pairId() {
    return pairId;
  }

  /** Prediction points (normalised, Morton order). */
  public PointSet pred() {
    return pred;
  }

  /** Ground-truth points (normalised, Morton order). */
  public PointSet gt() {
    return gt;
  }

  /** The query points of a direction: pred for pred → gt, gt for gt → pred. */
  public PointSet queries(boolean predToGt) {
    return predToGt ? pred : gt;
  }

  /** Normalised prediction triangles, or null unless point-to-surface. */
  public Surface predSurface() {
    return predSurface;
  }

  /** Normalised ground-truth triangles, or null unless point-to-surface. */
  public Surface gtSurface() {
    return gtSurface;
  }

  /** The normalisation applied to both sides. */
  public SimilarityTransform transform() {
    return transform;
  }

  @Override
  public String toString() {
    return "PreparedPair[" + pairId + ": pred=" + pred.size() + ", gt=" + gt.size() + ", " + transform + "]";
  }
}
