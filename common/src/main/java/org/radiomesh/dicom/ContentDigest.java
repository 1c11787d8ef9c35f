package org.radiomesh.dicom;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The catalog's {@code content_hash}: SHA-256 of the bytes read, or HMAC-SHA256 under the de-identification key when
 * de-identification is on. A plain hash of a header that holds a patient's name would let anyone with the original
 * file confirm that the patient is in the catalog; the keyed hash does not. Fed incrementally; O(bytes).
 * Not thread-safe.
 */
final class ContentDigest {
  private final MessageDigest digest;
  private final Mac mac;

  private ContentDigest(MessageDigest digest, Mac mac) {
    this.digest = digest;
    this.mac = mac;
  }

  /** A plain SHA-256 digest. */
  static ContentDigest sha256() {
    try {
      return new ContentDigest(MessageDigest.getInstance("SHA-256"), null);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }

  /** HMAC-SHA256 under {@code key}, domain-separated from the pseudonyms. */
  static ContentDigest keyed(byte[] key) {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(new SecretKeySpec(key, "HmacSHA256"));
      ContentDigest d = new ContentDigest(null, m);
      d.reset();
      return d;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  /** For the options in use: keyed when de-identification is on. */
  static ContentDigest forOptions(DeidOptions deid) {
    return deid.enabled() ? keyed(deid.key()) : sha256();
  }

  void update(byte[] b, int off, int len) {
    if (mac != null) {
      mac.update(b, off, len);
    } else {
      digest.update(b, off, len);
    }
  }

  /** The hex digest of everything fed since the last reset; resets. */
  String finishHex() {
    String hex = HexFormat.of().formatHex(mac != null ? mac.doFinal() : digest.digest());
    reset();
    return hex;
  }

  /** Forgets what was fed. */
  void reset() {
    if (mac != null) {
      mac.reset();
      mac.update("content\0".getBytes(StandardCharsets.US_ASCII));
    } else {
      digest.reset();
    }
  }
}
