package org.radiomesh.anatomy.prompt;

import java.util.List;

/**
 * A prompt that cannot be turned into a spec without guessing: a word the vocabulary does not know, an ambiguous tooth
 * ("lower molar": which one?), a modifier with no condition to describe, a condition with no tooth, or contradictory
 * conditions. The message quotes the prompt and lists what was understood and what was not, with character offsets.
 */
public final class PromptException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String prompt;
  private final List<Reading> understood;
  private final List<Reading> notUnderstood;

  public PromptException(String prompt, List<Reading> understood, List<Reading> notUnderstood) {
    super(message(prompt, understood, notUnderstood));
    this.prompt = prompt;
    this.understood = List.copyOf(understood);
    this.notUnderstood = List.copyOf(notUnderstood);
  }

  public String prompt() {
    return prompt;
  }

  /** Readings the parser understood, filler words excluded. */
  public List<Reading> understood() {
    return understood;
  }

  /** Words it did not understand or could not place, each with the reason. */
  public List<Reading> notUnderstood() {
    return notUnderstood;
  }

  private static String message(String prompt, List<Reading> understood, List<Reading> notUnderstood) {
    StringBuilder sb = new StringBuilder("cannot turn \"").append(prompt).append("\" into a spec. Not understood: ");
    for (int i = 0; i < notUnderstood.size(); i++) {
      sb.append(i == 0 ? "" : "; ").append(notUnderstood.get(i));
    }
    sb.append(". Understood: ");
    if (understood.isEmpty()) {
      sb.append("nothing");
    }
    for (int i = 0; i < understood.size(); i++) {
      sb.append(i == 0 ? "" : "; ").append(understood.get(i));
    }
    return sb.append('.').toString();
  }
}
