package org.radiomesh.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.radiomesh.dicom.CatalogLimits;
import org.radiomesh.dicom.DeidOptions;
import org.radiomesh.dicom.DeidProfile;
import org.radiomesh.jobs.JobSummary;
import org.radiomesh.jobs.SparkRuntime;
import org.radiomesh.jobs.ingest.IngestJob;
import org.radiomesh.jobs.ingest.IngestOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code radiomesh ingest}: header-only cataloging of DICOM and X-ray archives into Parquet (see {@link IngestJob}). */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Catalog DICOM and PNG/JPEG/TIFF archives into OUT/catalog (Parquet, by run and modality) and"
        + " OUT/quarantine, reading headers only, de-identified by default; reruns add only new files.",
        "De-identification (--deid basic, the default) needs the secret key in the environment variable "
            + DeidOptions.KEY_ENVIRONMENT_VARIABLE + "; keep it the same across runs."})
public final class IngestCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, paramLabel = "ROOT", arity = "1..*",
      description = "Archive roots: folders or files on any Hadoop file system (file:, hdfs:), repeatable.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  String out;

  @Option(names = "--include", paramLabel = "GLOB", description = "Only files matching a glob (name, or path"
      + " relative to the root when it contains /), repeatable.")
  List<String> includes = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "GLOB", description = "Leave out files matching a glob, repeatable.")
  List<String> excludes = new ArrayList<>();

  @Option(names = "--deid", paramLabel = "basic|none", defaultValue = "basic",
      description = "De-identification profile (default: ${DEFAULT-VALUE}).")
  DeidProfile deid;

  @Option(names = "--retain-longitudinal", description = "Shift dates by a per-patient keyed offset instead of"
      + " removing them.")
  boolean retainLongitudinal;

  @Option(names = "--max-header-bytes", paramLabel = "N", description = "Largest header read (default: 16 MiB).")
  Long maxHeaderBytes;

  @Option(names = "--max-pixel-bytes", paramLabel = "N", description = "Largest declared pixel data (default: 2 GiB).")
  Long maxPixelBytes;

  @Option(names = "--max-inline-binary-bytes", paramLabel = "N",
      description = "Longest binary value kept in header_json (default: 256); longer ones keep only their length.")
  Integer maxInlineBinaryBytes;

  @Option(names = "--partitions", paramLabel = "P", defaultValue = "0",
      description = "Partitions for the per-file work (default: about one per 1,000 new files).")
  int partitions;

  @Mixin
  SparkOptions spark = new SparkOptions();

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CatalogLimits.Builder limits = CatalogLimits.builder();
    if (maxHeaderBytes != null) {
      limits.maxHeaderBytes(maxHeaderBytes);
    }
    if (maxPixelBytes != null) {
      limits.maxPixelBytes(maxPixelBytes);
    }
    if (maxInlineBinaryBytes != null) {
      limits.maxInlineBinaryBytes(maxInlineBinaryBytes);
    }
    IngestOptions.Builder b = IngestOptions.builder().out(out).limits(limits.build()).partitions(partitions)
        .deid(DeidOptions.fromEnvironment(deid, retainLongitudinal, System.getenv()));
    inputs.forEach(b::input);
    includes.forEach(b::include);
    excludes.forEach(b::exclude);
    IngestOptions options = b.build();
    SparkSession session = SparkRuntime.session(IngestJob.NAME, spark);
    JobSummary summary = IngestJob.run(session, options);
    spec.commandLine().getOut().println(summary.toJson());
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
