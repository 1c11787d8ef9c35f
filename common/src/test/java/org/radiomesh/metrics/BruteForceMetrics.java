package org.radiomesh.metrics;

/**
 * Reference answers for the metric tests, by the O(N·M) definitions: for every point the distance to every point of
 * the other set, then the formulas of REFERENCE §1 written out directly.
 */
final class BruteForceMetrics {
  final double[] predToGt;
  final double[] gtToPred;
  final int[] predToGtIndex;
  final int[] gtToPredIndex;

  BruteForceMetrics(float[] pred, float[] gt) {
    predToGt = new double[pred.length / 3];
    predToGtIndex = new int[pred.length / 3];
    gtToPred = new double[gt.length / 3];
    gtToPredIndex = new int[gt.length / 3];
    nearest(pred, gt, predToGt, predToGtIndex);
    nearest(gt, pred, gtToPred, gtToPredIndex);
  }

  /** Unsquared nearest distances of each query point, and the index of the nearest (lowest index on ties). */
  private static void nearest(float[] q, float[] ref, double[] out, int[] index) {
    for (int i = 0; i < out.length; i++) {
      double best = Double.POSITIVE_INFINITY;
      for (int j = 0; j < ref.length / 3; j++) {
        double dx = (double) q[3 * i] - ref[3 * j];
        double dy = (double) q[3 * i + 1] - ref[3 * j + 1];
        double dz = (double) q[3 * i + 2] - ref[3 * j + 2];
        double d = dx * dx + dy * dy + dz * dz;
        if (d < best) {
          best = d;
          index[i] = j;
        }
      }
      out[i] = Math.sqrt(best);
    }
  }

  static double mean(double[] d, boolean squared) {
    double s = 0;
    for (double v : d) {
      s += squared ? v * v : v;
    }
    return s / d.length;
  }

  static long count(double[] d, double r, boolean strict) {
    long c = 0;
    for (double v : d) {
      if (strict ? v < r : v <= r) {
        c++;
      }
    }
    return c;
  }

  double chamfer(MetricOptions o) {
    double half = o.reduction() == ChamferReduction.HALF ? 0.5 : 1;
    return half * (o.w1() * mean(predToGt, o.squared()) + o.w2() * mean(gtToPred, o.squared()));
  }

  /** {precision, recall, fscore} at threshold r. */
  double[] fscore(FScoreMode mode, double r) {
    int np = predToGt.length;
    int ng = gtToPred.length;
    switch (mode) {
      case KAOLIN -> {
        double fp = np - count(predToGt, r, false);
        double fn = ng - count(gtToPred, r, false);
        double tp = np - fp;
        double p = tp / (tp + fp);
        double rc = tp / (tp + fn);
        return new double[] {p, rc, 2 * p * rc / (p + rc + 1e-8)};
      }
      case MESHRCNN -> {
        double p = 100.0 * count(predToGt, r, true) / np;
        double rc = 100.0 * count(gtToPred, r, true) / ng;
        return new double[] {p / 100, rc / 100, (2.0 * p * rc) / (p + rc + 1e-8) / 100};
      }
      default -> {
        double p = (double) count(predToGt, r, false) / np;
        double rc = (double) count(gtToPred, r, false) / ng;
        return new double[] {p, rc, p + rc == 0 ? 0 : 2 * p * rc / (p + rc)};
      }
    }
  }

  static double max(double[] d) {
    double m = 0;
    for (double v : d) {
      m = Math.max(m, v);
    }
    return m;
  }

  /** NumPy's linear percentile of the float-rounded distances (as the metrics store them). */
  static double percentile(double[] d, double q) {
    double[] s = new double[d.length];
    for (int i = 0; i < d.length; i++) {
      s[i] = (float) d[i];
    }
    java.util.Arrays.sort(s);
    double pos = q / 100 * (s.length - 1);
    int k = (int) Math.floor(pos);
    return k + 1 < s.length ? s[k] + (pos - k) * (s[k + 1] - s[k]) : s[k];
  }
}
