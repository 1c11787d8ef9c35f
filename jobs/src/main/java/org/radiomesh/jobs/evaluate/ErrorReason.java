package org.radiomesh.jobs.evaluate;

/** Why a pair could not be scored; the {@code reason} column of {@code errors/}. */
public enum ErrorReason {
  /** The pred or gt path is empty or null in the manifest. */
  MISSING_PATH,
  /** An id of one mesh table has no partner in the other. */
  MISSING_PAIR,
  /** The id appears more than once in the manifest; the first occurrence is scored, the others land here. */
  DUPLICATE_ID,
  /** The file could not be opened or read (missing, permissions, I/O error). */
  READ_FAILED,
  /** The file is above the size limit (--max-file-mb). */
  TOO_LARGE,
  /** The file is not a mesh radiomesh can read, or is malformed (the message says where). */
  MALFORMED_MESH,
  /** A mesh has no vertices, or a surface mesh has no triangle of positive area. */
  EMPTY_MESH,
  /** A coordinate is NaN or infinite. */
  NON_FINITE,
  /** Anything else that went wrong while computing the metrics. */
  METRIC_FAILED
}
