package org.radiomesh.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the radiomesh CLI in-process and captures its exit code, stdout and stderr. */
record CliTestRun(int exitCode, String out, String err) {
  static CliTestRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cli = Radiomesh.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new CliTestRun(code, out.toString(), err.toString());
  }
}
