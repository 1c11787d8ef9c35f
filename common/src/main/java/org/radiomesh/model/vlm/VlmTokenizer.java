package org.radiomesh.model.vlm;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.radiomesh.model.ModelFormatException;

/**
 * A HuggingFace {@code tokenizer.json} (any model type the Rust {@code tokenizers} library reads: BPE, WordPiece,
 * WordLevel, Unigram) loaded through DJL's JNI binding, whose native library ships inside the
 * {@code ai.djl.huggingface:tokenizers} jar for linux-x86_64 and needs no download. No truncation, no padding.
 *
 * <p>Thread-safe (the native tokenizer is immutable once loaded). Encoding and decoding cost O(text length).
 */
public final class VlmTokenizer implements AutoCloseable {
  private final Path file;
  private final HuggingFaceTokenizer tokenizer;

  private VlmTokenizer(Path file, HuggingFaceTokenizer tokenizer) {
    this.file = file;
    this.tokenizer = tokenizer;
  }

  /** Loads {@code tokenizerJson}; a {@link ModelFormatException} names the file when the library rejects it. */
  public static VlmTokenizer load(Path tokenizerJson) throws IOException {
    if (!Files.isRegularFile(tokenizerJson)) {
      throw new ModelFormatException(tokenizerJson, "missing tokenizer.json");
    }
    Map<String, String> options = Map.of("truncation", "false", "padding", "false", "addSpecialTokens", "true");
    try {
      return new VlmTokenizer(tokenizerJson, HuggingFaceTokenizer.newInstance(tokenizerJson, options));
    } catch (RuntimeException e) {
      throw new ModelFormatException(tokenizerJson, "expected a HuggingFace tokenizer.json: " + e.getMessage(), e);
    }
  }

  /**
   * The token ids of {@code text}.
   *
   * @param addSpecialTokens true to apply the tokenizer's post-processor (for example a leading {@code <s>})
   */
  public long[] encode(String text, boolean addSpecialTokens) {
    return tokenizer.encode(text, addSpecialTokens, false).getIds();
  }

  /** The text of {@code ids}, special tokens left out. */
  public String decode(long[] ids) {
    return tokenizer.decode(ids, true);
  }

  /** The text of {@code ids}, special tokens kept. */
  public String decodeWithSpecialTokens(long[] ids) {
    return tokenizer.decode(ids, false);
  }

  /**
   * The id of {@code token}, which must encode to exactly one id (a special token such as {@code </s>}, or a word of
   * the vocabulary).
   *
   * @throws IllegalArgumentException when it encodes to zero or several ids
   */
  public long tokenId(String token) {
    long[] ids = encode(token, false);
    if (ids.length != 1) {
      throw new IllegalArgumentException(file + ": token '" + token + "' encodes to " + ids.length
          + " ids, expected exactly one");
    }
    return ids[0];
  }

  public Path file() {
    return file;
  }

  @Override
  public void close() {
    tokenizer.close();
  }
}
