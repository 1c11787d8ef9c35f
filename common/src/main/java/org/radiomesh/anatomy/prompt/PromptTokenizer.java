package org.radiomesh.anatomy.prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a prompt into lower-case tokens: runs of letters ("molar"), decimal numbers ("46", "3.5"), and every other
 * visible character on its own (",", ".", "#", "°", "%", "-"). Letters and digits are split apart ("ur6" → "ur", "6";
 * "3mm" → "3", "mm"); a possessive "'s" is dropped; a line break is a sentence end ("\n"); "no." before a number
 * (as in "tooth no. 46") is one token; a date, time, age or duration is one token ({@link TimeExpressions}); a hyphen
 * between letters only separates words ("metal-ceramic" → "metal", "ceramic"), elsewhere it is a token ("36-38").
 * O(length).
 */
final class PromptTokenizer {
  private PromptTokenizer() {}

  static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      int date = Character.isLetterOrDigit(c) ? TimeExpressions.match(text, i) : -1;
      if (date > 0) {
        out.add(new Token(TimeExpressions.TOKEN, i, date, false));
        i = date;
      } else if (c == '\n') {
        out.add(new Token("\n", i, i + 1, false));
        i++;
      } else if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isLetter(c)) {
        int j = i;
        while (j < n && Character.isLetter(text.charAt(j))) {
          j++;
        }
        String word = text.substring(i, j).toLowerCase(Locale.ROOT);
        if (word.equals("no") && j + 1 < n && text.charAt(j) == '.' && nextIsDigit(text, j + 1)) {
          out.add(new Token("no.", i, j + 1, false));
          j++;
        } else {
          out.add(new Token(word, i, j, false));
        }
        i = j;
      } else if (Character.isDigit(c)) {
        int j = i;
        while (j < n && Character.isDigit(text.charAt(j))) {
          j++;
        }
        if (j + 1 < n && text.charAt(j) == '.' && Character.isDigit(text.charAt(j + 1))) {
          j++;
          while (j < n && Character.isDigit(text.charAt(j))) {
            j++;
          }
        }
        out.add(new Token(text.substring(i, j), i, j, true));
        i = j;
      } else if (c == '-' && i > 0 && i + 1 < n && Character.isLetter(text.charAt(i - 1))
          && Character.isLetter(text.charAt(i + 1))) {
        i++; // a word-internal hyphen separates words: "metal-ceramic" reads as "metal ceramic"
      } else if ((c == '\'' || c == '’') && i + 1 < n && Character.toLowerCase(text.charAt(i + 1)) == 's'
          && (i + 2 == n || !Character.isLetter(text.charAt(i + 2)))) {
        i += 2;
      } else {
        out.add(new Token(String.valueOf(c), i, i + 1, false));
        i++;
      }
    }
    return out;
  }

  private static boolean nextIsDigit(String text, int from) {
    int k = from;
    while (k < text.length() && text.charAt(k) == ' ') {
      k++;
    }
    return k < text.length() && Character.isDigit(text.charAt(k));
  }
}
