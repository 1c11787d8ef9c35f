package org.radiomesh.mesh.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalParserTest {

  private static float parse(String s) {
    byte[] b = ("  " + s + "  ").getBytes(StandardCharsets.US_ASCII);
    return DecimalParser.parseFloat(b, 2, 2 + s.length());
  }

  @Test
  void readsBackTheShortestDecimalOfRandomFloats() {
    Random rnd = new Random(1);
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      float f = Float.intBitsToFloat(rnd.nextInt());
      String s = Float.toString(f);
      if (Float.isFinite(f) && Float.floatToIntBits(parse(s)) != Float.floatToIntBits(f)) {
        wrong.add(s);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void agreesWithFloatParseFloatOnRandomDecimals() {
    Random rnd = new Random(2);
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      StringBuilder s = new StringBuilder();
      if (rnd.nextBoolean()) {
        s.append(rnd.nextBoolean() ? '-' : '+');
      }
      int intDigits = rnd.nextInt(12);
      for (int k = 0; k < intDigits; k++) {
        s.append((char) ('0' + rnd.nextInt(10)));
      }
      int fracDigits = rnd.nextInt(intDigits == 0 ? 24 : 16);
      if (fracDigits > 0 || intDigits == 0 || rnd.nextBoolean()) {
        s.append('.');
        for (int k = 0; k < Math.max(fracDigits, intDigits == 0 ? 1 : 0); k++) {
          s.append((char) ('0' + rnd.nextInt(10)));
        }
      }
      if (rnd.nextInt(3) == 0) {
        s.append(rnd.nextBoolean() ? 'e' : 'E').append(rnd.nextInt(90) - 45);
      }
      String text = s.toString();
      if (Float.floatToIntBits(parse(text)) != Float.floatToIntBits(Float.parseFloat(text))) {
        wrong.add(text);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void roundsMidpointsAndLongMantissasCorrectly() {
    // 2^24 + 1 lies halfway between two floats: ties round to even.
    assertThat(parse("16777217")).isEqualTo(Float.parseFloat("16777217"));
    assertThat(parse("16777219")).isEqualTo(Float.parseFloat("16777219"));
    assertThat(parse("0.100000001490116119384765625000000001"))
        .isEqualTo(Float.parseFloat("0.100000001490116119384765625000000001"));
    assertThat(parse("1e-45")).isEqualTo(Float.MIN_VALUE);
    assertThat(parse("1e39")).isEqualTo(Float.POSITIVE_INFINITY);
    assertThat(parse("-0.0")).isEqualTo(-0f);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", ".", "e5", "1e", "1e+", "1.2.3", "nan", "NaN", "inf", "-Infinity", "0x10", "1f",
      "1,5", "--1", "1-"})
  void rejectsWhatIsNotADecimal(String s) {
    assertThat(parse(s)).isNaN();
  }
}
