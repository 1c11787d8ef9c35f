package org.radiomesh.metrics;

/**
 * How the two directional terms of the Chamfer distance are combined: {@link #SUM} adds
 * {@code w1·mean(pred→gt) + w2·mean(gt→pred)} (Kaolin, PyTorch3D, Mesh R-CNN); {@link #HALF} takes half of that sum
 * (SyncDreamer / Wonder3D protocol).
 */
public enum ChamferReduction {
  SUM(1.0),
  HALF(0.5);

  private final double factor;

  ChamferReduction(double factor) {
    this.factor = factor;
  }

  /** The factor applied to the weighted sum of the two directional means. */
  public double factor() {
    return factor;
  }
}
