package org.radiomesh.spatial;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the implicit median-split trees of {@link KdTree} and {@link TriangleBvh}: items of {@code stride} floats
 * (one point, or a triangle's three vertices) are partitioned in place, with their ids, at the middle of each range
 * along the longest axis of the range's cell (the region that the splits above it leave, in key space: point
 * coordinates, or three times the triangle centroid). The exact bounding boxes of the two children of node k go to
 * {@code boxes[12k .. 12k+11]}, so child c ≥ 1 finds its own box at {@code 6(c-1)}; they are computed bottom-up, one
 * pass over the items in all.
 *
 * <p>Cost: O(n log n): an expected-linear nth-element per level (Hoare partition, median-of-three pivot, which splits
 * runs of equal keys evenly). Deterministic: the same input gives the same tree whatever the thread count, because
 * subtrees are independent.
 */
final class MedianSplitter {
  private final float[] items;
  private final int[] ids;
  private final float[] boxes;
  private final int leafSize;
  private final int stride;
  private final float[] splitValue;
  private final byte[] splitAxis;

  /**
   * @param splitValue if not null (points only), receives per internal node the key of its middle item: every left
   *     item's coordinate on {@code splitAxis[node]} is at most this, every right item's at least this
   * @param splitAxis receives the axis of the split, with splitValue
   */
  MedianSplitter(float[] items, int[] ids, float[] boxes, int leafSize, int stride, float[] splitValue,
      byte[] splitAxis) {
    this.items = items;
    this.ids = ids;
    this.boxes = boxes;
    this.leafSize = leafSize;
    this.stride = stride;
    this.splitValue = splitValue;
    this.splitAxis = splitAxis;
  }

  /** Offset in {@code boxes} of the box of node c ≥ 1 (stored in its parent's record). */
  static int boxOffset(int node) {
    return 6 * (node - 1);
  }

  /** Builds the whole tree over {@code n} items, the lower levels on {@code threads} threads (0 = all cores). */
  void build(int n, int threads) {
    float[] cell = keyBounds(n);
    int t = ParallelBlocks.resolve(threads);
    float[] rootBox = new float[6];
    if (t == 1) {
      split(0, 0, n, cell, rootBox, 0);
      return;
    }
    int levels = 32 - Integer.numberOfLeadingZeros(4 * t - 1);
    List<Object[]> tasks = new ArrayList<>();
    splitTop(0, 0, n, cell, levels, tasks);
    ParallelBlocks.forEach(tasks.size(), t, k -> {
      Object[] task = tasks.get(k);
      int node = (Integer) task[0];
      split(node, (Integer) task[1], (Integer) task[2], (float[]) task[3], node == 0 ? rootBox : boxes,
          node == 0 ? 0 : boxOffset(node));
    });
    unionTop(0, 0, n, levels, rootBox);
  }

  /** Splits [lo, hi) recursively and writes its exact bounding box to out[off .. off+5]. */
  private void split(int node, int lo, int hi, float[] cell, float[] out, int off) {
    if (hi - lo <= leafSize) {
      bounds(lo, hi, out, off);
      return;
    }
    int dim = longestAxis(cell);
    int mid = partition(lo, hi, dim);
    float s = key(mid, dim);
    if (splitValue != null) {
      splitValue[node] = s;
      splitAxis[node] = (byte) dim;
    }
    float[] left = cell.clone();
    left[3 + dim] = s;
    split(2 * node + 1, lo, mid, left, boxes, 12 * node);
    float[] right = cell;
    right[dim] = s;
    split(2 * node + 2, mid, hi, right, boxes, 12 * node + 6);
    union(12 * node, out, off);
  }

  /** Partitions the top {@code levels} levels and collects the subtrees below as tasks {node, lo, hi, cell}. */
  private void splitTop(int node, int lo, int hi, float[] cell, int levels, List<Object[]> tasks) {
    if (levels == 0 || hi - lo <= leafSize) {
      tasks.add(new Object[] {node, lo, hi, cell});
      return;
    }
    int dim = longestAxis(cell);
    int mid = partition(lo, hi, dim);
    float s = key(mid, dim);
    if (splitValue != null) {
      splitValue[node] = s;
      splitAxis[node] = (byte) dim;
    }
    float[] left = cell.clone();
    left[3 + dim] = s;
    float[] right = cell.clone();
    right[dim] = s;
    splitTop(2 * node + 1, lo, mid, left, levels - 1, tasks);
    splitTop(2 * node + 2, mid, hi, right, levels - 1, tasks);
  }

