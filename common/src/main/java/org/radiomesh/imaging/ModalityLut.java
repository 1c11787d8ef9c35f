package org.radiomesh.imaging;

/**
 * The modality LUT stage (PS3.3 C.11.1): stored value → modality value, either the linear Rescale Slope/Intercept
 * (m = slope · v + intercept; slope 1, intercept 0 when absent) or a Modality LUT Sequence table. Immutable.
 */
final class ModalityLut {
  private static final ModalityLut IDENTITY = new ModalityLut(1, 0, null);

  private final double slope;
  private final double intercept;
  private final LookupTable table;

  private ModalityLut(double slope, double intercept, LookupTable table) {
    this.slope = slope;
    this.intercept = intercept;
    this.table = table;
  }

  static ModalityLut identity() {
    return IDENTITY;
  }

  static ModalityLut rescale(double slope, double intercept) {
    if (!Double.isFinite(slope) || !Double.isFinite(intercept) || slope == 0) {
      throw new IllegalArgumentException("rescale slope " + slope + ", intercept " + intercept
          + ", expected a finite non-zero slope and a finite intercept");
    }
    return slope == 1 && intercept == 0 ? IDENTITY : new ModalityLut(slope, intercept, null);
  }

  static ModalityLut table(LookupTable table) {
    return new ModalityLut(1, 0, table);
  }

  double slope() {
    return slope;
  }

  double intercept() {
    return intercept;
  }

  /** The table, or null for a linear rescale. */
  LookupTable table() {
    return table;
  }

  @Override
  public String toString() {
    return table != null ? "MODALITY_LUT " + table : "RESCALE " + slope + "*v + " + intercept;
  }
}
