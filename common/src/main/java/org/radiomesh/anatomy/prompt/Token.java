package org.radiomesh.anatomy.prompt;

/**
 * One token of a prompt: lower-case text and its character span [start, end) in the original text.
 *
 * @param number true for a decimal number ("46", "3.5")
 */
record Token(String text, int start, int end, boolean number) {
  double value() {
    return Double.parseDouble(text);
  }

  boolean is(String s) {
    return text.equals(s);
  }
}
