/**
 * DICOM: reading and cataloguing archives, and writing synthetic studies with PixelMed
 * ({@link org.radiomesh.dicom.PanoramicDicomWriter}, {@link org.radiomesh.dicom.CbctDicomSeriesWriter},
 * {@link org.radiomesh.dicom.SyntheticStudy}, {@link org.radiomesh.dicom.DeterministicUid}).
 *
 * <p>Written files are Part 10, Explicit VR Little Endian, byte-identical for identical inputs (UIDs and dates derive
 * from the case id and seed; no wall-clock time), and marked synthetic as {@link org.radiomesh.dicom.SyntheticStudy}
 * describes.
 */
package org.radiomesh.dicom;
