package org.radiomesh.model.vlm;

/**
 * A chat template with one image placeholder and one {@code {prompt}} slot, LLaVA-1.5's being
 * {@value #LLAVA_15}. Rendering splits the text at the placeholder: the part before it is tokenized with the
 * tokenizer's special tokens (the leading {@code <s>}), the part after it without, and the image embeddings go
 * between them. Splitting the text, instead of looking the placeholder up as a token id, works whether or not the
 * tokenizer knows the placeholder as a token. Immutable; O(template length).
 *
 * @param template the template, with exactly one {@code imageToken} and at least one {@code {prompt}}
 * @param imageToken the placeholder, {@code <image>} for LLaVA
 */
public record PromptTemplate(String template, String imageToken) {
  /** LLaVA-1.5's single-turn template. */
  public static final String LLAVA_15 = "USER: <image>\n{prompt} ASSISTANT:";

  /** The text around the image: {@code before + <image embeddings> + after}. */
  public record Parts(String before, String after) {}

  public PromptTemplate {
    int at = template.indexOf(imageToken);
    if (imageToken.isEmpty() || at < 0 || at != template.lastIndexOf(imageToken) || !template.contains("{prompt}")) {
      throw new IllegalArgumentException("prompt template '" + template + "', expected exactly one '" + imageToken
          + "' and a '{prompt}'");
    }
  }

  /** The template with {@code prompt} in place of {@code {prompt}}, split at the image placeholder. */
  public Parts render(String prompt) {
    if (prompt.contains(imageToken)) {
      throw new IllegalArgumentException("prompt '" + prompt + "' contains the image placeholder " + imageToken);
    }
    int at = template.indexOf(imageToken);
    String before = template.substring(0, at).replace("{prompt}", prompt);
    String after = template.substring(at + imageToken.length()).replace("{prompt}", prompt);
    return new Parts(before, after);
  }
}
