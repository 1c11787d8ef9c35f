package org.radiomesh.anatomy.prompt;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates, times, ages and durations in a clinical record ("12/03/2024", "2024-03-12", "12 March 2024", "March 12,
 * 2024", "in 2019", "10:30 am", "45-year-old", "aged 45", "for 3 days"), which the tokenizer reads as one ignored
 * token so that their numbers are not taken for tooth numbers or measurements. A four-digit number from 1900 to 2099
 * is a year. Month names need a day or year next to them ("May" alone is a verb). O(length of the match).
 */
final class TimeExpressions {
  /** Token text of a date, time, age or duration (cannot be typed: the tokenizer splits "date" and ":"). */
  static final String TOKEN = "date:";

  private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
      + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
  /** After a day number, "may" is more often the verb ("12 may need extraction") unless a year follows. */
  private static final String DAY_MONTH = "\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:(?!may\\b)" + MONTH
      + "\\.?(?:,?\\s+\\d{4})?|may,?\\s+\\d{4})";
  private static final List<Pattern> PATTERNS = List.of(
      Pattern.compile("\\d{1,4}([./-])\\d{1,2}\\1\\d{2,4}"),
      Pattern.compile("\\d{1,2}:\\d{2}(?:\\s*(?:am|pm))?", Pattern.CASE_INSENSITIVE),
      Pattern.compile(DAY_MONTH, Pattern.CASE_INSENSITIVE),
      Pattern.compile(MONTH + "\\.?\\s+\\d{1,4}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?", Pattern.CASE_INSENSITIVE),
      Pattern.compile("\\d{1,3}(?:\\.\\d+)?\\s*-?\\s*(?:years?|yrs?|y/o|yo|months?|weeks?|wks?|days?|hours?|hrs?)"
          + "(?:\\s*-?\\s*old)?", Pattern.CASE_INSENSITIVE),
      Pattern.compile("(?:aged?|age:)\\s*\\d{1,3}", Pattern.CASE_INSENSITIVE),
      Pattern.compile("(?:19|20)\\d{2}"));

  private TimeExpressions() {}

  /** The end of a date, time, age or duration starting at {@code i}, or -1 when none does. */
  static int match(String text, int i) {
    if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
      return -1;
    }
    int best = -1;
    for (Pattern p : PATTERNS) {
      Matcher m = p.matcher(text).region(i, text.length());
      if (m.lookingAt()) {
        int end = m.end();
        boolean boundary = end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
            && !(text.charAt(end) == '.' && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1)));
        if (boundary && end > best) {
          best = end;
        }
      }
    }
    return best;
  }
}
