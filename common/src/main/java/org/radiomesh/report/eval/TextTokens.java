package org.radiomesh.report.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tokens that BLEU and ROUGE-L compare: the text lower-cased, split into runs of letters, numbers (with one
 * decimal point inside, so {@code 2.5} is one token) and single punctuation or symbol characters; white space
 * separates and is dropped. {@code "36: deep caries (2.5 mm)."} gives {@code 36 : deep caries ( 2.5 mm ) .}.
 * O(text length).
 */
public final class TextTokens {
  private static final Pattern TOKEN = Pattern.compile("\\p{L}+|[0-9]+(?:\\.[0-9]+)?|[^\\s\\p{L}0-9]");

  private TextTokens() {}

  /** The tokens of {@code text}. */
  public static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
