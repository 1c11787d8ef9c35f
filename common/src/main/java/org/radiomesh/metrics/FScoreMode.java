package org.radiomesh.metrics;

/**
 * Precision, recall and F-score conventions at a distance threshold r (d = unsquared Euclidean distance to the other
 * set's nearest point).
 *
 * <ul>
 *   <li>{@link #STANDARD}: precision = #{pred: d(p,G) ≤ r} / |P|, recall = #{gt: d(g,P) ≤ r} / |G|,
 *       F = 2PR / (P + R), and F = 0 when P + R = 0.</li>
 *   <li>{@link #KAOLIN}: Kaolin's {@code f_score} exactly: fp = #{pred: d > r}, fn = #{gt: d > r}, tp = |P| − fp,
 *       precision = tp / (tp + fp), recall = tp / (tp + fn) (mixing a prediction-side count with a ground-truth
 *       count, unlike standard recall), F = 2PR / (P + R + 1e-8). Where tp + fn = 0, which can only happen with
       point-to-surface distances, recall is 0 (Kaolin would divide 0 by 0).</li>
 *   <li>{@link #MESHRCNN}: Mesh R-CNN's {@code compare_meshes}: strict d &lt; r on both sides, F = 2PR / (P + R + ε).
 *       Values are fractions; Mesh R-CNN prints percentages with ε = 1e-8 on them, which is ε = 1e-10 here, so
 *       100 × our values equal theirs.</li>
 * </ul>
 */
public enum FScoreMode {
  STANDARD("<="),
  KAOLIN("<="),
  MESHRCNN("<");

  private final String comparison;

  FScoreMode(String comparison) {
    this.comparison = comparison;
  }

  /** "&lt;=" when a point at exactly the threshold counts as a hit, "&lt;" when it does not. */
  public String comparison() {
    return comparison;
  }
}
