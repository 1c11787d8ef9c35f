package org.radiomesh.recon.diffusion;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.radiomesh.model.vlm.VlmTokenizer;

/**
 * Token ids of a prompt for a diffusion model's text encoder: always exactly {@code maxTokens} ids, truncated at the
 * end and padded on the right with the pad id.
 *
 * <p>Two vocabularies: the model directory's HuggingFace {@code tokenizer.json} when it has one ({@link #of(VlmTokenizer,
 * String, int, long)}, special tokens added as the tokenizer's post-processor says), else hashed words ({@link
 * #hashedWords}): the prompt is lower-cased (root locale) and split into maximal runs of Unicode letters and digits;
 * each word w becomes id 1 + FNV-1a-32(UTF-8 bytes of w) mod (vocabSize − 1), so ids lie in [1, vocabSize) and 0 is the
 * pad. Hashing needs no vocabulary file and is the same in every language (the fixture script's Python
 * {@code re.findall(r"[^\W_]+", prompt.lower())} splits alike); distinct words may share an id. Cost O(prompt length).
 */
public final class PromptTokens {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+", Pattern.UNICODE_CHARACTER_CLASS);

  private PromptTokens() {}

  /** The words of {@code prompt}: lower-cased runs of letters and digits, in order. */
  public static List<String> words(String prompt) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(prompt.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /**
   * Hashed-word ids of {@code prompt}, pad id 0.
   *
   * @throws IllegalArgumentException when maxTokens &lt; 1 or vocabSize &lt; 2
   */
  public static long[] hashedWords(String prompt, int maxTokens, int vocabSize) {
    if (maxTokens < 1 || vocabSize < 2) {
      throw new IllegalArgumentException("maxTokens " + maxTokens + ", vocabSize " + vocabSize
          + ", expected >= 1 and >= 2");
    }
    List<String> words = words(prompt);
    long[] ids = new long[Math.min(words.size(), maxTokens)];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = 1 + fnv1a32(words.get(i)) % (vocabSize - 1);
    }
    return padded(ids, maxTokens, 0);
  }

  /** The tokenizer's ids of {@code prompt} (special tokens added), truncated or padded with {@code padId}. */
  public static long[] of(VlmTokenizer tokenizer, String prompt, int maxTokens, long padId) {
    return padded(tokenizer.encode(prompt, true), maxTokens, padId);
  }

  /** FNV-1a, 32 bits, of the UTF-8 bytes of {@code word}, as a non-negative long. */
  public static long fnv1a32(String word) {
    int h = 0x811C9DC5;
    for (byte b : word.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xff;
      h *= 0x01000193;
    }
    return h & 0xFFFFFFFFL;
  }

  private static long[] padded(long[] ids, int maxTokens, long padId) {
    long[] out = new long[maxTokens];
    Arrays.fill(out, padId);
    System.arraycopy(ids, 0, out, 0, Math.min(ids.length, maxTokens));
    return out;
  }
}
