package org.radiomesh.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.radiomesh.jobs.SparkRuntime;
import org.radiomesh.jobs.runreport.RunReport;
import org.radiomesh.jobs.runreport.RunReportOptions;
import org.radiomesh.jobs.runreport.StageFacts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code radiomesh run-report DIR}: (re)writes a pipeline run's static HTML report, DIR/report.html. */
@Command(name = "run-report", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Write DIR/report.html for a pipeline run folder: per stage (ingest, report, model, evaluate) "
        + "counts, errors by reason and throughput, metric histograms and the F-score/threshold curve, previews, "
        + "sample reports and a 3D mesh viewer, in one self-contained file (no network needed to view it).",
        "Stages that are missing are shown as not run. Exit code 0 even when some part could not be shown: those "
        + "are listed on the page and on stderr."})
public final class RunReportCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DIR", description = "The run folder (file:, hdfs:, ...).")
  String dir;

  @Option(names = "--viewer-meshes", paramLabel = "N", defaultValue = "3",
      description = "Meshes in the 3D viewer (0: none). Default: ${DEFAULT-VALUE}.")
  int viewerMeshes;

  @Option(names = "--viewer-faces", paramLabel = "N", defaultValue = "20000",
      description = "Face budget per viewer mesh; larger meshes are simplified. Default: ${DEFAULT-VALUE}.")
  int viewerFaces;

  @Option(names = "--previews", paramLabel = "N", defaultValue = "6",
      description = "Preview images per kind. Default: ${DEFAULT-VALUE}.")
  int previews;

  @Option(names = "--reports", paramLabel = "N", defaultValue = "3",
      description = "Report texts shown. Default: ${DEFAULT-VALUE}.")
  int reports;

  @Mixin
  SparkOptions spark = new SparkOptions();

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    RunReportOptions options = RunReportOptions.builder().optViewerMeshes(viewerMeshes).optViewerFaces(viewerFaces)
        .optPreviews(previews).optReports(reports).build();
    SparkSession session = SparkRuntime.session("run-report", spark);
    RunReport.Result r = RunReport.write(session, dir, options);
    var out = spec.commandLine().getOut();
    for (StageFacts f : r.stages()) {
      out.printf("%-9s %s%n", f.stage(), f.status());
    }
    out.printf("run-report: %d bytes, %d mesh(es) in the viewer -> %s%n", r.bytes(), r.viewerMeshes(), r.path());
    out.flush();
    for (String p : r.problems()) {
      spec.commandLine().getErr().println("run-report: not shown: " + p);
    }
    return ExitCodes.OK;
  }
}
