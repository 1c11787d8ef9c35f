package org.radiomesh.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code radiomesh} command line: one subcommand class per command. Spark commands run in-process on the embedded
 * local Spark by default ({@code --master} to change) and unchanged under {@code spark-submit}.
 */
@Command(
    name = "radiomesh",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Imaging archives to structured reports and 3D anatomical models, on Apache Spark.",
    subcommands = {
        CommandLine.HelpCommand.class,
        CtMeshCommand.class,
        EvaluateCommand.class,
        IngestCommand.class,
        MeshInfoCommand.class,
        MetricsCommand.class,
        ModelCommand.class,
        PipelineCommand.class,
        ReconstructCommand.class,
        RenderCommand.class,
        ReportCommand.class,
        ReportEvalCommand.class,
        ReportOneCommand.class,
        RunReportCommand.class,
        ShowCommand.class,
        SubmitCommand.class,
        SynthCommand.class,
        SynthToothCommand.class,
        TrainCommand.class,
    })
public final class Radiomesh implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** The picocli command line with radiomesh's error handling, for tests and {@link #main}. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Radiomesh());
    cli.setExecutionExceptionHandler(new ErrorHandler());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }

  public static void main(String[] args) {
    int code = commandLine().execute(args);
    System.exit(code);
  }
}
