/**
 * The {@code radiomesh} command line (picocli): {@link org.radiomesh.cli.Radiomesh} and one class per command. Commands
 * parse and validate options, then call a job's {@code run} or a core library method; errors become one line on stderr
 * and an exit code from {@link org.radiomesh.cli.ExitCodes}.
 */
package org.radiomesh.cli;
