package org.radiomesh.render;

import java.io.IOException;

/**
 * A cameras JSON file that cannot be read: malformed JSON, a missing or extra field, or inconsistent calibration (a
 * matrix that is not a rotation, skew, a bad intrinsic matrix). The message names the source, the view and the field.
 */
public final class CameraFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  public CameraFormatException(String message) {
    super(message);
  }

  public CameraFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
