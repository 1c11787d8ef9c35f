package org.radiomesh.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link DateShift} against {@link LocalDate} arithmetic. */
class DateShiftTest {
  @Test
  void shiftsDatesAndKeepsTimeSuffixes() {
    assertThat(DateShift.shift("20200301", 1)).isEqualTo("20200229");
    assertThat(DateShift.shift("20190314101530.123456+0100", 365)).isEqualTo("20180314101530.123456+0100");
    assertThat(DateShift.shift(" ", 5)).isEmpty();
  }

  @Test
  void refusesWhatIsNotAFullDate() {
    assertThat(DateShift.shift("2019", 3)).isNull();
    assertThat(DateShift.shift("201903", 3)).isNull();
    assertThat(DateShift.shift("2019.03.14", 3)).isNull();
    assertThat(DateShift.shift("20190230", 3)).isNull();
    assertThat(DateShift.shift("20190101-20190201", 3)).isNull();
    assertThat(DateShift.parse("2019031")).isNull();
  }

  @Test
  void randomDatesMatchLocalDate() {
    Random r = new Random(5);
    for (int i = 0; i < 1000; i++) {
      LocalDate d = LocalDate.ofEpochDay(r.nextInt(40000) - 5000);
      int days = 1 + r.nextInt(KeyedPseudonyms.MAX_SHIFT_DAYS);
      String basic = String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
      assertThat(DateShift.parse(DateShift.shift(basic, days))).isEqualTo(d.minusDays(days));
    }
  }
}
