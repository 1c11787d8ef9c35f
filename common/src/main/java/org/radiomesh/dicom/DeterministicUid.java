package org.radiomesh.dicom;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * DICOM UIDs that are the same on every run for the same inputs: "2.25." followed by the decimal value of a name-based
 * (version 5, SHA-1) UUID, the form ITU-T X.667 / PS3.5 §B.2 allows without a registered root.
 *
 * <p>The UUID's name is "radiomesh|{caseId}|{seed}|{object}" in UTF-8, hashed under a fixed radiomesh namespace UUID,
 * so a case id, a seed and an object name (for example "study", "series/panoramic", "instance/cbct/17") always give
 * the same UID and different triples give different UIDs (barring a 122-bit hash collision). The result has at most
 * 44 characters (limit 64) and no leading zeros in any component. O(length of the name).
 *
 * <pre>{@code
 * String study = DeterministicUid.of("000123", 42L, "study");   // "2.25.3105...", the same every time
 * }</pre>
 */
public final class DeterministicUid {
  /** The radiomesh namespace for name-based UUIDs (a random v4 UUID fixed once). */
  private static final byte[] NAMESPACE = uuidBytes(0x8f3c2b6e1d4a4f7bL, 0x9c51e0a7d2b36f48L);

  private DeterministicUid() {}

  /** The UID of {@code object} in the case {@code caseId} generated from {@code seed}. */
  public static String of(String caseId, long seed, String object) {
    byte[] name = ("radiomesh|" + caseId + "|" + seed + "|" + object).getBytes(StandardCharsets.UTF_8);
    byte[] hash;
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      sha1.update(NAMESPACE);
      hash = sha1.digest(name);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required of every Java platform but is missing", e);
    }
    hash[6] = (byte) ((hash[6] & 0x0F) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3F) | 0x80);
    byte[] uuid = new byte[16];
    System.arraycopy(hash, 0, uuid, 0, 16);
    return "2.25." + new BigInteger(1, uuid);
  }

  private static byte[] uuidBytes(long most, long least) {
    return ByteBuffer.allocate(16).putLong(most).putLong(least).array();
  }
}
