package org.radiomesh.metrics;

import java.io.Serializable;
import org.radiomesh.mesh.TriangleMesh;

/**
 * The normalisation x' = (x − c)·s of {@link Normalization}, computed from the ground truth's vertices (those used by
 * its faces; all points of a point cloud) and applied to both sides. Distances in normalised units are mesh-unit
 * distances times {@code scale}. Cost: O(V) to compute, O(n) to apply; applied in double, stored as float.
 *
 * @param cx centre x (GT bounding-box centre; 0 for {@link Normalization#NONE})
 * @param cy centre y
 * @param cz centre z
 * @param scale the factor s (1 for NONE)
 */
public record SimilarityTransform(double cx, double cy, double cz, double scale) implements Serializable {

  /** The identity. */
  public static SimilarityTransform identity() {
    return new SimilarityTransform(0, 0, 0, 1);
  }

  /**
   * The transform that {@code normalization} derives from {@code gt}.
   *
   * @throws IllegalArgumentException if the GT has zero extent (a single point), so no scale can be derived
   */
  public static SimilarityTransform of(TriangleMesh gt, Normalization normalization, double fixedScale) {
    if (normalization == Normalization.NONE) {
      return identity();
    }
    float[] v = gt.xyz();
    int[] used = gt.isPointCloud() ? null : gt.faces();
    int n = used == null ? gt.vertexCount() : used.length;
    double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
    double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
    for (int k = 0; k < n; k++) {
      int o = 3 * (used == null ? k : used[k]);
      for (int d = 0; d < 3; d++) {
        lo[d] = Math.min(lo[d], v[o + d]);
        hi[d] = Math.max(hi[d], v[o + d]);
      }
    }
    double cx = 0.5 * (lo[0] + hi[0]);
    double cy = 0.5 * (lo[1] + hi[1]);
    double cz = 0.5 * (lo[2] + hi[2]);
    double size;
    if (normalization == Normalization.UNIT_SPHERE) {
      double r2 = 0;
      for (int k = 0; k < n; k++) {
        int o = 3 * (used == null ? k : used[k]);
        double dx = v[o] - cx;
        double dy = v[o + 1] - cy;
        double dz = v[o + 2] - cz;
        r2 = Math.max(r2, dx * dx + dy * dy + dz * dz);
      }
      size = Math.sqrt(r2);
    } else {
      size = Math.max(hi[0] - lo[0], Math.max(hi[1] - lo[1], hi[2] - lo[2]));
    }
    if (!(size > 0)) {
      throw new IllegalArgumentException("gt has zero extent, so " + normalization + " normalisation is undefined");
    }
    double target = normalization == Normalization.FIXED_SCALE ? fixedScale : 1;
    return new SimilarityTransform(cx, cy, cz, target / size);
  }

  /** True for the identity (then {@link #apply} returns its argument). */
  public boolean isIdentity() {
    return cx == 0 && cy == 0 && cz == 0 && scale == 1;
  }

  /** The transformed copy of xyz triples (the same array for the identity). */
  public float[] apply(float[] xyz) {
    if (isIdentity()) {
      return xyz;
    }
    float[] out = new float[xyz.length];
    for (int i = 0; i < xyz.length; i += 3) {
      out[i] = (float) ((xyz[i] - cx) * scale);
      out[i + 1] = (float) ((xyz[i + 1] - cy) * scale);
      out[i + 2] = (float) ((xyz[i + 2] - cz) * scale);
    }
    return out;
  }
}
