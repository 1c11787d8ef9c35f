package org.radiomesh.dicom;

/**
 * What cataloging one corpus file must give: a quarantine reason, or a row with these typed values.
 *
 * @param file the file name in the corpus directory
 * @param reason the quarantine reason, or null when the file must be cataloged
 * @param format the expected format of a cataloged file
 * @param modality the expected modality (a cataloged file)
 * @param patient the corpus patient of a DICOM file, or null
 * @param transferSyntax the expected transfer syntax UID of a DICOM file
 * @param image the expected pixel module, or null (raster files: rows, columns, bits in {@code image})
 * @param hasPixelData whether the file has pixel data
 */
public record CorpusExpectation(String file, ReasonCode reason, ImageFormat format, String modality,
    CorpusPatient patient, String transferSyntax, CorpusImage image, boolean hasPixelData) {

  static CorpusExpectation quarantined(String file, ReasonCode reason) {
    return new CorpusExpectation(file, reason, null, null, null, null, null, false);
  }

  static CorpusExpectation dicom(String file, ImageFormat format, String modality, CorpusPatient patient, String ts,
      CorpusImage image) {
    return new CorpusExpectation(file, null, format, modality, patient, ts, image, image != null);
  }

  static CorpusExpectation raster(String file, ImageFormat format, CorpusImage image) {
    return new CorpusExpectation(file, null, format, DicomCatalogRow.RASTER_MODALITY, null, null, image, true);
  }

  /** True when the file must be cataloged. */
  public boolean cataloged() {
    return reason == null;
  }
}
