package org.radiomesh.dicom;

/**
 * Why a file went to quarantine instead of the catalog. One code per file; the codes are stable strings stored in the
 * quarantine table, so new codes may be added but existing ones are never renamed.
 */
public enum ReasonCode {
  /** Zero bytes long. */
  EMPTY_FILE,
  /** Neither DICOM (Part 10 or raw) nor a PNG, JPEG or TIFF image, judged from the first bytes. */
  NOT_DICOM,
  /** The file ends inside the header, inside an element, or before the end of the pixel data it declares. */
  TRUNCATED,
  /** The header names a transfer syntax that is unknown or whose data set encoding cannot be read (bzip2). */
  UNSUPPORTED_TRANSFER_SYNTAX,
  /** The header is longer than the configured limit, or the declared pixel data is larger than its limit. */
  TOO_LARGE,
  /** The header could not be parsed: a bad tag, value length or encoding. */
  MALFORMED_HEADER,
  /** The header parsed but lacks an attribute the catalog needs (SOP Instance UID). */
  MISSING_ATTRIBUTE,
  /** A PNG, JPEG or TIFF whose header the image reader rejects. */
  MALFORMED_IMAGE,
  /** The file system failed while reading (not the content's fault). */
  READ_FAILED
}
