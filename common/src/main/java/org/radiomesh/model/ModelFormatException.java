package org.radiomesh.model;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A model directory that cannot be used: a missing or malformed {@code radiomesh-model.json}, a missing weights or
 * tokenizer file, or a TorchScript module that the engine rejects. The message names the file and what was expected.
 */
public class ModelFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  public ModelFormatException(Path file, String expected) {
    super(file + ": " + expected);
  }

  public ModelFormatException(Path file, String expected, Throwable cause) {
    super(file + ": " + expected, cause);
  }
}
