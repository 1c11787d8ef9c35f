package org.radiomesh.benchmarks.ingest;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.radiomesh.dicom.CatalogLimits;
import org.radiomesh.dicom.DeidOptions;
import org.radiomesh.dicom.DicomHeaderReader;
import org.radiomesh.dicom.ImageCataloger;
import org.radiomesh.dicom.SourceFile;

/**
 * Header-only cataloging throughput on one thread, the Java side of {@code benchmarks/ingest_side_by_side.sh}: lists
 * the {@code .dcm} files under a folder once, then for each mode runs warm-up passes (3, or the system property
 * {@code radiomesh.bench.warmup}; an executor JVM is warm after its first thousands of files) and {@code passes} timed
 * passes over all files and prints the best pass as one JSON line: files/s and MB/s of file size, by wall time and by
 * the process's CPU time (all threads: JIT and GC included; the fair per-core figure on a shared machine), and MB/s of
 * header bytes.
 *
 * <p>Modes: {@code parse} ({@link DicomHeaderReader}: PixelMed parse up to the pixel data, the counterpart of pydicom's
 * {@code dcmread(stop_before_pixels=True)}); {@code catalog} ({@link ImageCataloger} without de-identification: parse,
 * typed columns, DICOM JSON, hash); {@code catalog-deid} (the same with the basic profile, the job's default).
 *
 * <p>Usage: {@code HeaderCatalogBenchmark DIR PASSES [MODE...]}.
 */
public final class HeaderCatalogBenchmark {
  private static final com.sun.management.OperatingSystemMXBean CPU =
      (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

  private HeaderCatalogBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int passes = Integer.parseInt(args[1]);
    List<String> modes = args.length > 2 ? List.of(args).subList(2, args.length)
        : List.of("parse", "catalog", "catalog-deid");
    List<SourceFile> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(f -> f.toString().endsWith(".dcm")).sorted().toList()) {
        files.add(new SourceFile(p.toString(), Files.size(p), Files.getLastModifiedTime(p).toMillis()));
      }
    }
    long totalBytes = files.stream().mapToLong(SourceFile::sizeBytes).sum();
    byte[] key = "benchmark-key-0123456789abcdef01".getBytes(StandardCharsets.UTF_8);
    for (String mode : modes) {
      double best = Double.MAX_VALUE;
      double bestCpu = Double.MAX_VALUE;
      long headerBytes = 0;
      int warmup = Integer.getInteger("radiomesh.bench.warmup", 3);
      for (int pass = 1 - warmup; pass <= passes; pass++) {
        long t0 = System.nanoTime();
        long c0 = CPU.getProcessCpuTime();
        headerBytes = run(mode, files, key);
        double s = (System.nanoTime() - t0) / 1e9;
        double cpu = (CPU.getProcessCpuTime() - c0) / 1e9;
        if (pass > 0) {
          best = Math.min(best, s);
          bestCpu = Math.min(bestCpu, cpu);
        }
      }
      System.out.printf(Locale.ROOT, "{\"tool\": \"radiomesh\", \"mode\": \"%s\", \"files\": %d, \"seconds\": %.3f,"
          + " \"cpu_seconds\": %.3f, \"files_per_s\": %.1f, \"files_per_cpu_s\": %.1f, \"mb_per_s\": %.1f,"
          + " \"mb_per_cpu_s\": %.1f, \"header_mb_per_s\": %.2f}%n", mode, files.size(), best, bestCpu,
          files.size() / best, files.size() / bestCpu, totalBytes / 1e6 / best, totalBytes / 1e6 / bestCpu,
          headerBytes / 1e6 / best);
    }
  }

  private static long run(String mode, List<SourceFile> files, byte[] key) throws Exception {
    long headerBytes = 0;
    DicomHeaderReader reader = new DicomHeaderReader(CatalogLimits.defaults());
    ImageCataloger cataloger = new ImageCataloger(CatalogLimits.defaults(),
        mode.equals("catalog-deid") ? DeidOptions.basic(key, false) : DeidOptions.none());
    for (SourceFile f : files) {
      try (InputStream in = Files.newInputStream(Path.of(f.path()))) {
        headerBytes += switch (mode) {
          case "parse" -> reader.read(in, f.path(), f.sizeBytes()).headerBytes();
          case "catalog", "catalog-deid" -> cataloger.catalog(f, in).headerBytes();
          default -> throw new IllegalArgumentException("unknown mode " + mode);
        };
      }
    }
    return headerBytes;
  }
}
