/**
 * CT, CBCT and MR series as volumes: slices grouped by Series Instance UID, sorted along the slice normal, checked
 * for uniform spacing, missing and duplicate slices ({@link org.radiomesh.imaging.series.SeriesAssembler}), and stacked
 * into a {@link org.radiomesh.imaging.series.Volume} in modality units (HU for CT) with spacing, origin and direction
 * cosines in the DICOM patient frame (LPS, millimetres).
 */
package org.radiomesh.imaging.series;