  /** After the tasks: the boxes of the top levels, as unions of their children's. */
  private void unionTop(int node, int lo, int hi, int levels, float[] rootBox) {
    if (levels == 0 || hi - lo <= leafSize) {
      return;
    }
    int mid = (lo + hi) >>> 1;
    unionTop(2 * node + 1, lo, mid, levels - 1, rootBox);
    unionTop(2 * node + 2, mid, hi, levels - 1, rootBox);
    union(12 * node, node == 0 ? rootBox : boxes, node == 0 ? 0 : boxOffset(node));
  }

  private void union(int record, float[] out, int off) {
    for (int d = 0; d < 3; d++) {
      out[off + d] = Math.min(boxes[record + d], boxes[record + 6 + d]);
      out[off + 3 + d] = Math.max(boxes[record + 3 + d], boxes[record + 9 + d]);
    }
  }

  private static int longestAxis(float[] c) {
    float ex = c[3] - c[0];
    float ey = c[4] - c[1];
    float ez = c[5] - c[2];
    return ex >= ey && ex >= ez ? 0 : (ey >= ez ? 1 : 2);
  }

  /** Bounds of the keys of items [0, n). */
  private float[] keyBounds(int n) {
    float[] b = {Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY,
        Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY};
    for (int i = 0; i < n; i++) {
      for (int d = 0; d < 3; d++) {
        float k = key(i, d);
        b[d] = Math.min(b[d], k);
        b[3 + d] = Math.max(b[3 + d], k);
      }
    }
    return b;
  }

  /** Bounds of all vertices of items [lo, hi) into out[off .. off+5] (min xyz, max xyz). */
  private void bounds(int lo, int hi, float[] out, int off) {
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

  /** The sort key of item i on axis dim: the coordinate of a point, three times the centroid of a triangle. */
  private float key(int i, int dim) {
    int o = i * stride + dim;
    return stride == 3 ? items[o] : items[o] + items[o + 3] + items[o + 6];
  }

  /** nth-element at the middle of [lo, hi) on axis dim; returns the middle. */
  private int partition(int lo, int hi, int dim) {
    int mid = (lo + hi) >>> 1;
    if (stride == 3) {
      selectPoints(lo, hi - 1, mid, dim);
    } else {
      selectTriangles(lo, hi - 1, mid, dim);
    }
    return mid;
  }

  /**
   * Rearranges [left, right] so that position k holds the k-th smallest coordinate on dim, smaller-or-equal ones
   * before it and greater-or-equal ones after (Floyd-Rivest: the pivot comes from a recursively selected sample, so a
   * large range is partitioned in about one pass).
   */
  private void selectPoints(int left, int right, int k, int dim) {
    final float[] p = items;
    while (right > left) {
      if (right - left > 600) {
        int n = right - left + 1;
        int i = k - left + 1;
        double z = Math.log(n);
        double s = 0.5 * Math.exp(2 * z / 3);
        double sd = 0.5 * Math.sqrt(z * s * (n - s) / n) * Math.signum(i - n / 2.0);
        int newLeft = (int) Math.max(left, Math.floor(k - i * s / n + sd));
        int newRight = (int) Math.min(right, Math.floor(k + (n - i) * s / n + sd));
        selectPoints(newLeft, newRight, k, dim);
      }
      float t = p[3 * k + dim];
      int i = left;
      int j = right;
      swapPoints(left, k);
      if (p[3 * right + dim] > t) {
        swapPoints(right, left);
      }
      while (i < j) {
        swapPoints(i++, j--);
        while (p[3 * i + dim] < t) {
          i++;
        }
        while (p[3 * j + dim] > t) {
          j--;
        }
      }
      if (p[3 * left + dim] == t) {
        swapPoints(left, j);
      } else {
        swapPoints(++j, right);
      }
      if (j <= k) {
        left = j + 1;
      }
      if (k <= j) {
        right = j - 1;
      }
    }
  }

  /** As {@link #selectPoints} on triangle keys. */
  private void selectTriangles(int l, int r, int k, int dim) {
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

  private void swapPoints(int a, int b) {
    final float[] p = items;
    int oa = 3 * a;
    int ob = 3 * b;
    float x = p[oa];
    float y = p[oa + 1];
    float z = p[oa + 2];
    p[oa] = p[ob];
    p[oa + 1] = p[ob + 1];
    p[oa + 2] = p[ob + 2];
    p[ob] = x;
    p[ob + 1] = y;
    p[ob + 2] = z;
    int t = ids[a];
    ids[a] = ids[b];
    ids[b] = t;
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
