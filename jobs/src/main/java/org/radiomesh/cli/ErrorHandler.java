package org.radiomesh.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import picocli.CommandLine;

/**
 * Turns exceptions from commands into one clear line on stderr and an exit code; the stack trace goes to the log at
 * DEBUG so that a user sees the message, not a wall of frames.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  private static final Logger LOG = LogManager.getLogger(ErrorHandler.class);

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
    Throwable cause = ex instanceof UncheckedIOException u ? u.getCause() : ex;
    LOG.debug("command failed", ex);
    if (cause instanceof IllegalArgumentException || cause instanceof CommandLine.ParameterException) {
      cmd.getErr().println("radiomesh " + cmd.getCommandName() + ": " + cause.getMessage());
      return ExitCodes.USAGE;
    }
    if (cause instanceof IOException) {
      cmd.getErr().println("radiomesh " + cmd.getCommandName() + ": " + cause.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    cmd.getErr().println("radiomesh " + cmd.getCommandName() + ": failed: " + cause);
    return ExitCodes.FAILURE;
  }
}
