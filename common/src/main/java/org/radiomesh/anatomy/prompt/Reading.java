package org.radiomesh.anatomy.prompt;

/**
 * What the parser made of one stretch of the prompt.
 *
 * @param text the words as written
 * @param start character offset of the first character in the prompt
 * @param end character offset after the last character
 * @param meaning what they mean (for example "tooth 36", "caries depth inner dentin", "filler, ignored"), or, for a
 *     stretch that was not understood, why not
 */
public record Reading(String text, int start, int end, String meaning) {
  @Override
  public String toString() {
    return "'" + text + "' (at " + start + ") → " + meaning;
  }
}
