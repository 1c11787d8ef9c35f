package org.radiomesh.recon;

/** A {@link MultiviewGenerator} could not produce the views of a request; the message names the request. */
public final class GenerationException extends Exception {
  private static final long serialVersionUID = 1L;

  public GenerationException(String message) {
    super(message);
  }

  public GenerationException(String message, Throwable cause) {
    super(message, cause);
  }
}
