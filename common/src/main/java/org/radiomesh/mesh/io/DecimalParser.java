package org.radiomesh.mesh.io;

import java.nio.charset.StandardCharsets;

/**
 * Decimal numbers from ASCII bytes, without allocating in the common case: the grammar is
 * {@code [+-]digits[.digits][(e|E)[+-]digits]} (at least one digit before or after the point), as C's {@code strtod}
 * writes them; {@code nan}, {@code inf} and hexadecimal forms are not numbers here.
 *
 * <p>Results are correctly rounded, like {@link Float#parseFloat}: up to 19 significant digits and a power of ten
 * within ±22 go through an exact double product or quotient (Clinger's fast path), and the rare double whose rounding
 * to float would be a tie, or that lies in the subnormal float range, falls back to {@link Float#parseFloat}, as does
 * every longer or larger literal. Cost O(token length).
 */
final class DecimalParser {
  private static final double[] POWERS_OF_TEN = new double[23];

  static {
    double p = 1;
    for (int i = 0; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = p;
      p *= 10;
    }
  }

  private DecimalParser() {}

  /**
   * The float nearest the decimal in {@code b[start, end)}; NaN when the bytes are not a number in the grammar above,
   * ±Infinity when the number is beyond the float range.
   */
  static float parseFloat(byte[] b, int start, int end) {
    int i = start;
    boolean negative = false;
    if (i < end && (b[i] == '-' || b[i] == '+')) {
      negative = b[i] == '-';
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int exp10 = 0;
    boolean anyDigit = false;
    boolean dropped = false;
    while (i < end && isDigit(b[i])) {
      int d = b[i++] - '0';
      anyDigit = true;
      if (digits < 19) {
        if (mantissa != 0 || d != 0) {
          mantissa = mantissa * 10 + d;
          digits++;
        }
      } else {
        exp10++;
        dropped |= d != 0;
      }
    }
    if (i < end && b[i] == '.') {
      i++;
      while (i < end && isDigit(b[i])) {
        int d = b[i++] - '0';
        anyDigit = true;
        if (digits < 19) {
          if (mantissa != 0 || d != 0) {
            mantissa = mantissa * 10 + d;
            digits++;
          }
          exp10--;
        } else {
          dropped |= d != 0;
        }
      }
    }
    if (!anyDigit) {
      return Float.NaN;
    }
    if (i < end && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      boolean negativeExp = false;
      if (i < end && (b[i] == '-' || b[i] == '+')) {
        negativeExp = b[i] == '-';
        i++;
      }
      if (i == end) {
        return Float.NaN;
      }
      int e = 0;
      while (i < end && isDigit(b[i])) {
        e = Math.min(e * 10 + (b[i++] - '0'), 100_000);
      }
      exp10 += negativeExp ? -e : e;
    }
    if (i != end) {
      return Float.NaN;
    }
    if (mantissa == 0) {
      return negative ? -0f : 0f;
    }
    if (!dropped && mantissa <= (1L << 53) && exp10 >= -22 && exp10 <= 22) {
      double v = exp10 >= 0 ? mantissa * POWERS_OF_TEN[exp10] : mantissa / POWERS_OF_TEN[-exp10];
      if (v >= Float.MIN_NORMAL && !isFloatTie(v)) {
        float f = (float) v;
        return negative ? -f : f;
      }
    }
    return Float.parseFloat(new String(b, start, end - start, StandardCharsets.ISO_8859_1));
  }

  /** True when a double in the normal float range lies exactly halfway between two floats. */
  private static boolean isFloatTie(double v) {
    return (Double.doubleToRawLongBits(v) & 0x1FFF_FFFFL) == 0x1000_0000L;
  }

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }
}
