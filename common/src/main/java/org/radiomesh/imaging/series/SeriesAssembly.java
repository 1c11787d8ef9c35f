package org.radiomesh.imaging.series;

/**
 * A series assembled into a volume, with what was found on the way.
 *
 * @param volume the voxels in modality units, spacing, origin and direction
 * @param report spacing statistics, gaps, duplicates
 */
public record SeriesAssembly(Volume volume, SeriesReport report) {}
