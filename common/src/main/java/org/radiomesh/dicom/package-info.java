/**
 * DICOM: reading and cataloguing archives, and writing synthetic studies with PixelMed
 * ({@link org.radiomesh.dicom.PanoramicDicomWriter}, {@link org.radiomesh.dicom.CbctDicomSeriesWriter},
 * {@link org.radiomesh.dicom.SyntheticStudy}, {@link org.radiomesh.dicom.DeterministicUid}).
 *
 * <p>Written files are Part 10, Explicit VR Little Endian, byte-identical for identical inputs (UIDs and dates derive
 * from the case id and seed; no wall-clock time), and marked synthetic as {@link org.radiomesh.dicom.SyntheticStudy}
 * describes.
 *
 * <p>Also header-only cataloging of imaging archives: format detection ({@link org.radiomesh.dicom.ImageFormat}),
 * DICOM header reading with PixelMed that stops before the pixel data ({@link org.radiomesh.dicom.DicomHeaderReader}), the Basic
 * Application Level Confidentiality Profile with keyed pseudonyms ({@link org.radiomesh.dicom.BasicProfileDeidentifier}),
 * DICOM JSON (PS3.18 F.2, {@link org.radiomesh.dicom.DicomJsonWriter}), and the typed catalog row
 * ({@link org.radiomesh.dicom.DicomCatalogRow}). {@link org.radiomesh.dicom.ImageCataloger} ties them together per file;
 * a file it cannot catalog raises a {@link org.radiomesh.dicom.QuarantineException} with a
 * {@link org.radiomesh.dicom.ReasonCode}. No Spark, no Hadoop: the ingest job feeds it streams.
 */
package org.radiomesh.dicom;
