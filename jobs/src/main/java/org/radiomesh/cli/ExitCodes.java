package org.radiomesh.cli;

/** Exit codes a scheduler can act on. */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;
  /** A job or command failed while running. */
  public static final int FAILURE = 1;
  /** Bad command line or configuration: nothing was run. */
  public static final int USAGE = 2;
  /** Input that could not be read or parsed, for single-file commands. */
  public static final int BAD_INPUT = 3;
  /** The job finished, but its error rate was above --max-error-rate. */
  public static final int ERROR_RATE = 4;

  private ExitCodes() {}
}
