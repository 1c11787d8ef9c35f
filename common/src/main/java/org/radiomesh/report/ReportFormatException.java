package org.radiomesh.report;

import java.io.IOException;

/** A report (JSON, SR or text) that cannot be read: the message names the source and what was expected. */
public final class ReportFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  public ReportFormatException(String source, String message) {
    super(source + ": " + message);
  }

  public ReportFormatException(String source, String message, Throwable cause) {
    super(source + ": " + message, cause);
  }
}
