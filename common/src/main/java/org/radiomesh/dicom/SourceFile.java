package org.radiomesh.dicom;

import java.io.Serializable;
import java.util.Objects;

/**
 * A file as the lister saw it: where it is, how long it is and when it last changed. The triple is the incremental
 * ingest key: a file whose path, size and modification time are all unchanged is not read again.
 *
 * @param path the file's full path or URI (for example {@code hdfs://nn/archive/a.dcm}); logged at DEBUG only, since
 *     archive paths can hold patient names
 * @param sizeBytes the length in bytes, or -1 when unknown
 * @param modificationTimeMillis the modification time in milliseconds since the epoch, or -1 when unknown
 */
public record SourceFile(String path, long sizeBytes, long modificationTimeMillis) implements Serializable {
  public SourceFile {
    Objects.requireNonNull(path, "path");
    if (sizeBytes < -1) {
      throw new IllegalArgumentException("sizeBytes must be >= -1 (unknown), got " + sizeBytes);
    }
  }

  /** True when the length is known. */
  public boolean hasKnownSize() {
    return sizeBytes >= 0;
  }
}
