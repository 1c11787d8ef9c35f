package org.radiomesh.spatial;

/** Distance from a query point to the axis-aligned boxes of {@link MedianSplitter} records. */
final class Boxes {
  private Boxes() {}

  /**
   * Squared distance from the query to the box at {@code o} (min xyz, max xyz), 0 inside. Computed in double with the
   * same operations, in the same order, as a point's squared distance, so by monotonic rounding it is never larger
   * than the squared distance of any point inside the box: pruning on it is exact.
   */
  static double distanceSquared(float[] b, int o, double qx, double qy, double qz) {
    double ax = b[o] - qx;
    double cx = qx - b[o + 3];
    double ay = b[o + 1] - qy;
    double cy = qy - b[o + 4];
    double az = b[o + 2] - qz;
    double cz = qz - b[o + 5];
    double dx = ax > 0 ? ax : (cx > 0 ? cx : 0);
    double dy = ay > 0 ? ay : (cy > 0 ? cy : 0);
    double dz = az > 0 ? az : (cz > 0 ? cz : 0);
    return dx * dx + dy * dy + dz * dz;
  }
}
