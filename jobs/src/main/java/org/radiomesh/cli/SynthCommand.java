package org.radiomesh.cli;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.radiomesh.jobs.SparkRuntime;
import org.radiomesh.jobs.synth.SynthJob;
import org.radiomesh.synth.Modality;
import org.radiomesh.synth.SynthOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code radiomesh synth}: the synthetic dental data generator on Spark. */
@Command(name = "synth", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Generate synthetic dental cases on Spark: meshes (teeth, bones, full arches with Teeth3DS labels), "
        + "a simulated panoramic radiograph (PNG, DICOM PX, DENTEX-style COCO), an optional CBCT DICOM series, and "
        + "ground truth (findings JSON, report text, every parameter). CC0-1.0, synthetic.",
        "Case i of seed S depends only on (S, i): outputs are byte-identical whatever the partition count. Writes "
        + "OUT/cases/case-NNNNNN/, OUT/manifest (Parquet), OUT/errors (Parquet) and OUT/summary.json; a rerun skips "
        + "complete cases and redoes incomplete ones."})
public final class SynthCommand implements Callable<Integer> {

  @Option(names = "--cases", required = true, paramLabel = "N", description = "Number of cases.")
  long cases;

  @Option(names = "--seed", required = true, paramLabel = "S", description = "Master seed (0 is a seed).")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (file:, hdfs:, ...).")
  String out;

  @Option(names = "--modalities", paramLabel = "LIST", defaultValue = "mesh,panoramic",
      description = "Comma-separated: mesh, panoramic, cbct (default: ${DEFAULT-VALUE}).")
  String modalities;

  @Option(names = "--partitions", paramLabel = "P", defaultValue = "0",
      description = "Partitions (0: min(cases, Spark's default parallelism)).")
  int partitions;

  @Option(names = "--start", paramLabel = "K", defaultValue = "0",
      description = "Index of the first case (cases K .. K+N-1; default: ${DEFAULT-VALUE}).")
  long start;

  @Option(names = "--tooth-voxel-mm", paramLabel = "MM", defaultValue = "0.25",
      description = "Marching-cubes voxel of the tooth meshes (default: ${DEFAULT-VALUE}).")
  double toothVoxel;

  @Option(names = "--bone-voxel-mm", paramLabel = "MM", defaultValue = "0.5",
      description = "Voxel of the maxilla and mandible meshes (default: ${DEFAULT-VALUE}).")
  double boneVoxel;

  @Option(names = "--arch-voxel-mm", paramLabel = "MM", defaultValue = "0.3",
      description = "Voxel of the full-arch meshes (default: ${DEFAULT-VALUE}).")
  double archVoxel;

  @Option(names = "--pixel-pitch-mm", paramLabel = "MM", defaultValue = "0.1",
      description = "Panoramic detector pixel pitch (default: ${DEFAULT-VALUE}).")
  double pixelPitch;

  @Option(names = "--panoramic-voxel-mm", paramLabel = "MM", defaultValue = "0.25",
      description = "Panoramic sampling voxel and ray spacing (default: ${DEFAULT-VALUE}).")
  double panoramicVoxel;

  @Option(names = "--cbct-voxel-mm", paramLabel = "MM", defaultValue = "0.4",
      description = "CBCT voxel (default: ${DEFAULT-VALUE}).")
  double cbctVoxel;

  @Option(names = "--threads-per-case", paramLabel = "T", defaultValue = "1",
      description = "Threads inside one case for the simulators; outputs do not depend on it (default: "
          + "${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--max-error-rate", paramLabel = "R", defaultValue = "0",
      description = "Exit with code 4 when more than this share of cases failed (default: ${DEFAULT-VALUE}).")
  double maxErrorRate;

  @Mixin
  SparkOptions spark = new SparkOptions();

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    SynthOptions synth = SynthOptions.builder().optModalities(Modality.parseList(modalities))
        .optMeshVoxels(toothVoxel, boneVoxel, archVoxel).optPixelPitchMm(pixelPitch)
        .optPanoramicVoxelMm(panoramicVoxel).optCbctVoxelMm(cbctVoxel).optThreads(threads).build();
    SynthJob.Options options = new SynthJob.Options(cases, seed, start, out, synth, partitions);
    SparkSession session = SparkRuntime.session("synth", spark);
    SynthJob.Result r = SynthJob.run(session, options);
    var w = spec.commandLine().getOut();
    w.printf("synth: %d cases, %d complete (%d generated, %d existing, %d regenerated), %d errors%s, %.1f MB -> %s%n",
        r.cases(), r.complete(), r.generated(), r.existing(), r.regenerated(), r.errors(),
        r.errorsByReason().isEmpty() ? "" : " " + r.errorsByReason(), r.totalBytes() / 1e6, out);
    w.flush();
    return r.errors() > maxErrorRate * r.cases() ? ExitCodes.ERROR_RATE : ExitCodes.OK;
  }
}
