package org.radiomesh.benchmarks;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.radiomesh.imaging.DecodeOptions;
import org.radiomesh.imaging.DecodedImage;
import org.radiomesh.imaging.DicomImageSpec;
import org.radiomesh.imaging.DicomImageWriter;
import org.radiomesh.imaging.ImageDecoder;

/**
 * The Java side of {@code benchmarks/decode_side_by_side.sh}: writes seeded synthetic DICOM corpora, and times full
 * pixel decoding of every file of a corpus on one thread, the way an ingest executor does it: read the file into a
 * reused buffer, then {@link ImageDecoder#decode} with default options (frame 0, modality LUT, header window,
 * MONOCHROME1 inversion, float pixels in [0, 1]).
 *
 * <p>Usage: {@code DecodeSideBySide write <dir> <corpus> <files>} with corpus {@code ct} (512 × 512, 16-bit signed,
 * rescale −1024, explicit VR little endian), {@code dx} (2048 × 2048, 12-bit unsigned MONOCHROME1), {@code jpeg}
 * (1024 × 1024 8-bit, JPEG baseline) or {@code rle} (512 × 512 16-bit, RLE lossless); {@code DecodeSideBySide time
 * <dir> <warmups> <runs>} prints, over the timed passes, the median wall time and the median process CPU time (all
 * threads: decoding, GC, JIT), and files and MB (file bytes) per CPU second: the per-core throughput, which stays
 * meaningful on a machine shared with other work.
 */
public final class DecodeSideBySide {
  private DecodeSideBySide() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 4 && args[0].equals("write")) {
      write(Path.of(args[1]), args[2], Integer.parseInt(args[3]));
    } else if (args.length == 4 && args[0].equals("time")) {
      time(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
    } else {
      System.err.println("usage: DecodeSideBySide write <dir> <ct|dx|jpeg|rle> <files>"
          + " | time <dir> <warmups> <runs>");
      System.exit(2);
    }
  }

  static void write(Path dir, String corpus, int files) throws IOException {
    Files.createDirectories(dir);
    java.util.Random r = new java.util.Random(20240601L + corpus.hashCode());
    for (int i = 0; i < files; i++) {
      DicomImageSpec spec = switch (corpus) {
        case "ct" -> image(512, 512, 16, 16, true, "MONOCHROME2", r, 3000, -1024, "1.2.840.10008.1.2.1");
        case "dx" -> image(2048, 2048, 16, 12, false, "MONOCHROME1", r, 4096, 0, "1.2.840.10008.1.2.1");
        case "jpeg" -> image(1024, 1024, 8, 8, false, "MONOCHROME2", r, 256, 0, "1.2.840.10008.1.2.4.50");
        case "rle" -> image(512, 512, 16, 16, true, "MONOCHROME2", r, 3000, -1024, "1.2.840.10008.1.2.5");
        default -> throw new IllegalArgumentException("corpus " + corpus + ", expected ct, dx, jpeg or rle");
      };
      Files.write(dir.resolve(String.format("%s-%04d.dcm", corpus, i)), DicomImageWriter.write(spec));
    }
  }

  /** A smooth phantom (anatomy-like gradients and edges) plus seeded noise, so codecs see realistic content. */
  private static DicomImageSpec image(int rows, int cols, int bits, int stored, boolean signed, String photometric,
      java.util.Random r, int range, double intercept, String ts) {
    int[] v = new int[rows * cols];
    double phase = r.nextDouble() * Math.PI;
    for (int y = 0; y < rows; y++) {
      for (int x = 0; x < cols; x++) {
        double dx = (x - cols / 2.0) / cols;
        double dy = (y - rows / 2.0) / rows;
        double body = dx * dx + dy * dy < 0.16 ? 0.45 + 0.2 * Math.sin(12 * dx + phase) * Math.cos(9 * dy) : 0.02;
        double bone = Math.abs(Math.hypot(dx - 0.1, dy) - 0.15) < 0.02 ? 0.4 : 0;
        double value = (body + bone) * (range - 1) + r.nextGaussian() * range * 0.01;
        v[y * cols + x] = (int) Math.max(0, Math.min(range - 1, value)) - (signed ? 1024 : 0);
      }
    }
    return DicomImageSpec.builder().size(rows, cols, 1).bits(bits, stored, stored - 1, signed).stored(v)
        .photometric(photometric, 1, 0).rescale(1, intercept)
        .windows(new double[] {range / 2.0}, new double[] {range}, null).modality("OT", "1.2.840.10008.5.1.4.1.1.7")
        .transferSyntax(ts, true).build();
  }

  static void time(Path dir, int warmups, int runs) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".dcm")).sorted().toList();
    }
    long bytes = 0;
    for (Path p : files) {
      bytes += Files.size(p);
    }
    byte[] buffer = new byte[1 << 20];
    double checksum = 0;
    double[] seconds = new double[runs];
    double[] cpu = new double[runs];
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    for (int pass = 0; pass < warmups + runs; pass++) {
      long t0 = System.nanoTime();
      long c0 = os.getProcessCpuTime();
      for (Path p : files) {
        int n = (int) Files.size(p);
        if (n > buffer.length) {
          buffer = new byte[Integer.highestOneBit(n) << 1];
        }
        try (InputStream in = new FileInputStream(p.toFile())) {
          n = in.readNBytes(buffer, 0, n);
        }
        DecodedImage img = ImageDecoder.decode(buffer, n, p.getFileName().toString(), DecodeOptions.defaults());
        checksum += img.pixels()[img.pixels().length / 2] / (double) (warmups + runs);
      }
      if (pass >= warmups) {
        seconds[pass - warmups] = (System.nanoTime() - t0) / 1e9;
        cpu[pass - warmups] = (os.getProcessCpuTime() - c0) / 1e9;
      }
    }
    Arrays.sort(seconds);
    Arrays.sort(cpu);
    double median = seconds[runs / 2];
    double cpuMedian = cpu[runs / 2];
    System.out.printf("java files=%d bytes=%d wall=%.4f cpu=%.4f files_per_cpu_s=%.1f mb_per_cpu_s=%.1f"
        + " files_per_wall_s=%.1f checksum=%.3f%n", files.size(), bytes, median, cpuMedian, files.size() / cpuMedian,
        bytes / 1e6 / cpuMedian, files.size() / median, checksum);
  }
}
