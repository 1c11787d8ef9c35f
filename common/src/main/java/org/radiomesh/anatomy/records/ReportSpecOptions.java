package org.radiomesh.anatomy.records;

/**
 * Options of {@link ReportSpecs}: which findings count and what to do with a finding that names no tooth it can be
 * placed on. Immutable; {@link #defaults()} keeps findings of confidence 0.5 or more and fails on an unplaceable
 * finding.
 *
 * @param minConfidence findings with a confidence below this are left out (noted); in [0, 1], 0 keeps every finding
 * @param skipUnplaceable true: a region finding that cannot be placed on teeth (a region other than a jaw or the whole
 *     dentition, or a condition other than bone loss) is left out and noted; false: it is a {@link ReportSpecException}
 */
public record ReportSpecOptions(double minConfidence, boolean skipUnplaceable) {

  public ReportSpecOptions {
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("minimum confidence " + minConfidence + ", expected [0, 1]");
    }
  }

  /** Confidence at least 0.5; unplaceable findings fail. */
  public static ReportSpecOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builder of {@link ReportSpecOptions}; {@link #build()} validates. */
  public static final class Builder {
    private double minConfidence = 0.5;
    private boolean skipUnplaceable;

    private Builder() {}

    /** Findings below this confidence are left out (default 0.5). */
    public Builder optMinConfidence(double minConfidence) {
      this.minConfidence = minConfidence;
      return this;
    }

    /** Leave out (true) or fail on (false, the default) findings that cannot be placed on teeth. */
    public Builder optSkipUnplaceable(boolean skipUnplaceable) {
      this.skipUnplaceable = skipUnplaceable;
      return this;
    }

    public ReportSpecOptions build() {
      return new ReportSpecOptions(minConfidence, skipUnplaceable);
    }
  }
}
