package org.radiomesh.spatial;

import java.io.Serializable;

/**
 * Exact point-to-surface distance: a bounding volume hierarchy over triangles answering "closest point on any
 * triangle" queries.
 *
 * <p>Layout as {@link KdTree}: the triangles' vertices are copied into tree order (9 floats per triangle), the tree is
 * implicit and balanced (median split of the triangle centroids along the axis of largest extent, leaves of at most
 * {@value #LEAF_SIZE} triangles), and each internal node stores the exact boxes of its two children. Distances are
 * squared Euclidean, computed in double precision by {@link ClosestPointOnTriangle}; the answer's index is the face
 * index in the mesh's {@code faces} order. Batch queries start from the previous query's triangle; the distance never
 * depends on that.
 *
 * <p>Cost: build O(F log F), 40 bytes per triangle plus boxes; a query O(log F) expected. Immutable, safe for
 * concurrent queries.
 *
 * <pre>{@code
 * TriangleBvh bvh = TriangleBvh.build(mesh.xyz(), mesh.faces(), 0);
 * SurfacePoint s = bvh.closest(0.1f, 0.2f, 0.3f);
 * }</pre>
 */
public final class TriangleBvh implements NeighbourIndex, Serializable {
  private static final long serialVersionUID = 1L;
  /** Maximum number of triangles in a leaf. */
  public static final int LEAF_SIZE = 4;
  private static final int RECORD = 12;

  private final int size;
  private final int depth;
  private final float[] triangles;
  private final int[] face;
  private final float[] boxes;

  private TriangleBvh(int size, int depth, float[] triangles, int[] face, float[] boxes) {
    this.size = size;
    this.depth = depth;
    this.triangles = triangles;
    this.face = face;
    this.boxes = boxes;
  }

  /** The closest point of the surface to a query: face index, squared distance and the point itself. */
  public record SurfacePoint(int face, double distanceSquared, double x, double y, double z) {}

  /**
   * Builds the hierarchy; the result is the same for every thread count.
   *
   * @param xyz vertices, xyz triples, finite
   * @param faces triangles, three vertex indices each, at least one
   * @param threads threads for the lower levels of the build, 0 = all cores
   * @throws IllegalArgumentException on no faces, a bad index or a non-finite vertex used by a face
   */
  public static TriangleBvh build(float[] xyz, int[] faces, int threads) {
    if (faces == null || faces.length == 0 || faces.length % 3 != 0) {
      throw new IllegalArgumentException("triangle BVH needs at least one triangle, got "
          + (faces == null ? "null" : faces.length + " face indices"));
    }
    int n = faces.length / 3;
    float[] tri = new float[9 * n];
    for (int f = 0; f < n; f++) {
      for (int k = 0; k < 3; k++) {
        int v = faces[3 * f + k];
        if (v < 0 || 3 * v + 2 >= xyz.length) {
          throw new IllegalArgumentException("face " + f + " has vertex index " + v + ", expected 0.."
              + (xyz.length / 3 - 1));
        }
        for (int d = 0; d < 3; d++) {
          float c = xyz[3 * v + d];
          if (!Float.isFinite(c)) {
            throw new IllegalArgumentException("vertex " + v + " of face " + f + " has a non-finite coordinate: " + c);
          }
          tri[9 * f + 3 * k + d] = c;
        }
      }
    }
    int depth = 0;
    while ((n + (1L << depth) - 1) >> depth > LEAF_SIZE) {
      depth++;
    }
    int[] face = new int[n];
    for (int i = 0; i < n; i++) {
      face[i] = i;
    }
    float[] boxes = new float[RECORD * ((1 << depth) - 1)];
    new MedianSplitter(tri, face, boxes, LEAF_SIZE, 9, null, null).build(n, threads);
    return new TriangleBvh(n, depth, tri, face, boxes);
  }

  /** Number of triangles. */
  @Override
  public int size() {
    return size;
  }

  /** The closest point of the surface to (x, y, z). */
  public SurfacePoint closest(float x, float y, float z) {
    double[] d = new double[1];
    int[] slot = new int[1];
    searchSlots(new float[] {x, y, z}, 0, 1, d, slot, 0);
    double[] c = new double[3];
    ClosestPointOnTriangle.distanceSquared(x, y, z, triangles, 9 * slot[0], c);
    return new SurfacePoint(face[slot[0]], d[0], c[0], c[1], c[2]);
  }

