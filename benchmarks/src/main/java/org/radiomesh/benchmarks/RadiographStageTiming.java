package org.radiomesh.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.radiomesh.anatomy.CaseDraw;
import org.radiomesh.anatomy.DentitionSpec;
import org.radiomesh.anatomy.VirtualPatient;
import org.radiomesh.dicom.PanoramicDicomWriter;
import org.radiomesh.dicom.SyntheticStudy;
import org.radiomesh.radiograph.ArchCurve;
import org.radiomesh.radiograph.DentexCoco;
import org.radiomesh.radiograph.MaterialVolume;
import org.radiomesh.radiograph.PanoramicOptions;
import org.radiomesh.radiograph.PanoramicRadiograph;
import org.radiomesh.radiograph.PanoramicSimulator;
import org.radiomesh.radiograph.PatientRadiography;
import org.radiomesh.radiograph.RadiographPng;

/**
 * Per-stage CPU time of the panoramic pipeline for a run of virtual patients at the default settings, on one thread:
 * patient build, volume sampling (with the field reads it made), ray casting and exposure, DICOM, PNG and COCO
 * writing. Thread CPU time (not wall time) is reported, so that other load on a shared machine inflates the figures
 * less; it still includes cache and memory contention.
 *
 * <p>Usage: {@code RadiographStageTiming <cases> <warmups> <out-dir>}; prints one line per case, then the median per
 * stage and the implied cases per CPU-minute.
 */
public final class RadiographStageTiming {
  private RadiographStageTiming() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: RadiographStageTiming <cases> <warmups> <out-dir>");
      System.exit(2);
    }
    int cases = Integer.parseInt(args[0]);
    int warmups = Integer.parseInt(args[1]);
    Path out = Files.createDirectories(Path.of(args[2]));
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    String[] stages = {"build", "volume", "panoramic", "dicom", "png", "coco", "total"};
    double[][] seconds = new double[stages.length][cases];
    for (int i = -warmups; i < cases; i++) {
      long seed = 1000 + i;
      long t0 = cpu.getCurrentThreadCpuTime();
      DentitionSpec spec = CaseDraw.draw(seed);
      VirtualPatient patient = VirtualPatient.build(spec, seed);
      ArchCurve trough = PatientRadiography.trough(patient);
      PanoramicOptions options = PanoramicOptions.builder().optSeed(seed)
          .optDetailBoxes(PatientRadiography.detailBoxes(patient, 1)).build();
      long t1 = cpu.getCurrentThreadCpuTime();
      MaterialVolume volume = MaterialVolume.sample(patient, patient.bounds(), options.sampling());
      long t2 = cpu.getCurrentThreadCpuTime();
      PanoramicRadiograph pano = PanoramicSimulator.simulate(volume, trough, options);
      long t3 = cpu.getCurrentThreadCpuTime();
      PanoramicDicomWriter.write(pano, new SyntheticStudy("B" + seed, seed), out.resolve("pano.dcm"));
      long t4 = cpu.getCurrentThreadCpuTime();
      RadiographPng.write(pano.pixels(), pano.width(), pano.height(), 0, 4095, out.resolve("pano.png"));
      long t5 = cpu.getCurrentThreadCpuTime();
      DentexCoco.write(List.of(new DentexCoco.Image("pano.png", pano.width(), pano.height(), pano.toothBoxes(), spec)),
          DentexCoco.Layout.QUADRANT_ENUMERATION_DISEASE, out.resolve("pano.json"));
      long t6 = cpu.getCurrentThreadCpuTime();
      long[] t = {t0, t1, t2, t3, t4, t5, t6};
      System.out.printf("case %d: %dx%d px, %d field reads, %dx%dx%d voxels, cpu s:", seed, pano.width(),
          pano.height(), volume.fieldReads(), volume.nx(), volume.ny(), volume.nz());
      for (int s = 0; s < stages.length; s++) {
        double sec = (s < stages.length - 1 ? t[s + 1] - t[s] : t6 - t0) / 1e9;
        System.out.printf(" %s %.3f", stages[s], sec);
        if (i >= 0) {
          seconds[s][i] = sec;
        }
      }
      System.out.println(i < 0 ? " (warm-up)" : "");
    }
    System.out.print("median cpu s:");
    for (int s = 0; s < stages.length; s++) {
      double[] v = seconds[s].clone();
      Arrays.sort(v);
      System.out.printf(" %s %.3f", stages[s], v[v.length / 2]);
      if (s == stages.length - 1) {
        System.out.printf("%ncases per cpu-minute: %.1f%n", 60 / v[v.length / 2]);
      }
    }
  }
}
