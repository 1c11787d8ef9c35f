package org.radiomesh.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link KeyedPseudonyms} and {@link DeidOptions}: formats, determinism, key separation, configuration errors. */
class KeyedPseudonymsTest {
  static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  @Test
  void uidsAreValidUuidDerivedAndDeterministic() {
    KeyedPseudonyms k = new KeyedPseudonyms(KEY);
    Random r = new Random(3);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      String original = "1.2.3." + r.nextInt(1_000_000) + "." + i;
      String uid = k.uid(original);
      assertThat(uid).startsWith("2.25.").matches("2\\.25\\.(0|[1-9][0-9]*)").hasSizeLessThanOrEqualTo(64);
      BigInteger v = new BigInteger(uid.substring(5));
      assertThat(v.bitLength()).isLessThanOrEqualTo(128);
      byte[] bytes = v.toByteArray();
      byte[] uuid = new byte[16];
      System.arraycopy(bytes, Math.max(0, bytes.length - 16), uuid, Math.max(0, 16 - bytes.length),
          Math.min(16, bytes.length));
      assertThat((uuid[6] >> 4) & 0xF).as("version 8").isEqualTo(8);
      assertThat((uuid[8] >> 6) & 0x3).as("RFC variant").isEqualTo(2);
      assertThat(new KeyedPseudonyms(KEY).uid(original)).isEqualTo(uid);
      assertThat(seen.add(uid)).isTrue();
    }
  }

  @Test
  void domainsAndKeysSeparate() {
    KeyedPseudonyms a = new KeyedPseudonyms(KEY);
    KeyedPseudonyms b = new KeyedPseudonyms("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII));
    assertThat(a.pseudonym("PatientID", "X", 20)).hasSize(20).matches("[0-9a-f]+")
        .isNotEqualTo(a.pseudonym("PatientName", "X", 20)).isNotEqualTo(b.pseudonym("PatientID", "X", 20));
    assertThat(a.pseudonym("StudyID", "X", 16)).hasSize(16);
    assertThatThrownBy(() -> a.pseudonym("d", "v", 7)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dayShiftsCoverTheRange() {
    KeyedPseudonyms k = new KeyedPseudonyms(KEY);
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int i = 0; i < 20000; i++) {
      int s = k.dayShift("patient-" + i);
      min = Math.min(min, s);
      max = Math.max(max, s);
    }
    assertThat(min).isBetween(1, 10);
    assertThat(max).isBetween(KeyedPseudonyms.MAX_SHIFT_DAYS - 10, KeyedPseudonyms.MAX_SHIFT_DAYS);
  }

  @Test
  void optionsRequireAStableKeyAndNeverShowIt() {
    assertThatThrownBy(() -> DeidOptions.fromEnvironment(DeidProfile.BASIC, false, Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(DeidOptions.KEY_ENVIRONMENT_VARIABLE);
    assertThatThrownBy(() -> DeidOptions.fromEnvironment(DeidProfile.BASIC, false,
        Map.of(DeidOptions.KEY_ENVIRONMENT_VARIABLE, "short"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("short\"");
    String secret = "a-secret-that-is-long-enough-42";
    DeidOptions o = DeidOptions.fromEnvironment(DeidProfile.BASIC, true,
        Map.of(DeidOptions.KEY_ENVIRONMENT_VARIABLE, secret));
    assertThat(o.toString()).doesNotContain(secret).contains("redacted");
    assertThat(o.retainLongitudinal()).isTrue();
    assertThat(DeidOptions.fromEnvironment(DeidProfile.NONE, false, Map.of()).enabled()).isFalse();
    assertThatThrownBy(() -> DeidOptions.fromEnvironment(DeidProfile.NONE, true, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
