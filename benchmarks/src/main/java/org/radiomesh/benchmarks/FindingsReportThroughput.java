package org.radiomesh.benchmarks;

import ai.djl.Device;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.radiomesh.model.LoadedModel;
import org.radiomesh.model.ModelDirectory;
import org.radiomesh.model.findings.FindingsInput;
import org.radiomesh.model.findings.FindingsModel;
import org.radiomesh.model.findings.FindingsPredictor;
import org.radiomesh.report.ReportJson;
import org.radiomesh.report.SourceImage;
import org.radiomesh.report.StructuredReport;

/**
 * Images per second per core of the built-in findings model end to end without Spark, the work a report task does:
 * read the file, read its DICOM identity, decode and encode the pixels, run the network in batches, build the
 * structured report and write it as a JSON line. One thread, libtorch with one intra-op thread (set
 * {@code -Dai.djl.pytorch.num_threads=1}), so the figures are per core. Prints one line per batch size with the
 * seconds per stage, images/s, and the JVM's peak resident set (VmHWM) and heap in use.
 *
 * <pre>
 * java -Dai.djl.offline=true -Dai.djl.pytorch.num_threads=1 -cp ... org.radiomesh.benchmarks.FindingsReportThroughput \
 *   data-samples/models/findings-v1 DIR_OF_CASES panoramic.dcm 240 1,4,16,32
 * </pre>
 */
public final class FindingsReportThroughput {
  private FindingsReportThroughput() {}

  public static void main(String[] args) throws Exception {
    Path modelDir = Path.of(args[0]);
    Path root = Path.of(args[1]);
    String name = args[2];
    int count = Integer.parseInt(args[3]);
    List<Integer> batches = Stream.of(args[4].split(",")).map(Integer::parseInt).toList();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.getFileName().toString().equals(name)).sorted().limit(count).toList();
    }
    Path out = Files.createTempFile("radiomesh-reports", ".jsonl");
    try (LoadedModel loaded = LoadedModel.load(ModelDirectory.open(modelDir), Device.cpu(), Map.of())) {
      FindingsModel model = (FindingsModel) loaded;
      System.out.printf("%d images %s from %s, model %s, libtorch threads %s%n", files.size(), name, root,
          model.identity(), System.getProperty("ai.djl.pytorch.num_threads", "default"));
      System.out.println("batch | read+decode s | inference s | report+write s | images/s/core | peak RSS MB | heap MB");
      run(files, 8, model, out);
      for (int batch : batches) {
        double[] s = run(files, batch, model, out);
        double total = s[0] + s[1] + s[2];
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%d | %.2f | %.2f | %.2f | %.1f | %d | %d%n", batch, s[0], s[1], s[2],
            files.size() / total, peakRssMb(), (rt.totalMemory() - rt.freeMemory()) >> 20);
      }
    } finally {
      Files.deleteIfExists(out);
    }
  }

  /** Seconds spent reading and decoding, in inference, and building and writing reports. */
  private static double[] run(List<Path> files, int batch, FindingsModel model, Path out)
      throws Exception {
    double[] s = new double[3];
    try (FindingsPredictor predictor = model.newPredictor();
        BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int from = 0; from < files.size(); from += batch) {
        long t0 = System.nanoTime();
        List<SourceImage> images = new ArrayList<>();
        List<float[]> inputs = new ArrayList<>();
        for (Path f : files.subList(from, Math.min(files.size(), from + batch))) {
          byte[] bytes = Files.readAllBytes(f);
          images.add(SourceImage.ofFile(bytes, f.toString()));
          inputs.add(FindingsInput.encode(bytes, f.toString(), model.inputOptions()));
        }
        long t1 = System.nanoTime();
        float[] flat = new float[inputs.size() * inputs.get(0).length];
        for (int i = 0; i < inputs.size(); i++) {
          System.arraycopy(inputs.get(i), 0, flat, i * inputs.get(0).length, inputs.get(0).length);
        }
        float[][] p = predictor.probabilities(flat, inputs.size());
        long t2 = System.nanoTime();
        for (int i = 0; i < images.size(); i++) {
          SourceImage im = images.get(i);
          StructuredReport r = StructuredReport.of(im.imageId(), im.studyId(), im.modality(), im.sopClassUid(),
              im.sopInstanceUid(), model.identity(), model.findings(p[i]));
          w.write(ReportJson.toLine(r));
          w.newLine();
        }
        long t3 = System.nanoTime();
        s[0] += (t1 - t0) / 1e9;
        s[1] += (t2 - t1) / 1e9;
        s[2] += (t3 - t2) / 1e9;
      }
    }
    return s;
  }

  private static long peakRssMb() throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
      }
    }
    return -1;
  }
}
