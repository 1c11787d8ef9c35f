package org.radiomesh.dicom;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed, deterministic replacements for identifying values: HMAC-SHA256 under the de-identification key, with a
 * domain label per kind of value so that the same text used as a name and as an ID gives unrelated outputs.
 *
 * <ul>
 *   <li>{@link #pseudonym}: a prefix of HMAC(key, domain ‖ 0 ‖ value) in lower-case hex.
 *   <li>{@link #uid}: a DICOM UID under the root {@code 2.25} (ITU-T X.667: a UUID written as one decimal integer, which
 *       needs no registration). The UUID is the first 16 bytes of HMAC(key, "uid" ‖ 0 ‖ original) with the RFC 9562
 *       version 8 ("custom") and variant bits set, so the UID is at most 44 characters. The same original UID always
 *       maps to the same new UID, in every file and every run with the same key.
 *   <li>{@link #dayShift}: a per-patient offset of 1 to {@value #MAX_SHIFT_DAYS} days, from HMAC(key, "dateshift" ‖ 0 ‖
 *       patient). Dates move that many days into the past; intervals within one patient are kept.
 * </ul>
 *
 * <p>Not thread-safe (one {@link Mac}); make one per task or thread. Each call costs one HMAC, O(length of the value).
 */
public final class KeyedPseudonyms {
  /** The largest date shift, in days (about ten years). */
  public static final int MAX_SHIFT_DAYS = 3650;
  /** The UID root of remapped UIDs. */
  public static final String UID_ROOT = "2.25.";

  private final Mac mac;

  /** @param key the secret key, at least {@link DeidOptions#MIN_KEY_BYTES} bytes */
  public KeyedPseudonyms(byte[] key) {
    if (key.length < DeidOptions.MIN_KEY_BYTES) {
      throw new IllegalArgumentException("key shorter than " + DeidOptions.MIN_KEY_BYTES + " bytes");
    }
    try {
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  /**
   * A pseudonym of {@code value} in {@code domain} (for example "PatientID"): the first {@code hexDigits} hex digits
   * of the HMAC (even, 8 to 64; use 16 for SH attributes, whose values hold at most 16 characters).
   */
  public String pseudonym(String domain, String value, int hexDigits) {
    if (hexDigits < 8 || hexDigits > 64 || hexDigits % 2 != 0) {
      throw new IllegalArgumentException("hexDigits must be even and in [8, 64], got " + hexDigits);
    }
    byte[] h = hmac(domain, value);
    return HexFormat.of().formatHex(h, 0, hexDigits / 2);
  }

  /** The replacement for the UID {@code original}, {@code 2.25.<decimal>}. */
  public String uid(String original) {
    byte[] h = hmac("uid", original);
    byte[] uuid = new byte[16];
    System.arraycopy(h, 0, uuid, 0, 16);
    uuid[6] = (byte) ((uuid[6] & 0x0F) | 0x80);
    uuid[8] = (byte) ((uuid[8] & 0x3F) | 0x80);
    return UID_ROOT + new BigInteger(1, uuid);
  }

  /** How many days to move the dates of {@code patient} (its original Patient ID) into the past, 1 to 3650. */
  public int dayShift(String patient) {
    byte[] h = hmac("dateshift", patient);
    long v = ((h[0] & 0xFFL) << 24) | ((h[1] & 0xFFL) << 16) | ((h[2] & 0xFFL) << 8) | (h[3] & 0xFFL);
    return (int) (v % MAX_SHIFT_DAYS) + 1;
  }

  private byte[] hmac(String domain, String value) {
    mac.update(domain.getBytes(StandardCharsets.UTF_8));
    mac.update((byte) 0);
    return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
  }
}
