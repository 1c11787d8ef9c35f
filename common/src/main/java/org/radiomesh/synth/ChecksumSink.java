package org.radiomesh.synth;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link CaseSink} that forwards every file to another sink and records its size and SHA-256, in write order (a
 * file written twice keeps its first position and its last content). Not thread-safe. O(bytes) per write.
 */
public final class ChecksumSink implements CaseSink {
  private final CaseSink target;
  private final Map<String, CaseFile> files = new LinkedHashMap<>();

  public ChecksumSink(CaseSink target) {
    this.target = target;
  }

  @Override
  public void write(String relativePath, byte[] bytes) throws IOException {
    target.write(relativePath, bytes);
    files.put(relativePath, new CaseFile(relativePath, bytes.length, sha256(bytes)));
  }

  /** The files written so far, in first-write order. */
  public List<CaseFile> files() {
    return List.copyOf(new ArrayList<>(files.values()));
  }

  /** Lower-case hex SHA-256 of {@code bytes}. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
