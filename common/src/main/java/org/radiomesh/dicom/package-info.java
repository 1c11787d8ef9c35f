/**
 * Header-only cataloging of imaging archives: format detection ({@link org.radiomesh.dicom.ImageFormat}), DICOM header
 * reading with PixelMed that stops before the pixel data ({@link org.radiomesh.dicom.DicomHeaderReader}), the Basic
 * Application Level Confidentiality Profile with keyed pseudonyms ({@link org.radiomesh.dicom.BasicProfileDeidentifier}),
 * DICOM JSON (PS3.18 F.2, {@link org.radiomesh.dicom.DicomJsonWriter}), and the typed catalog row
 * ({@link org.radiomesh.dicom.DicomCatalogRow}). {@link org.radiomesh.dicom.ImageCataloger} ties them together per file;
 * a file it cannot catalog raises a {@link org.radiomesh.dicom.QuarantineException} with a
 * {@link org.radiomesh.dicom.ReasonCode}. No Spark, no Hadoop: the ingest job feeds it streams.
 */
package org.radiomesh.dicom;
