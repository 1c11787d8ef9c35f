package org.radiomesh.imaging.series;

import java.util.List;

/**
 * What {@link SeriesAssembler} found in a series: slice counts, spacing statistics along the normal (mm), gaps taken
 * as missing slices (spacing above 1.5 × the median), duplicate positions, and the largest in-plane drift of slice
 * positions (non-zero for gantry tilt; the volume is then sheared by that much).
 *
 * @param seriesInstanceUid the series
 * @param inputSlices slices given
 * @param distinctSlices slices after dropping duplicates (the ones stacked or interpolated from)
 * @param medianSpacing median distance between consecutive distinct positions (mm)
 * @param minSpacing smallest such distance
 * @param maxSpacing largest such distance
 * @param uniform whether every distance is within the tolerance of the median
 * @param resampled whether the volume was interpolated onto a uniform grid (spacing not uniform)
 * @param gaps gaps of more than 1.5 × median, in position order
 * @param duplicates slices dropped because another slice has the same position
 * @param maxInPlaneDrift largest in-plane distance (mm) between a slice's position and the first slice's normal line
 */
public record SeriesReport(String seriesInstanceUid, int inputSlices, int distinctSlices, double medianSpacing,
    double minSpacing, double maxSpacing, boolean uniform, boolean resampled, List<Gap> gaps,
    List<Duplicate> duplicates, double maxInPlaneDrift) {

  public SeriesReport {
    gaps = List.copyOf(gaps);
    duplicates = List.copyOf(duplicates);
  }

  /**
   * A gap between two consecutive positions.
   *
   * @param fromPosition position along the normal of the slice before the gap (mm)
   * @param spacing distance to the next slice (mm)
   * @param missingSlices round(spacing / median) − 1
   * @param afterSource the slice before the gap
   */
  public record Gap(double fromPosition, double spacing, int missingSlices, String afterSource) {}

  /**
   * A slice at the same position as one kept.
   *
   * @param position position along the normal (mm)
   * @param keptSource the slice kept (lowest instance number, then source name)
   * @param droppedSource the slice dropped
   */
  public record Duplicate(double position, String keptSource, String droppedSource) {}

  /** Sum of the missing slices over all gaps. */
  public int missingSlices() {
    int n = 0;
    for (Gap g : gaps) {
      n += g.missingSlices();
    }
    return n;
  }
}
