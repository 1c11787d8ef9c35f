package org.radiomesh.imaging.series;

import java.io.IOException;

/**
 * A set of slices that cannot become one volume: the message names the series, the offending source where there is
 * one, and what was expected; {@link #reason()} is a stable code for error tables.
 */
public final class SeriesAssemblyException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Why assembly failed. */
  public enum Reason {
    /** A slice lacks Image Position/Orientation (Patient) or Pixel Spacing, or carries no modality values. */
    MISSING_GEOMETRY,
    /** Slices differ in size, pixel spacing or orientation, or belong to different series. */
    INCONSISTENT_GEOMETRY,
    /** Fewer than two distinct slice positions. */
    TOO_FEW_SLICES,
    /** Spacing is not uniform and resampling was switched off. */
    NON_UNIFORM_SPACING,
    /** The volume would exceed the largest Java array. */
    TOO_LARGE
  }

  private final Reason reason;
  private final String seriesInstanceUid;

  public SeriesAssemblyException(Reason reason, String seriesInstanceUid, String source, String expected) {
    super(reason + ": series " + seriesInstanceUid + (source == null ? "" : ", " + source) + ": " + expected);
    this.reason = reason;
    this.seriesInstanceUid = seriesInstanceUid;
  }

  public Reason reason() {
    return reason;
  }

  public String seriesInstanceUid() {
    return seriesInstanceUid;
  }
}
