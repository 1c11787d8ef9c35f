package org.radiomesh.model.findings.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.radiomesh.imaging.ModelInputOptions;
import org.radiomesh.model.findings.FindingsInput;
import org.radiomesh.report.eval.GroundTruthFindings;

/**
 * Training data from the output of {@code radiomesh synth}: case folders holding {@code findings.json} and a
 * panoramic radiograph, {@code panoramic/panoramic.png} (16-bit) or else {@code panoramic/panoramic.dcm}.
 *
 * <p>{@link #list} accepts the synth output folder (cases under {@code cases/}), a folder of case folders, or one case
 * folder; folders whose name starts with {@code _} or {@code .} (a synth attempt in progress) and folders without
 * {@code case.json} (the generator writes it last) are skipped. Cost: O(cases) to list; loading decodes every image
 * once, O(pixels), on {@code threads} threads.
 */
public final class SynthCases {
  private SynthCases() {}

  /** The complete case folders under {@code dir}, sorted by name. */
  public static List<Path> list(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + ": expected a folder of synthetic cases (radiomesh synth --out)");
    }
    if (isCase(dir)) {
      return List.of(dir);
    }
    Path root = Files.isDirectory(dir.resolve("cases")) ? dir.resolve("cases") : dir;
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(p -> !p.getFileName().toString().startsWith("_") && !p.getFileName().toString().startsWith("."))
          .filter(SynthCases::isCase).sorted().toList();
    }
  }

  /** The radiograph of a case folder: the PNG when there is one, else the DICOM. */
  public static Path image(Path caseDir) throws IOException {
    Path png = caseDir.resolve("panoramic/panoramic.png");
    if (Files.isRegularFile(png)) {
      return png;
    }
    Path dcm = caseDir.resolve("panoramic/panoramic.dcm");
    if (Files.isRegularFile(dcm)) {
      return dcm;
    }
    throw new IOException(caseDir + ": no panoramic/panoramic.png or panoramic/panoramic.dcm (synth with "
        + "--modalities panoramic)");
  }

  /** Loads one case: decodes and encodes its radiograph, reads its targets. */
  public static TrainingCase load(Path caseDir, ModelInputOptions options) throws IOException {
    Path findings = caseDir.resolve("findings.json");
    GroundTruthFindings.CaseTruth truth = GroundTruthFindings.parse(Files.readAllBytes(findings), findings.toString());
    Path image = image(caseDir);
    float[] input = FindingsInput.encode(Files.readAllBytes(image), image.toString(), options);
    String id = truth.caseId() != null ? truth.caseId() : caseDir.getFileName().toString();
    return new TrainingCase(id, input, TrainingCase.targets(truth.findings()));
  }

  /** Loads {@code caseDirs} in order on {@code threads} threads. */
  public static List<TrainingCase> loadAll(List<Path> caseDirs, ModelInputOptions options, int threads)
      throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<TrainingCase>> futures = new ArrayList<>();
      for (Path d : caseDirs) {
        futures.add(pool.submit(() -> load(d, options)));
      }
      List<TrainingCase> out = new ArrayList<>();
      for (Future<TrainingCase> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException("loading cases failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while loading cases", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static boolean isCase(Path dir) {
    return Files.isRegularFile(dir.resolve("findings.json")) && Files.isRegularFile(dir.resolve("case.json"));
  }
}