  @Override
  public void nearest(float[] queries, int from, int to, double[] distanceSquared, int[] index, int outOffset) {
    searchSlots(queries, from, to, distanceSquared, index, outOffset);
    for (int k = outOffset, end = outOffset + to - from; k < end; k++) {
      index[k] = face[index[k]];
    }
  }

  /**
   * Closest surface points of queries [from, to): squared distance, face index and the closest point (3 floats) at
   * output position {@code outOffset + i - from}.
   */
  public void closest(float[] queries, int from, int to, double[] distanceSquared, int[] index, float[] points,
      int outOffset) {
    searchSlots(queries, from, to, distanceSquared, index, outOffset);
    double[] c = new double[3];
    for (int i = from; i < to; i++) {
      int out = outOffset + i - from;
      int slot = index[out];
      ClosestPointOnTriangle.distanceSquared(queries[3 * i], queries[3 * i + 1], queries[3 * i + 2], triangles,
          9 * slot, c);
      points[3 * out] = (float) c[0];
      points[3 * out + 1] = (float) c[1];
      points[3 * out + 2] = (float) c[2];
      index[out] = face[slot];
    }
  }

  /** The search: squared distance and tree slot of the closest triangle of each query. */
  private void searchSlots(float[] queries, int from, int to, double[] distanceSquared, int[] slots,
      int outOffset) {
    final float[] tri = triangles;
    final float[] bx = boxes;
    int[] stackNode = new int[depth + 1];
    int[] stackLo = new int[depth + 1];
    int[] stackHi = new int[depth + 1];
    double[] stackDistance = new double[depth + 1];
    int previous = -1;
    for (int i = from; i < to; i++) {
      float fx = queries[3 * i];
      float fy = queries[3 * i + 1];
      float fz = queries[3 * i + 2];
      if (!(Float.isFinite(fx) && Float.isFinite(fy) && Float.isFinite(fz))) {
        throw new IllegalArgumentException("query " + i + " has a non-finite coordinate: (" + fx + ", " + fy + ", "
            + fz + ")");
      }
      double qx = fx;
      double qy = fy;
      double qz = fz;
      int bestSlot = previous < 0 ? 0 : previous;
      double best = ClosestPointOnTriangle.distanceSquared(qx, qy, qz, tri, 9 * bestSlot, null);
      int sp = 0;
      int node = 0;
      int lo = 0;
      int hi = size;
      while (true) {
        boolean reachedLeaf = true;
        while (hi - lo > LEAF_SIZE) {
          int r = node * RECORD;
          int mid = (lo + hi) >>> 1;
          double dl = Boxes.distanceSquared(bx, r, qx, qy, qz);
          double dr = Boxes.distanceSquared(bx, r + 6, qx, qy, qz);
          int near = dl <= dr ? 2 * node + 1 : 2 * node + 2;
          double dNear = Math.min(dl, dr);
          double dFar = Math.max(dl, dr);
          if (dFar < best) {
            stackNode[sp] = near == 2 * node + 1 ? 2 * node + 2 : 2 * node + 1;
            stackLo[sp] = near == 2 * node + 1 ? mid : lo;
            stackHi[sp] = near == 2 * node + 1 ? hi : mid;
            stackDistance[sp++] = dFar;
          } else if (dNear >= best) {
            reachedLeaf = false;
            break;
          }
          if (near == 2 * node + 1) {
            hi = mid;
          } else {
            lo = mid;
          }
          node = near;
        }
        if (reachedLeaf) {
          for (int s = lo; s < hi; s++) {
            double d = ClosestPointOnTriangle.distanceSquared(qx, qy, qz, tri, 9 * s, null);
            if (d < best) {
              best = d;
              bestSlot = s;
            }
          }
        }
        while (sp > 0 && stackDistance[sp - 1] >= best) {
          sp--;
        }
        if (sp == 0) {
          break;
        }
        sp--;
        node = stackNode[sp];
        lo = stackLo[sp];
        hi = stackHi[sp];
      }
      int out = outOffset + i - from;
      distanceSquared[out] = best;
      slots[out] = bestSlot;
      previous = bestSlot;
    }
  }
}
