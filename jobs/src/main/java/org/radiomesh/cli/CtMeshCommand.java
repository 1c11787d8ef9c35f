package org.radiomesh.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.radiomesh.jobs.SparkRuntime;
import org.radiomesh.jobs.ctmesh.CtMeshJob;
import org.radiomesh.jobs.ctmesh.CtMeshOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code radiomesh ct-mesh}: CT/CBCT series → volumes in HU → iso-surface meshes (bone, teeth). */
@Command(name = "ct-mesh", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Assemble each CT (CBCT, MR) series into a volume and extract the iso-surface at a threshold: "
        + "bone about 300-400 HU, tooth enamel 1500 HU and up.",
        "Writes OUT/meshes (Parquet: id = series, vertices, faces in patient LPS mm, area, volume, slice report), "
        + "OUT/obj/SERIES.obj, OUT/errors (files or series without a mesh, with a reason code) and OUT/summary.json."})
public final class CtMeshCommand implements Callable<Integer> {

  @Option(names = "--catalog", paramLabel = "DIR",
      description = "The ingest catalog (Parquet with columns path, series_instance_uid, modality).")
  String catalog;

  @Option(names = "--input", paramLabel = "DIR",
      description = "Instead of --catalog: a folder of DICOM files, listed recursively and grouped by the Series "
          + "Instance UID in their headers (identifiers are then the files' own, not de-identified).")
  String input;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (file:, hdfs:, ...).")
  String out;

  @Option(names = "--threshold", paramLabel = "HU", defaultValue = "300",
      description = "Iso level in modality units (HU for CT); inside is above it. Default: ${DEFAULT-VALUE}.")
  double threshold;

  @Option(names = "--series", split = ",", paramLabel = "UID", description = "Only these Series Instance UIDs.")
  List<String> series = new ArrayList<>();

  @Option(names = "--modality", split = ",", paramLabel = "MOD", defaultValue = "CT",
      description = "Modalities to mesh. Default: ${DEFAULT-VALUE} (CBCT is stored as CT).")
  List<String> modalities;

  @Option(names = "--no-obj", description = "Do not write OBJ files (the meshes table still holds the meshes).")
  boolean noObj;

  @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "512",
      description = "Files larger than this are not read (READ_FAILED). Default: ${DEFAULT-VALUE}.")
  long maxFileMb;

  @Mixin
  SparkOptions spark = new SparkOptions();

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CtMeshOptions options = CtMeshOptions.builder().catalog(catalog).input(input).out(out).thresholdHu(threshold)
        .series(series).modalities(modalities).writeObj(!noObj).maxFileBytes(maxFileMb * 1024 * 1024).build();
    SparkSession session = SparkRuntime.session("ct-mesh", spark);
    CtMeshJob.Result r = CtMeshJob.run(session, options);
    var w = spec.commandLine().getOut();
    w.printf("ct-mesh: %d series, %d meshes, %d failed, %d error rows%s -> %s%n", r.series(), r.meshes(),
        r.seriesFailed(), r.errors(), r.errorsByReason().isEmpty() ? "" : " " + r.errorsByReason(), out);
    w.flush();
    return ExitCodes.OK;
  }
}
