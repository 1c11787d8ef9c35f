package org.radiomesh.dicom;

/** Which de-identification the catalog applies; {@link #BASIC} is the default of {@code radiomesh ingest}. */
public enum DeidProfile {
  /**
   * PS3.15 Annex E Basic Application Level Confidentiality Profile on every attribute we output, with keyed
   * pseudonyms and UIDs (see {@link BasicProfileDeidentifier}).
   */
  BASIC,
  /** Headers are cataloged as found. For archives that are already de-identified, or that never leave the site. */
  NONE
}
