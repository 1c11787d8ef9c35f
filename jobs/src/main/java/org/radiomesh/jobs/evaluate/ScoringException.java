package org.radiomesh.jobs.evaluate;

/** A pair that cannot be scored, with its reason code; becomes a row of {@code errors/}. */
final class ScoringException extends Exception {
  private final ErrorReason reason;

  ScoringException(ErrorReason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  ErrorReason reason() {
    return reason;
  }
}
