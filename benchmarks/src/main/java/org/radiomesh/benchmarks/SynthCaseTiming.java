package org.radiomesh.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.radiomesh.anatomy.DentitionSpec;
import org.radiomesh.anatomy.VirtualPatient;
import org.radiomesh.synth.CaseGenerator;
import org.radiomesh.synth.CaseIdentity;
import org.radiomesh.synth.CaseSink;
import org.radiomesh.synth.MeshOutputs;
import org.radiomesh.synth.Modality;
import org.radiomesh.synth.PanoramicOutputs;
import org.radiomesh.synth.SynthOptions;

/**
 * Times the synthetic data generator on one thread: whole cases ({@link CaseGenerator#generate}, modalities mesh and
 * panoramic at the default resolution, so meshes, the radiograph, its PNGs, DICOM PX and COCO, and the ground truth)
 * into a sink that only counts bytes (no disk), then the stages of the same cases separately: drawing and building the
 * patient, the mesh modality, the panoramic modality.
 *
 * <p>Usage: {@code SynthCaseTiming [cases=6] [warmups=1] [seed=2024]}. Prints one line per case, then the medians and
 * cases per minute per core (60 / median seconds per case).
 */
public final class SynthCaseTiming {
  private SynthCaseTiming() {}

  public static void main(String[] args) throws IOException {
    int cases = args.length > 0 ? Integer.parseInt(args[0]) : 6;
    int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 2024;
    SynthOptions options = SynthOptions.builder().optModalities(EnumSet.of(Modality.MESH, Modality.PANORAMIC))
        .build();
    CaseGenerator generator = new CaseGenerator(options);
    System.out.printf(Locale.ROOT, "options: %s%n", options);
    for (int w = 0; w < warmups; w++) {
      generator.generate(CaseIdentity.of(seed, 1000 + w), new CountingSink());
    }
    List<double[]> rows = new ArrayList<>();
    for (int i = 0; i < cases; i++) {
      CaseIdentity id = CaseIdentity.of(seed, i);
      CountingSink counted = new CountingSink();
      long t0 = System.nanoTime();
      generator.generate(id, counted);
      double total = seconds(t0);

      long t1 = System.nanoTime();
      DentitionSpec spec = CaseGenerator.dentition(id.seed());
      VirtualPatient patient = VirtualPatient.build(spec, id.seed());
      double build = seconds(t1);
      long t2 = System.nanoTime();
      new MeshOutputs(options).write(patient, id.caseId(), new CountingSink());
      double mesh = seconds(t2);
      long t3 = System.nanoTime();
      new PanoramicOutputs(options).write(patient, spec, id, new CountingSink());
      double panoramic = seconds(t3);
      rows.add(new double[] {total, build, mesh, panoramic, counted.bytes / 1e6, counted.files});
      System.out.printf(Locale.ROOT, "%s: case %.2f s (build %.2f s, mesh %.2f s, panoramic %.2f s), %d files, "
          + "%.1f MB%n", id.caseId(), total, build, mesh, panoramic, counted.files, counted.bytes / 1e6);
    }
    String[] names = {"case", "build", "mesh", "panoramic", "MB", "files"};
    StringBuilder sb = new StringBuilder("median:");
    for (int k = 0; k < names.length; k++) {
      sb.append(String.format(Locale.ROOT, " %s %.2f", names[k], median(rows, k)));
    }
    System.out.println(sb);
    System.out.printf(Locale.ROOT, "cases per minute per core: %.2f%n", 60 / median(rows, 0));
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static double median(List<double[]> rows, int k) {
    double[] v = rows.stream().mapToDouble(r -> r[k]).toArray();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : 0.5 * (v[v.length / 2 - 1] + v[v.length / 2]);
  }

  /** A sink that keeps nothing and counts files and bytes. */
  private static final class CountingSink implements CaseSink {
    long bytes;
    int files;

    @Override
    public void write(String relativePath, byte[] content) {
      bytes += content.length;
      files++;
    }
  }
}
