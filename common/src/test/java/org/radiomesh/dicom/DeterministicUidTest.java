package org.radiomesh.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeterministicUidTest {
  /** PS3.5 §9.1: digits and dots, no empty component, no leading zero unless the component is "0", ≤ 64 chars. */
  static final String VALID_UID = "(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))*";

  @Test
  void uidsAreValidStableAndDistinct() {
    Set<String> seen = new HashSet<>();
    for (long seed : new long[] {0, 1, -1, Long.MAX_VALUE}) {
      for (String object : new String[] {"study", "series/panoramic", "instance/cbct/1", "instance/cbct/2"}) {
        String uid = DeterministicUid.of("000123", seed, object);
        assertThat(uid).matches(VALID_UID).startsWith("2.25.");
        assertThat(uid.length()).isLessThanOrEqualTo(64);
        assertThat(DeterministicUid.of("000123", seed, object)).isEqualTo(uid);
        assertThat(seen.add(uid)).as("distinct %s", uid).isTrue();
      }
    }
    assertThat(DeterministicUid.of("000124", 0, "study")).isNotEqualTo(DeterministicUid.of("000123", 0, "study"));
  }

  @Test
  void theIntegerIsAVersion5Rfc4122Uuid() {
    BigInteger value = new BigInteger(DeterministicUid.of("x", 7, "study").substring(5));
    assertThat(value.bitLength()).isLessThanOrEqualTo(128);
    long most = value.shiftRight(64).longValue();
    long least = value.longValue();
    java.util.UUID uuid = new java.util.UUID(most, least);
    assertThat(uuid.version()).isEqualTo(5);
    assertThat(uuid.variant()).isEqualTo(2);
  }

  @Test
  void studyRejectsIdsThatWouldBreakDicomStrings() {
    assertThatThrownBy(() -> new SyntheticStudy("a^b", 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SyntheticStudy("", 1)).isInstanceOf(IllegalArgumentException.class);
    SyntheticStudy study = new SyntheticStudy("000123", 42);
    assertThat(study.patientName()).isEqualTo("SYNTHETIC^CASE-000123");
    assertThat(study.patientId()).isEqualTo("SYN-000123");
    assertThat(study.studyDate()).matches("20(2[0-4])(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])");
    assertThat(study.studyTime()).matches("(0[89]|1[0-7])[0-5][0-9][0-5][0-9]");
    assertThat(new SyntheticStudy("000123", 42).studyDate()).isEqualTo(study.studyDate());
  }
}
