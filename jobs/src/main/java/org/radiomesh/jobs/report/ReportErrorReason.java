package org.radiomesh.jobs.report;

/** Why an image got no report; the {@code reason} column of {@code errors/}. */
public enum ReportErrorReason {
  /** The catalog row has no path. */
  MISSING_PATH,
  /** The path appears more than once in the input; the first row is reported, the others land here. */
  DUPLICATE_PATH,
  /** The file could not be opened or read (missing, permissions, I/O error). */
  READ_FAILED,
  /** The file is above the size limit ({@code --max-file-mb}). */
  TOO_LARGE,
  /** The model does not read this modality (for example CT or MR); see {@code --modalities}. */
  UNSUPPORTED_MODALITY,
  /** The pixels could not be decoded (the message names the reason and byte offset). */
  DECODE_FAILED,
  /** The model failed on the image's batch. */
  MODEL_FAILED
}
