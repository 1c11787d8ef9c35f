package org.radiomesh.spatial;

import java.util.List;

/**
 * Builds the implicit median-split trees of {@link KdTree} and {@link TriangleBvh}: items of {@code stride} floats
 * (one point, or a triangle's three vertices) are partitioned in place, with their ids, at the middle of each range
 * along the axis of largest extent; the exact bounding boxes of the two children of node k go to
 * {@code boxes[12k .. 12k+11]}. The child c ≥ 1 therefore finds its own box at {@code 6(c-1)}.
 *
 * <p>Cost: O(n log n): an expected-linear nth-element (Hoare partition, median-of-three pivot, which splits runs of
 * equal keys evenly) and a bounding-box pass per level. Deterministic: the same input gives the same tree whatever the
 * thread count, because subtrees are independent.
 */
final class MedianSplitter {
  private final float[] items;
  private final int[] ids;
  private final float[] boxes;
  private final int leafSize;
  private final int stride;

  MedianSplitter(float[] items, int[] ids, float[] boxes, int leafSize, int stride) {
    this.items = items;
    this.ids = ids;
    this.boxes = boxes;
    this.leafSize = leafSize;
    this.stride = stride;
  }

  /** Offset in {@code boxes} of the box of node c ≥ 1 (stored in its parent's record). */
  static int boxOffset(int node) {
    return 6 * (node - 1);
  }

  /** Splits node's range recursively down to the leaves. */
  void split(int node, int lo, int hi, float[] box, int boxOffset) {
    if (hi - lo <= leafSize) {
      return;
    }
    int mid = partition(node, lo, hi, box, boxOffset);
    split(2 * node + 1, lo, mid, boxes, boxOffset(2 * node + 1));
    split(2 * node + 2, mid, hi, boxes, boxOffset(2 * node + 2));
  }

  /**
   * Splits the top {@code levels} levels and collects the subtrees below as tasks {node, lo, hi, boxOffset}, to be
   * finished by {@link #split} (the root's box is the caller's when node is 0).
   */
  void splitTop(int node, int lo, int hi, float[] box, int boxOffset, int levels, List<int[]> tasks) {
    if (levels == 0 || hi - lo <= leafSize) {
      tasks.add(new int[] {node, lo, hi, boxOffset});
      return;
    }
    int mid = partition(node, lo, hi, box, boxOffset);
    splitTop(2 * node + 1, lo, mid, boxes, boxOffset(2 * node + 1), levels - 1, tasks);
    splitTop(2 * node + 2, mid, hi, boxes, boxOffset(2 * node + 2), levels - 1, tasks);
  }

  /** Bounds of all vertices of items [lo, hi) into out[off .. off+5] (min xyz, max xyz). */
  void bounds(int lo, int hi, float[] out, int off) {
    float minX = Float.POSITIVE_INFINITY;
    float minY = Float.POSITIVE_INFINITY;
    float minZ = Float.POSITIVE_INFINITY;
    float maxX = Float.NEGATIVE_INFINITY;
    float maxY = Float.NEGATIVE_INFINITY;
    float maxZ = Float.NEGATIVE_INFINITY;
    for (int o = lo * stride, end = hi * stride; o < end; o += 3) {
      float x = items[o];
      float y = items[o + 1];
      float z = items[o + 2];
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
      minZ = Math.min(minZ, z);
      maxZ = Math.max(maxZ, z);
    }
    out[off] = minX;
    out[off + 1] = minY;
    out[off + 2] = minZ;
    out[off + 3] = maxX;
    out[off + 4] = maxY;
    out[off + 5] = maxZ;
  }

  private int partition(int node, int lo, int hi, float[] box, int off) {
    float ex = box[off + 3] - box[off];
    float ey = box[off + 4] - box[off + 1];
    float ez = box[off + 5] - box[off + 2];
    int dim = ex >= ey && ex >= ez ? 0 : (ey >= ez ? 1 : 2);
    int mid = (lo + hi) >>> 1;
    select(lo, hi - 1, mid, dim);
    bounds(lo, mid, boxes, 12 * node);
    bounds(mid, hi, boxes, 12 * node + 6);
    return mid;
  }

  /** The sort key of item i on axis dim: the coordinate of a point, three times the centroid of a triangle. */
  private float key(int i, int dim) {
    int o = i * stride + dim;
    return stride == 3 ? items[o] : items[o] + items[o + 3] + items[o + 6];
  }

  /** Rearranges [l, r] so that position k holds the k-th smallest key, smaller-or-equal keys before it. */
  private void select(int l, int r, int k, int dim) {
    while (r > l) {
      int m = (l + r) >>> 1;
      float pivot = median(key(l, dim), key(m, dim), key(r, dim));
      int i = l;
      int j = r;
      while (i <= j) {
        while (key(i, dim) < pivot) {
          i++;
        }
        while (key(j, dim) > pivot) {
          j--;
        }
        if (i <= j) {
          swap(i++, j--);
        }
      }
      if (k <= j) {
        r = j;
      } else if (k >= i) {
        l = i;
      } else {
        return;
      }
    }
  }

  private static float median(float a, float b, float c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }

  private void swap(int a, int b) {
    int oa = a * stride;
    int ob = b * stride;
    for (int d = 0; d < stride; d++) {
      float t = items[oa + d];
      items[oa + d] = items[ob + d];
      items[ob + d] = t;
    }
    int t = ids[a];
    ids[a] = ids[b];
    ids[b] = t;
  }
}
