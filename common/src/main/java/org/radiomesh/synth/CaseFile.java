package org.radiomesh.synth;

/**
 * One file of a case as recorded in {@code case.json} and the manifest: its path relative to the case folder, its size
 * in bytes and the lower-case hex SHA-256 of its content.
 */
public record CaseFile(String path, long bytes, String sha256) {
  public CaseFile {
    CaseSink.checkPath(path);
    if (bytes < 0 || sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("case file " + path + ": " + bytes + " bytes, sha256 '" + sha256
          + "', expected a size >= 0 and 64 lower-case hex digits");
    }
  }
}
