package org.radiomesh.dicom;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * De-identification settings: the profile, the secret key of the keyed hashes, and whether dates are shifted
 * (Retain Longitudinal Temporal Information, Modified Dates option) rather than removed.
 *
 * <p>The key is required for {@link DeidProfile#BASIC}: pseudonyms, UIDs and date shifts must come out the same in every
 * run, or an incremental ingest would give one patient two identities. There is deliberately no per-run random key.
 * The key is read from the environment variable {@value #KEY_ENVIRONMENT_VARIABLE} (at least
 * {@value #MIN_KEY_BYTES} bytes as UTF-8; {@code openssl rand -hex 32} makes a good one); {@link #toString()} never
 * shows it and nothing in radiomesh logs it. Anyone who holds the key can test whether a known patient ID is in the
 * catalog, so keep it with the same care as the original archive. Serializable so that Spark ships it to executors
 * inside the task closure.
 */
public final class DeidOptions implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The environment variable that holds the key. */
  public static final String KEY_ENVIRONMENT_VARIABLE = "RADIOMESH_DEID_KEY";
  /** The shortest accepted key, in bytes. */
  public static final int MIN_KEY_BYTES = 16;

  private final DeidProfile profile;
  private final byte[] key;
  private final boolean retainLongitudinal;

  private DeidOptions(DeidProfile profile, byte[] key, boolean retainLongitudinal) {
    this.profile = profile;
    this.key = key;
    this.retainLongitudinal = retainLongitudinal;
  }

  /** No de-identification. */
  public static DeidOptions none() {
    return new DeidOptions(DeidProfile.NONE, new byte[0], false);
  }

  /**
   * The basic profile with the given key.
   *
   * @param key the secret, at least {@value #MIN_KEY_BYTES} bytes; copied
   * @param retainLongitudinal shift dates by a per-patient keyed offset instead of removing them
   * @throws IllegalArgumentException if the key is too short
   */
  public static DeidOptions basic(byte[] key, boolean retainLongitudinal) {
    Objects.requireNonNull(key, "key");
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException("the de-identification key must be at least " + MIN_KEY_BYTES
          + " bytes, got " + key.length);
    }
    return new DeidOptions(DeidProfile.BASIC, key.clone(), retainLongitudinal);
  }

  /**
   * Options for {@code profile}, taking the key from {@code environment} (normally {@code System.getenv()}).
   *
   * @throws IllegalArgumentException for {@link DeidProfile#BASIC} when the variable is unset or too short, with a
   *     message that says how to set it (and never the value)
   */
  public static DeidOptions fromEnvironment(DeidProfile profile, boolean retainLongitudinal,
      Map<String, String> environment) {
    if (profile == DeidProfile.NONE) {
      if (retainLongitudinal) {
        throw new IllegalArgumentException("--retain-longitudinal applies to --deid basic only");
      }
      return none();
    }
    String value = environment.get(KEY_ENVIRONMENT_VARIABLE);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("de-identification is on (--deid basic) but " + KEY_ENVIRONMENT_VARIABLE
          + " is not set; set it to a secret of at least " + MIN_KEY_BYTES + " bytes that stays the same across runs"
          + " (e.g. openssl rand -hex 32), or pass --deid none for data that needs no de-identification");
    }
    byte[] key = value.getBytes(StandardCharsets.UTF_8);
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(KEY_ENVIRONMENT_VARIABLE + " is too short: at least " + MIN_KEY_BYTES
          + " bytes are needed");
    }
    return basic(key, retainLongitudinal);
  }

  public DeidProfile profile() {
    return profile;
  }

  /** True unless the profile is {@link DeidProfile#NONE}. */
  public boolean enabled() {
    return profile != DeidProfile.NONE;
  }

  public boolean retainLongitudinal() {
    return retainLongitudinal;
  }

  /** A copy of the key; package-private so that only the keyed hashes see it. */
  byte[] key() {
    return key.clone();
  }

  @Override
  public String toString() {
    return "DeidOptions[profile=" + profile + ", retainLongitudinal=" + retainLongitudinal + ", key="
        + (key.length == 0 ? "none" : "<redacted>") + "]";
  }
}
