package org.radiomesh.anatomy.records;

/**
 * A report finding that cannot become part of a spec: an unknown condition code or caries depth, a tooth number that
 * is not a permanent FDI tooth, or a region finding that cannot be placed on teeth. The message names the report, the
 * finding's position in it (0-based) and what was expected.
 */
public final class ReportSpecException extends Exception {
  private static final long serialVersionUID = 1L;

  public ReportSpecException(String report, int finding, String message) {
    super("report " + report + ", finding " + finding + ": " + message);
  }

  public ReportSpecException(String report, int finding, String message, Throwable cause) {
    super("report " + report + ", finding " + finding + ": " + message, cause);
  }
}
