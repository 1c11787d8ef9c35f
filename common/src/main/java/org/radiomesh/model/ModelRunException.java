package org.radiomesh.model;

/**
 * A loaded model failed on a batch: the engine raised an error, a module returned an unexpected shape, or an input
 * did not fit the model (a prompt longer than its positions). The message names the model and the first image of the
 * batch; the cause is the engine's exception. The model itself stays usable for other batches.
 */
public class ModelRunException extends Exception {
  private static final long serialVersionUID = 1L;

  public ModelRunException(String message, Throwable cause) {
    super(message, cause);
  }
}
