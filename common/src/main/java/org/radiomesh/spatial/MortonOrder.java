package org.radiomesh.spatial;

/**
 * A spatially coherent order of 3D points: ascending 30-bit Morton (Z-order) code of the point quantised to a 1024³
 * grid over the points' bounding cube, ties in input order. Queries processed in this order hit the same tree nodes
 * one after the other, which is what makes batch nearest-neighbour search cache friendly.
 *
 * <p>Cost: O(n) (two passes of a stable 15-bit radix sort), 12 bytes per point of scratch.
 *
 * <pre>{@code
 * int[] order = MortonOrder.permutation(xyz);
 * float[] coherent = MortonOrder.gather(xyz, order);
 * }</pre>
 */
public final class MortonOrder {
  private static final int BITS = 10;
  private static final int RADIX_BITS = 15;

  private MortonOrder() {}

  /**
   * The permutation that sorts the points by Morton code: {@code order[k]} is the input index of the k-th point.
   *
   * @param xyz points, xyz triples with finite coordinates
   */
  public static int[] permutation(float[] xyz) {
    int n = xyz.length / 3;
    double[] box = bounds(xyz);
    double extent = Math.max(box[3] - box[0], Math.max(box[4] - box[1], box[5] - box[2]));
    double scale = extent > 0 ? (1 << BITS) / extent : 0;
    int max = (1 << BITS) - 1;
    int[] codes = new int[n];
    for (int i = 0; i < n; i++) {
      int x = Math.min(max, (int) ((xyz[3 * i] - box[0]) * scale));
      int y = Math.min(max, (int) ((xyz[3 * i + 1] - box[1]) * scale));
      int z = Math.min(max, (int) ((xyz[3 * i + 2] - box[2]) * scale));
      codes[i] = spread(x) | (spread(y) << 1) | (spread(z) << 2);
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    int[] codesOut = new int[n];
    int[] orderOut = new int[n];
    radixPass(codes, order, codesOut, orderOut, 0);
    radixPass(codesOut, orderOut, codes, order, RADIX_BITS);
    return order;
  }

  /** {@code out[k] = values[order[k]]} for triples (xyz or normals); null in, null out. */
  public static float[] gather(float[] values, int[] order) {
    if (values == null) {
      return null;
    }
    float[] out = new float[values.length];
    for (int k = 0; k < order.length; k++) {
      int s = 3 * order[k];
      out[3 * k] = values[s];
      out[3 * k + 1] = values[s + 1];
      out[3 * k + 2] = values[s + 2];
    }
    return out;
  }

  /** Axis-aligned bounds of xyz triples: {minx, miny, minz, maxx, maxy, maxz}. */
  static double[] bounds(float[] xyz) {
    double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
    for (int i = 0; i < xyz.length; i += 3) {
      for (int d = 0; d < 3; d++) {
        b[d] = Math.min(b[d], xyz[i + d]);
        b[d + 3] = Math.max(b[d + 3], xyz[i + d]);
      }
    }
    return b;
  }

  /** Stable counting sort of (key, value) pairs on bits [shift, shift + 15) of the key. */
  private static void radixPass(int[] keys, int[] values, int[] keysOut, int[] valuesOut, int shift) {
    int buckets = 1 << RADIX_BITS;
    int mask = buckets - 1;
    int[] start = new int[buckets + 1];
    for (int k : keys) {
      start[((k >>> shift) & mask) + 1]++;
    }
    for (int b = 0; b < buckets; b++) {
      start[b + 1] += start[b];
    }
    for (int i = 0; i < keys.length; i++) {
      int b = (keys[i] >>> shift) & mask;
      int at = start[b]++;
      keysOut[at] = keys[i];
      valuesOut[at] = values[i];
    }
  }

  /** Spreads the low 10 bits of v so that bit i lands on bit 3i. */
  private static int spread(int v) {
    v = (v | (v << 16)) & 0x030000FF;
    v = (v | (v << 8)) & 0x0300F00F;
    v = (v | (v << 4)) & 0x030C30C3;
    v = (v | (v << 2)) & 0x09249249;
    return v;
  }
}
