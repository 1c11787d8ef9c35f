package org.radiomesh.dicom;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Moves a DICOM DA ({@code YYYYMMDD}) or DT ({@code YYYYMMDDHHMMSS.FFFFFF&ZZXX}) value back by whole days. The time
 * of day and any offset suffix of a DT are kept. Values without a full date (a DT of only {@code YYYY} or
 * {@code YYYYMM}, a range, anything else after the date, the old {@code YYYY.MM.DD} form, or an invalid date) cannot be shifted honestly and give
 * null, so that the caller removes them. O(1).
 */
final class DateShift {
  private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
  /** What may follow the date in a DT: HHMMSS (each part optional from the right), fraction, UTC offset. */
  private static final Pattern DT_SUFFIX = Pattern.compile("[0-9]{0,6}(\\.[0-9]{1,6})?([+-][0-9]{4})?");

  private DateShift() {}

  /** The value moved {@code days} into the past, "" for an empty value, or null when it has no full date. */
  static String shift(String value, int days) {
    if (value == null) {
      return null;
    }
    String v = value.trim();
    if (v.isEmpty()) {
      return "";
    }
    if (v.length() < 8 || !DT_SUFFIX.matcher(v.substring(8)).matches()) {
      return null;
    }
    String datePart = v.substring(0, 8);
    for (int i = 0; i < 8; i++) {
      if (!Character.isDigit(datePart.charAt(i))) {
        return null;
      }
    }
    try {
      LocalDate d = LocalDate.parse(datePart, BASIC).minusDays(days);
      return d.format(BASIC) + v.substring(8);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The DA value {@code YYYYMMDD} as a date, or null when empty or not a valid full date. */
  static LocalDate parse(String value) {
    if (value == null || value.trim().length() != 8) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim(), BASIC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
