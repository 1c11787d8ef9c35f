package org.radiomesh.metrics;

/**
 * Percentiles of a sample by linear interpolation between order statistics at position q·(n − 1), NumPy's default
 * ({@code numpy.percentile(..., method="linear")}). Uses selection, not a full sort: O(n) expected per percentile
 * on a shrinking range, one copy of the values.
 */
public final class Percentiles {
  private Percentiles() {}

  /**
   * The percentiles {@code levels} (in [0, 100], ascending) of {@code values}.
   *
   * @throws IllegalArgumentException if values is empty or a level is out of range or out of order
   */
  public static double[] of(float[] values, double... levels) {
    if (values.length == 0) {
      throw new IllegalArgumentException("percentiles of an empty sample are undefined");
    }
    float[] a = values.clone();
    int n = a.length;
    double[] out = new double[levels.length];
    int lo = 0;
    double previous = 0;
    for (int i = 0; i < levels.length; i++) {
      double q = levels[i];
      if (!(q >= previous && q <= 100)) {
        throw new IllegalArgumentException("percentile levels must be ascending in [0, 100], got " + q);
      }
      previous = q;
      double position = q / 100 * (n - 1);
      int k = (int) Math.floor(position);
      double fraction = position - k;
      select(a, lo, n - 1, k);
      double v = a[k];
      if (fraction > 0 && k + 1 < n) {
        select(a, k + 1, n - 1, k + 1);
        v += fraction * ((double) a[k + 1] - a[k]);
      }
      out[i] = v;
      lo = k;
    }
    return out;
  }

  /** Rearranges a[l..r] so that a[k] is the k-th smallest, smaller-or-equal values before it, larger after. */
  private static void select(float[] a, int l, int r, int k) {
    while (r > l) {
      int m = (l + r) >>> 1;
      float x = a[l];
      float y = a[m];
      float z = a[r];
      float pivot = Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
      int i = l;
      int j = r;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          float t = a[i];
          a[i++] = a[j];
          a[j--] = t;
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
}
