package org.radiomesh.spatial;

import java.io.Serializable;

/**
 * Exact nearest-neighbour search among 3D points (a balanced k-d tree).
 *
 * <p>Layout: the points are copied into tree order in one contiguous float array; the tree is implicit (node k has
 * children 2k+1 and 2k+2, ranges split at their middle, on the axis of largest extent, by nth-element partition) with
 * leaves of at most {@value #LEAF_SIZE} points. Every internal node stores the exact bounding boxes of its two
 * children side by side (48 bytes), so one cache line decides which child to visit first and which to prune.
 *
 * <p>Search: iterative depth-first with a small explicit stack; squared distances are accumulated in double precision
 * from the float coordinates, so the returned distance is the exact minimum of those double values. Batch queries
 * start each search from the previous query's answer (a tight initial bound when queries are spatially coherent, for
 * example in {@link MortonOrder}); the distance never depends on that, and since a batch is processed in order the
 * index is a deterministic function of the batch. Ties between equidistant points go to whichever the search meets
 * first.
 *
 * <p>Cost: build O(n log n) time, 16 bytes per point plus about 6 bytes per point of boxes; a query O(log n)
 * expected for well spread data. The tree is immutable and safe for concurrent queries.
 *
 * <pre>{@code
 * KdTree tree = KdTree.build(referenceXyz, 0);
 * tree.nearest(queryXyz, distanceSquared, index, 0);
 * }</pre>
 */
public final class KdTree implements NeighbourIndex, Serializable {
  private static final long serialVersionUID = 1L;
  /** Maximum number of points in a leaf. */
  public static final int LEAF_SIZE = 8;
  private static final int RECORD = 12;

  private final int size;
  private final int depth;
  private final float[] points;
  private final int[] original;
  private final float[] boxes;
  private final float[] splitValue;
  private final byte[] splitAxis;

  private KdTree(int size, int depth, float[] points, int[] original, float[] boxes, float[] splitValue,
      byte[] splitAxis) {
    this.size = size;
    this.depth = depth;
    this.points = points;
    this.original = original;
    this.boxes = boxes;
    this.splitValue = splitValue;
    this.splitAxis = splitAxis;
  }

  /** Builds the tree on one thread. */
  public static KdTree build(float[] xyz) {
    return build(xyz, 1);
  }

  /**
   * Builds the tree; the result is the same for every thread count.
   *
   * @param xyz reference points, xyz triples, at least one point, finite coordinates; not modified
   * @param threads threads for the lower levels of the build, 0 = all cores
   * @throws IllegalArgumentException on an empty or malformed array or a non-finite coordinate
   */
  public static KdTree build(float[] xyz, int threads) {
    if (xyz == null || xyz.length == 0 || xyz.length % 3 != 0) {
      throw new IllegalArgumentException("k-d tree needs at least one point as xyz triples, got "
          + (xyz == null ? "null" : xyz.length + " floats"));
    }
    for (int i = 0; i < xyz.length; i++) {
      if (!Float.isFinite(xyz[i])) {
        throw new IllegalArgumentException("point " + i / 3 + " has a non-finite coordinate: " + xyz[i]);
      }
    }
    int n = xyz.length / 3;
    int depth = 0;
    while (ceilDiv(n, depth) > LEAF_SIZE) {
      depth++;
    }
    float[] points = xyz.clone();
    int[] original = new int[n];
    for (int i = 0; i < n; i++) {
      original[i] = i;
    }
    float[] boxes = new float[RECORD * ((1 << depth) - 1)];
    int internal = (1 << depth) - 1;
    float[] splitValue = new float[internal];
    byte[] splitAxis = new byte[internal];
    new MedianSplitter(points, original, boxes, LEAF_SIZE, 3, splitValue, splitAxis).build(n, threads);
    return new KdTree(n, depth, points, original, boxes, splitValue, splitAxis);
  }

  private static int ceilDiv(int n, int levels) {
    return (int) ((n + (1L << levels) - 1) >> levels);
  }

  @Override
  public int size() {
    return size;
  }

  /** The nearest point to (x, y, z). */
  public Neighbour nearest(float x, float y, float z) {
    double[] d = new double[1];
    int[] i = new int[1];
    nearest(new float[] {x, y, z}, 0, 1, d, i, 0);
    return new Neighbour(i[0], d[0]);
  }

  @Override
  public void nearest(float[] queries, int from, int to, double[] distanceSquared, int[] index, int outOffset) {
    final float[] p = points;
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
      double best = Double.POSITIVE_INFINITY;
      int bestSlot = -1;
      if (previous >= 0) {
        int o = 3 * previous;
        double dx = qx - p[o];
        double dy = qy - p[o + 1];
        double dz = qz - p[o + 2];
        best = dx * dx + dy * dy + dz * dz;
        bestSlot = previous;
      }
      int sp = 0;
      int node = 0;
      int lo = 0;
      int hi = size;
      // While the ball of radius √best stays on one side of the split planes, the other side cannot hold a
      // closer point (its coordinate on the axis is beyond the plane): follow the query down without boxes.
      while (hi - lo > LEAF_SIZE) {
        int axis = splitAxis[node];
        double diff = (axis == 0 ? qx : (axis == 1 ? qy : qz)) - splitValue[node];
        if (diff * diff < best) {
          break;
        }
        int mid = (lo + hi) >>> 1;
        if (diff < 0) {
          node = 2 * node + 1;
          hi = mid;
        } else {
          node = 2 * node + 2;
          lo = mid;
        }
      }
      while (true) {
        boolean reachedLeaf = true;
        while (hi - lo > LEAF_SIZE) {
          int r = node * RECORD;
          int mid = (lo + hi) >>> 1;
          double dl = Boxes.distanceSquared(bx, r, qx, qy, qz);
          double dr = Boxes.distanceSquared(bx, r + 6, qx, qy, qz);
          if (dl <= dr) {
            if (dr < best) {
              stackNode[sp] = 2 * node + 2;
              stackLo[sp] = mid;
              stackHi[sp] = hi;
              stackDistance[sp++] = dr;
            } else if (dl >= best) {
              reachedLeaf = false;
              break;
            }
            node = 2 * node + 1;
            hi = mid;
          } else {
            if (dl < best) {
              stackNode[sp] = 2 * node + 1;
              stackLo[sp] = lo;
              stackHi[sp] = mid;
              stackDistance[sp++] = dl;
            } else if (dr >= best) {
              reachedLeaf = false;
              break;
            }
            node = 2 * node + 2;
            lo = mid;
          }
        }
        if (reachedLeaf) {
          for (int s = lo, o = 3 * lo; s < hi; s++, o += 3) {
            double dx = qx - p[o];
            double dy = qy - p[o + 1];
            double dz = qz - p[o + 2];
            double d = dx * dx + dy * dy + dz * dz;
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
      distanceSquared[outOffset + i - from] = best;
      index[outOffset + i - from] = original[bestSlot];
      previous = bestSlot;
    }
  }
}
