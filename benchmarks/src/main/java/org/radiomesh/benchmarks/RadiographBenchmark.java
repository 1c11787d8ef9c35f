package org.radiomesh.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.radiomesh.anatomy.CaseDraw;
import org.radiomesh.anatomy.VirtualPatient;
import org.radiomesh.dicom.PanoramicDicomWriter;
import org.radiomesh.dicom.SyntheticStudy;
import org.radiomesh.radiograph.ArchCurve;
import org.radiomesh.radiograph.MaterialVolume;
import org.radiomesh.radiograph.PanoramicOptions;
import org.radiomesh.radiograph.PanoramicRadiograph;
import org.radiomesh.radiograph.PanoramicSimulator;
import org.radiomesh.radiograph.PatientRadiography;

/**
 * JMH single-shot timings of the panoramic radiograph of one virtual patient (a {@link CaseDraw} case) at the default
 * settings, single-threaded: sampling the material volume, casting and exposing from a sampled volume, the whole
 * simulation from the field, and writing the DICOM file. Fixed seeds.
 *
 * <p>Run: {@code mvn -q -B -o -pl benchmarks -am package -DskipTests && taskset -c 0 java -jar
 * benchmarks/target/benchmarks.jar RadiographBenchmark}. See {@code benchmarks/README.md} for figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx3g"})
public class RadiographBenchmark {
  @Param({"1", "2"})
  public long seed;

  private VirtualPatient patient;
  private ArchCurve trough;
  private PanoramicOptions options;
  private MaterialVolume volume;
  private PanoramicRadiograph pano;
  private Path dir;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    patient = VirtualPatient.build(CaseDraw.draw(seed), seed);
    trough = PatientRadiography.trough(patient);
    options = PanoramicOptions.builder().optSeed(seed).optDetailBoxes(PatientRadiography.detailBoxes(patient, 1))
        .build();
    volume = MaterialVolume.sample(patient, patient.bounds(), options.sampling());
    pano = PanoramicSimulator.simulate(volume, trough, options);
    dir = Files.createTempDirectory("radiograph-benchmark");
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(dir.resolve("pano.dcm"));
    Files.deleteIfExists(dir);
  }

  @Benchmark
  public MaterialVolume sampleVolume() {
    return MaterialVolume.sample(patient, patient.bounds(), options.sampling());
  }

  @Benchmark
  public PanoramicRadiograph panoramicFromVolume() {
    return PanoramicSimulator.simulate(volume, trough, options);
  }

  @Benchmark
  public PanoramicRadiograph panoramicFromField() {
    return PanoramicSimulator.simulate(patient, trough, options);
  }

  @Benchmark
  public Path writeDicom() throws IOException {
    Path file = dir.resolve("pano.dcm");
    PanoramicDicomWriter.write(pano, new SyntheticStudy("BENCH", seed), file);
    return file;
  }
}
